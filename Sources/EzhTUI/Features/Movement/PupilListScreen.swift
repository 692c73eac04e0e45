import EzhCore
import EzhService

/// A class's pupils over its year, for the class teacher, the deputy and the administrator: each
/// pupil with their personal-file number and movement (arrived on, left on, with the orders).
/// Those not in the class today (left, or not yet arrived) are dimmed, as the grids show them.
/// «Движение» opens the form for the selected pupil or a new one; «Карточка» the pupil's data
/// and parents.
final class PupilListScreen: Screen {
    private var classes: [(id: ClassID, name: ClassName)] = []
    private var classIndex = 0
    private var roster: [ClassRosterEntry] = []
    private var yearStart: LocalDate?
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            classes = try app.backend.pupilListClasses(session)
            yearStart = try app.backend.currentYear()?.span.first
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        guard !classes.isEmpty else { return refuse(.error(app.strings.noPupilListClass), app: app) }
        reload(app: app)
    }

    var context: KeyContext { .pupils }

    private var schoolClass: (id: ClassID, name: ClassName)? {
        classes.indices.contains(classIndex) ? classes[classIndex] : nil
    }

    private var selected: ClassRosterEntry? { roster.indices.contains(list.selected) ? roster[list.selected] : nil }

    func reload(app: Application) {
        guard let session = app.session, let schoolClass else { return }
        do {
            roster = try app.backend.classRoster(session, classID: schoolClass.id)
        } catch {
            app.status = .error(app.message(for: error))
        }
        list.count = roster.count
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        // Before the year begins (a list made by the rollover in summer) its first day stands for today.
        let today = max(app.backend.today(), yearStart ?? app.backend.today())
        Chrome.drawTitleBar(&buffer, left: strings.pupilsTitle(schoolClass?.name.description ?? ""),
                            right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let present = roster.filter { $0.isPresent(on: today) }.count
        let left = roster.filter { $0.stay.to.map { $0 < today } ?? false }.count
        buffer.put(strings.rosterCounts(present: present, left: left), row: 1, column: 1, style: CellStyle(dim: true))
        // Name, personal file and movement share 80 columns: the movement is the longest part.
        let nameWidth = 24
        let fileWidth = 8
        buffer.put(TextFitting.fit(strings.nameHeader, width: nameWidth) + " " + TextFitting.fit(strings.personalFileHeader, width: fileWidth)
                   + " " + strings.movementHeader, row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        if roster.isEmpty { buffer.put(strings.noPupilsInClass, row: 3, column: 2, style: CellStyle(dim: true)) }
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            let entry = self.roster[index]
            return TextFitting.fit("\(index + 1). \(entry.name.lastAndFirst)", width: nameWidth) + " "
                + TextFitting.fit(entry.personalFile ?? "", width: fileWidth) + " "
                + strings.stayText(entry.stay, yearStart: self.yearStart)
        }, style: { self.roster[$0].isPresent(on: today) ? .plain : CellStyle(dim: true) })
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        var keys: [Action] = selected == nil ? [.movement] : [.pupilCard, .movement]
        if classes.count > 1 { keys.append(.chooseClass) }
        Chrome.drawKeyBar(&buffer, actions: keys + [.back, .help], context: context, app: app)
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .movement: openMovement(app: app)
        case .pupilCard: openCard(app: app)
        case .exemptions: if let selected { app.push(ExemptionsScreen(pupil: selected.pupilID, name: selected.name.lastAndFirst)) }
        case .chooseClass: chooseClass(app: app)
        default: return false
        }
        return true
    }

    private func openMovement(app: Application) {
        guard let schoolClass else { return }
        app.push(MovementFormScreen(schoolClass: schoolClass, pupil: selected) { [weak self] message, app in
            guard let self else { return }
            reload(app: app)
            app.status = message
        })
    }

    private func openCard(app: Application) {
        guard let selected else { return }
        app.push(PupilCardScreen(pupil: selected.pupilID) { [weak self] app in self?.reload(app: app) })
    }

    private func chooseClass(app: Application) {
        guard classes.count > 1 else { return }
        app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.name.description), selected: classIndex) { [weak self] index, app in
            guard let self else { return }
            classIndex = index
            list.select(0)
            reload(app: app)
        })
    }
}
