import EzhCore
import EzhService

/// The movement form of a class's pupil list: the kind (a new pupil's arrival, a return,
/// a departure, a transfer), the date and the order, where from or where to, the class of a
/// transfer, and a new pupil's name and particulars. What can be checked here is checked first
/// (a date that does not exist, an empty order); the service checks everything again and its
/// refusal stays in the status line with the form open.
final class MovementFormScreen: Screen {
    private enum Field: Hashable {
        case kind, lastName, firstName, patronymic, sex, birthDate, personalFile, date, order, place, targetClass, submit

        var isText: Bool {
            switch self {
            case .kind, .targetClass, .submit: false
            default: true
            }
        }
    }

    private let schoolClass: (id: ClassID, name: ClassName)
    private let pupil: ClassRosterEntry?
    private let onDone: (StatusMessage, Application) -> Void
    private var choices: [MovementChoice] = []
    private var choice: MovementChoice = .newArrival
    private var texts: [Field: TextField] = [:]
    private var targets: [(id: ClassID, name: ClassName)] = []
    private var target: Int?
    private var focus = 0
    private var fieldRows: [Int: Int] = [:]

    init(schoolClass: (id: ClassID, name: ClassName), pupil: ClassRosterEntry?,
         onDone: @escaping (StatusMessage, Application) -> Void) {
        self.schoolClass = schoolClass
        self.pupil = pupil
        self.onDone = onDone
    }

    func load(app: Application) {
        let roles = app.session?.roles ?? []
        let today = app.backend.today()
        choices = [.newArrival]
        if let pupil {
            if pupil.stay.to == nil {
                choices = [.departure] + (SchoolAction.manageSchoolYear.isAllowed(for: roles) ? [.transfer] : []) + choices
            } else if pupil.stay.to.map({ $0 < today }) == true {
                choices.append(.returning)
            }
        }
        choice = choices[0]
        let limits: [Field: TextLimit] = [
            .lastName: .personName, .firstName: .personName, .patronymic: .personName, .personalFile: .personalFile,
            .order: .orderNumber, .place: .movementPlace,
        ]
        for field in [Field.lastName, .firstName, .patronymic, .sex, .birthDate, .personalFile, .date, .order, .place] {
            texts[field] = TextField(limit: limits[field] ?? .line)
        }
        do {
            // Before the year begins, its first day is the likely date.
            let yearStart = try app.backend.currentYear()?.span.first
            texts[.date]?.set(max(today, yearStart ?? today).russian)
            targets = try app.backend.classesOfYear(of: schoolClass.id).filter { $0.id != schoolClass.id }
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    var context: KeyContext { .form }

    /// The fields the chosen kind of movement needs, in the order they are filled in.
    private var fields: [Field] {
        switch choice {
        case .newArrival: [.kind, .lastName, .firstName, .patronymic, .sex, .birthDate, .personalFile, .date, .order, .place, .submit]
        case .returning: [.kind, .date, .order, .place, .submit]
        case .departure: [.kind, .date, .order, .place, .submit]
        case .transfer: [.kind, .targetClass, .date, .order, .submit]
        }
    }

    private var focused: Field { fields[min(focus, fields.count - 1)] }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.movementTitle(schoolClass.name.description),
                            right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let valueLeft = 20
        let valueWidth = min(50, buffer.columns - valueLeft - 2)
        var row = 2
        if choice != .newArrival, let pupil {
            buffer.put(strings.movementPupilLabel, row: row, column: 2)
            buffer.put(pupil.name.full, row: row, column: valueLeft, style: .bold, maxWidth: valueWidth)
            row += 1
        }
        fieldRows = [:]
        for (index, field) in fields.enumerated() {
            let isFocused = index == focus
            fieldRows[row] = index
            if let label = label(of: field, strings: strings) {
                buffer.put(label, row: row, column: 2, style: isFocused ? .bold : .plain, maxWidth: valueLeft - 3)
            }
            buffer.put(isFocused ? "▸" : " ", row: row, column: valueLeft - 2, style: .bold)
            if field.isText {
                let width = field == .date || field == .birthDate ? 12 : valueWidth
                let shown = texts[field]?.visible(width: width, secret: false) ?? ""
                buffer.putPadded(shown, row: row, column: valueLeft, width: width, style: CellStyle(underline: true))
                if field == .date {
                    buffer.put(strings.movementDateHint(choice), row: row, column: valueLeft + width + 2, style: CellStyle(dim: true))
                }
                if isFocused { buffer.cursor = CursorPosition(row: row, column: valueLeft + shown.displayWidth) }
            } else {
                buffer.put(value(of: field, strings: strings), row: row, column: valueLeft,
                           style: isFocused ? .selection : .plain, maxWidth: valueWidth)
                if isFocused { buffer.cursor = CursorPosition(row: row, column: valueLeft) }
            }
            row += 1
        }
        buffer.put(FormDrawing.hint([.confirm, .nextField, .cancel], app: app), row: row + 1, column: 2,
                   style: CellStyle(dim: true), maxWidth: buffer.columns - 4)
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .confirm, .nextField, .cancel], context: context, app: app)
    }

    private func label(of field: Field, strings: Strings) -> String? {
        switch field {
        case .kind: strings.movementKindLabel
        case .lastName: strings.lastNameLabel
        case .firstName: strings.firstNameLabel
        case .patronymic: strings.patronymicLabel
        case .sex: strings.sexLabel
        case .birthDate: strings.birthDateLabel
        case .personalFile: strings.personalFileLabel
        case .date: strings.movementDateLabel
        case .order: strings.movementOrderLabel
        case .place: choice == .departure ? strings.movementToLabel : strings.movementFromLabel
        case .targetClass: strings.movementClassLabel
        case .submit: nil
        }
    }

    private func value(of field: Field, strings: Strings) -> String {
        switch field {
        case .kind: strings.movementChoice(choice) + (choices.count > 1 ? " ▾" : "")
        case .targetClass: (target.map { targets[$0].name.description } ?? "<\(strings.chooseTargetClass)>") + " ▾"
        case .submit: strings.recordMovementButton
        default: ""
        }
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let index = fieldRows[row] { focus = index }
            return
        }
        if focused.isText, texts[focused]?.edit(with: key) == true { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .nextField: focus = min(fields.count - 1, focus + 1)
        case .prevField: focus = max(0, focus - 1)
        case .confirm: activate(app: app)
        case .toggle where !focused.isText: activate(app: app)
        case .cancel, .back: app.dismiss(self)
        default: return false
        }
        return true
    }

    /// Enter does what the field is for: opens a choice, sends the form, or moves on.
    private func activate(app: Application) {
        switch focused {
        case .kind: chooseKind(app: app)
        case .targetClass: chooseTarget(app: app)
        case .submit: submit(app: app)
        default: focus = min(fields.count - 1, focus + 1)
        }
    }

    private func chooseKind(app: Application) {
        guard choices.count > 1 else { return }
        let current = choices.firstIndex(of: choice) ?? 0
        app.push(PickerScreen(title: app.strings.movementKindLabel, items: choices.map(app.strings.movementChoice),
                              selected: current) { [weak self] index, _ in
            guard let self else { return }
            choice = choices[index]
            focus = 0
        })
    }

    private func chooseTarget(app: Application) {
        guard !targets.isEmpty else { return }
        app.push(PickerScreen(title: app.strings.movementClassLabel, items: targets.map(\.name.description),
                              selected: target ?? 0) { [weak self] index, _ in
            self?.target = index
        })
    }

    // MARK: Sending

    private func submit(app: Application) {
        let strings = app.strings
        func fail(_ field: Field, _ message: String) {
            focus = fields.firstIndex(of: field) ?? focus
            app.status = .error(message)
        }
        let text = { (field: Field) in (self.texts[field]?.text ?? "").trimmingCharacters(in: .whitespaces) }
        guard let date = DateInput.date(text(.date)) else {
            return fail(.date, strings.notADate(strings.movementDateLabel, text(.date)))
        }
        let movement: PupilMovement
        switch choice {
        case .newArrival:
            let sex: String
            switch text(.sex).lowercased() {
            case "м", "m": sex = "m"
            case "ж", "f": sex = "f"
            default: return fail(.sex, strings.sexMissing)
            }
            var birth: LocalDate?
            if !text(.birthDate).isEmpty {
                guard let day = DateInput.date(text(.birthDate)) else {
                    return fail(.birthDate, strings.notADate(strings.birthDateLabel, text(.birthDate)))
                }
                birth = day
            }
            let person = NewPupil(
                name: PersonName(last: text(.lastName), first: text(.firstName), patronymic: text(.patronymic)),
                birthDate: birth, sex: sex, personalFile: text(.personalFile).isEmpty ? nil : text(.personalFile)
            )
            movement = .arrival(.new(person), into: schoolClass.id, on: date, order: text(.order), from: text(.place))
        case .returning, .departure, .transfer:
            guard let pupil else { return fail(.kind, strings.noPupilSelected) }
            switch choice {
            case .returning:
                movement = .arrival(.returning(pupil.pupilID), into: schoolClass.id, on: date, order: text(.order), from: text(.place))
            case .departure:
                movement = .departure(pupil.pupilID, lastDay: date, order: text(.order), to: text(.place))
            default:
                guard let target else { return fail(.targetClass, strings.chooseTargetClass) }
                movement = .transfer(pupil.pupilID, to: targets[target].id, from: date, order: text(.order))
            }
        }
        guard let session = app.session else { return }
        do {
            let outcome = try app.backend.movePupil(session, movement)
            let newName = PersonName(last: text(.lastName), first: text(.firstName), patronymic: text(.patronymic))
            let name = choice == .newArrival ? newName.withInitials : pupil?.name.withInitials ?? ""
            let notices = outcome.notices.map { $0.text(in: strings.language) }
            app.dismiss(self)
            onDone(.info(([strings.movementRecorded(choice, name)] + notices).joined(separator: ". ")), app)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }
}
