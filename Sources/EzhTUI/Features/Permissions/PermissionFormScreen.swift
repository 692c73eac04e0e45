import EzhCore
import EzhService
import Foundation

/// The deputy's form for a late-entry permission: teacher, class and subject (or all), the
/// lesson dates, the kinds of entry, a reason and an expiry. Everything is checked here first,
/// so a date that does not exist or an expiry in the past is said plainly and nothing is sent;
/// the service checks again and has the last word.
final class PermissionFormScreen: Screen {
    private enum Field: Hashable {
        case teacher, schoolClass, subject, from, to, kind(EntryKind), reason, expiryDate, expiryTime, submit

        var isText: Bool {
            switch self {
            case .from, .to, .reason, .expiryDate, .expiryTime: true
            default: false
            }
        }
    }

    private let fields: [Field] = [.teacher, .schoolClass, .subject, .from, .to]
        + EntryKind.allCases.map(Field.kind) + [.reason, .expiryDate, .expiryTime, .submit]
    private var focus = 0
    private var texts: [Field: TextField] = [:]
    private var kinds: Set<EntryKind> = []
    private var staff: [(id: StaffID, name: PersonName)] = []
    private var teacher: Int?
    private let home: TeacherHome?
    private var pages: [JournalPage] = []
    private var schoolClass: (id: ClassID, name: ClassName)?
    private var subject: (id: SubjectID, name: String)?
    private var fieldRows: [Int: Int] = [:]
    private let onGranted: (PermissionID, Application) -> Void

    init(home: TeacherHome?, onGranted: @escaping (PermissionID, Application) -> Void) {
        self.home = home
        self.onGranted = onGranted
    }

    /// Reads the staff to choose from (and the pages, when the start screen had none), and fills
    /// in the usual dates.
    func load(app: Application) {
        pages = home?.pages ?? []
        if let session = app.session {
            do {
                staff = try app.backend.staff(session).sorted { PersonName.alphabetical($0.name, $1.name) }
                if home == nil { pages = try app.backend.home(session).pages }
            } catch {
                app.status = .error(app.message(for: error))
            }
        }
        // Today's lessons until tomorrow at the day's usual deadline: the common case of a
        // teacher who could not enter a day in time.
        let today = app.backend.today()
        let defaults: [Field: String] = [
            .from: today.russian, .to: today.russian, .expiryDate: today.adding(days: 1).russian, .expiryTime: "21:00",
        ]
        for (field, text) in defaults {
            var input = TextField()
            input.set(text)
            texts[field] = input
        }
        texts[.reason] = TextField(limit: .reason)
    }

    var context: KeyContext { .permissionForm }

    private var focused: Field { fields[focus] }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.grantTitle, right: app.userAndClock(nameStyle: .initials))
        let valueLeft = 18
        let valueWidth = min(50, buffer.columns - valueLeft - 2)
        fieldRows = [:]
        buffer.cursor = nil
        for (index, field) in fields.enumerated() {
            let row = 2 + index
            let isFocused = index == focus
            fieldRows[row] = index
            if let label = label(of: field, strings: strings) {
                buffer.put(label, row: row, column: 2, style: isFocused ? .bold : .plain, maxWidth: valueLeft - 3)
            }
            // «▸» marks the field in use; text fields are underlined, so each reads without colour.
            buffer.put(isFocused ? "▸" : " ", row: row, column: valueLeft - 2, style: .bold)
            if field.isText {
                let shown = texts[field]?.visible(width: valueWidth, secret: false) ?? ""
                buffer.putPadded(shown, row: row, column: valueLeft, width: min(valueWidth, width(of: field)),
                                 style: CellStyle(underline: true))
                if let hint = hint(of: field, strings: strings) {
                    buffer.put(hint, row: row, column: valueLeft + width(of: field) + 2, style: CellStyle(dim: true))
                }
                if isFocused { buffer.cursor = CursorPosition(row: row, column: valueLeft + shown.displayWidth) }
            } else {
                buffer.put(value(of: field, strings: strings), row: row, column: valueLeft,
                           style: isFocused ? .selection : .plain, maxWidth: valueWidth)
                if isFocused { buffer.cursor = CursorPosition(row: row, column: valueLeft) }
            }
        }
        let key = { (action: Action, fallback: String) in
            app.keymap.effectiveKeys(for: action, in: self.context).first.map(KeyName.name) ?? fallback
        }
        buffer.put(strings.formHint(toggle: key(.toggle, "Space"), save: key(.grantPermission, "F2"), close: key(.cancel, "Esc")),
                   row: 3 + fields.count, column: 2, style: CellStyle(dim: true), maxWidth: buffer.columns - 4)
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .grantPermission, .nextField, .toggle, .cancel], context: context, app: app)
    }

    private func label(of field: Field, strings: Strings) -> String? {
        switch field {
        case .teacher: strings.teacherLabel
        case .schoolClass: strings.classLabel
        case .subject: strings.subjectLabel
        case .from: strings.fromLabel
        case .to: strings.toLabel
        case .kind(let kind): kind == EntryKind.allCases.first ? strings.kindsLabel : nil
        case .reason: strings.reasonLabel
        case .expiryDate: strings.expiryLabel
        case .expiryTime, .submit: nil
        }
    }

    private func width(of field: Field) -> Int {
        switch field {
        case .from, .to, .expiryDate: 12
        case .expiryTime: 7
        default: 50
        }
    }

    private func hint(of field: Field, strings: Strings) -> String? {
        switch field {
        case .from, .to, .expiryDate: strings.dateHint
        case .expiryTime: strings.timeHint
        default: nil
        }
    }

    private func value(of field: Field, strings: Strings) -> String {
        switch field {
        case .teacher: (teacher.map { staff[$0].name.full } ?? "<\(strings.chooseTeacher)>") + " ▾"
        case .schoolClass: (schoolClass?.name.description ?? strings.anyClass) + " ▾"
        case .subject: (subject?.name ?? strings.anySubject) + " ▾"
        case .kind(let kind): (kinds.contains(kind) ? "[x] " : "[ ] ") + kind.name(in: strings.language)
        case .submit: strings.grantButton
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
        case .nextField, .moveDown: focus = min(fields.count - 1, focus + 1)
        case .prevField, .moveUp: focus = max(0, focus - 1)
        case .toggle: toggle()
        case .confirm: activate(app: app)
        case .grantPermission: submit(app: app)
        case .cancel, .back: app.dismiss(self)
        default: return false
        }
        return true
    }

    private func toggle() {
        guard case .kind(let kind) = focused else { return }
        if kinds.contains(kind) { kinds.remove(kind) } else { kinds.insert(kind) }
    }

    /// Enter does what the field is for: opens a choice, ticks a kind, sends the form, or moves
    /// on from a text field.
    private func activate(app: Application) {
        switch focused {
        case .teacher: chooseTeacher(app: app)
        case .schoolClass: chooseClass(app: app)
        case .subject: chooseSubject(app: app)
        case .kind: toggle()
        case .submit: submit(app: app)
        default: focus = min(fields.count - 1, focus + 1)
        }
    }

    private func chooseTeacher(app: Application) {
        app.push(PickerScreen(title: app.strings.teacherLabel, items: staff.map(\.name.full), selected: teacher ?? 0) { [weak self] index, _ in
            self?.teacher = index
        })
    }

    private func chooseClass(app: Application) {
        var classes: [(id: ClassID, name: ClassName)] = []
        for page in pages where !classes.contains(where: { $0.id == page.classID }) {
            classes.append((page.classID, page.className))
        }
        classes.sort { $0.name < $1.name }
        let current = classes.firstIndex { $0.id == schoolClass?.id }.map { $0 + 1 } ?? 0
        app.push(PickerScreen(title: app.strings.classLabel, items: [app.strings.anyClass] + classes.map(\.name.description),
                              selected: current) { [weak self] index, _ in
            self?.schoolClass = index == 0 ? nil : classes[index - 1]
        })
    }

    /// The subjects of the chosen class (of every class when none is chosen).
    private func chooseSubject(app: Application) {
        var subjects: [(id: SubjectID, name: String)] = []
        for page in pages where schoolClass.map({ $0.id == page.classID }) ?? true {
            if !subjects.contains(where: { $0.id == page.subjectID }) { subjects.append((page.subjectID, page.subjectName)) }
        }
        subjects.sort { $0.name < $1.name }
        let current = subjects.firstIndex { $0.id == subject?.id }.map { $0 + 1 } ?? 0
        app.push(PickerScreen(title: app.strings.subjectLabel, items: [app.strings.anySubject] + subjects.map(\.name),
                              selected: current) { [weak self] index, _ in
            self?.subject = index == 0 ? nil : subjects[index - 1]
        })
    }

    // MARK: Sending

    /// Checks the form in the order it is filled in and stops at the first problem, with the
    /// cursor on that field; only a complete, sensible form goes to the service.
    private func submit(app: Application) {
        let strings = app.strings
        func fail(_ field: Field, _ message: String) {
            focus = fields.firstIndex(of: field) ?? focus
            app.status = .error(message)
        }
        let text = { (field: Field) in self.texts[field]?.text ?? "" }
        guard let teacher else { return fail(.teacher, strings.teacherMissing) }
        guard let from = DateInput.date(text(.from)) else { return fail(.from, strings.notADate(strings.fromLabel, text(.from))) }
        guard let to = DateInput.date(text(.to)) else { return fail(.to, strings.notADate(strings.toLabel, text(.to))) }
        guard from <= to else { return fail(.to, strings.datesReversed) }
        guard !kinds.isEmpty else { return fail(.kind(EntryKind.allCases[0]), strings.kindsMissing) }
        let reason = text(.reason).trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { return fail(.reason, strings.reasonMissing) }
        guard let expiryDay = DateInput.date(text(.expiryDate)) else {
            return fail(.expiryDate, strings.notADate(strings.expiryLabel, text(.expiryDate)))
        }
        guard let expiryTime = DateInput.time(text(.expiryTime)) else { return fail(.expiryTime, strings.notATime(text(.expiryTime))) }
        let expiresAt = app.backend.timeZone.instant(expiryDay, expiryTime)
        guard expiresAt > app.backend.now() else { return fail(.expiryDate, strings.expiryInPast) }
        guard let session = app.session else { return }
        do {
            let id = try app.backend.grantPermission(
                session, teacher: staff[teacher].id, classID: schoolClass?.id, subjectID: subject?.id, dates: DateSpan(from, to),
                kinds: kinds, reason: reason, expiresAt: expiresAt
            )
            app.dismiss(self)
            onGranted(id, app)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }
}
