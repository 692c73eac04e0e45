import EzhCore
import EzhService

/// A teaching's lesson plan (КТП): one row a topic with its number, hours and planned date, the
/// total against the curriculum's hours (rule 8) under them. Enter edits the chosen cell in
/// place; rows are inserted, removed and moved with their keys; a file, or a colleague's or last
/// year's plan, fills it. Every change is saved at once through the service (history, audit),
/// carrying the plan the screen showed, so a plan another terminal changed is not overwritten.
final class KtpScreen: Screen {
    enum Column: Int, CaseIterable { case topic, hours, date }

    let page: JournalPage
    private(set) var plan: TeachingPlan?
    private var list = SelectableList()
    private(set) var column = Column.topic
    /// The cell being typed into, and the row it edits (a new row while inserting).
    private var editor: TextField?
    private var inserting: Int?
    private var itemRows: [Int: Int] = [:]
    /// The file last imported, offered again (a file corrected after its problems were listed).
    private var lastPath = ""

    init(page: JournalPage) {
        self.page = page
    }

    var context: KeyContext { .ktp }
    var rows: [PlanRow] { plan?.rows ?? [] }
    var isEditing: Bool { editor != nil }

    func load(app: Application) { read(app: app, refuseOnError: true) }

    func resume(app: Application) { read(app: app, refuseOnError: false) }

    private func read(app: Application, refuseOnError: Bool) {
        guard let session = app.session else { return }
        do {
            plan = try app.backend.teachingPlan(session, page: page)
        } catch {
            if refuseOnError { return refuse(.error(app.message(for: error)), app: app) }
            app.status = .error(app.message(for: error))
        }
        list.count = shownRows.count
    }

    /// The plan's rows, with the row being inserted in its place.
    private var shownRows: [PlanRow] {
        var shown = rows
        if let inserting { shown.insert(PlanRow(topic: "", hours: 1), at: min(inserting, shown.count)) }
        return shown
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: plan.map(strings.ktpTitle) ?? page.title, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let width = buffer.columns - 2
        let numberWidth = 5, hoursWidth = 6, dateWidth = 11
        let topicWidth = max(10, width - numberWidth - hoursWidth - dateWidth - 5)
        let layout: [(Column?, Int, Int)] = [
            (nil, 1, numberWidth), (.topic, 2 + numberWidth, topicWidth), (.hours, 3 + numberWidth + topicWidth, hoursWidth),
            (.date, 4 + numberWidth + topicWidth + hoursWidth, dateWidth),
        ]
        let names = strings.ktpColumns
        for (kind, left, width) in layout {
            let title = switch kind { case nil: names.number; case .topic: names.topic; case .hours: names.hours; case .date: names.date }
            buffer.putPadded(title, row: 2, column: left, width: width, style: .header)
        }
        let shown = shownRows
        if shown.isEmpty { buffer.put(strings.ktpEmpty, row: 3, column: 1, style: CellStyle(dim: true), maxWidth: width) }
        let first = list.scroll(toLine: list.selected, lineCount: shown.count, height: buffer.rows - 7)
        itemRows = [:]
        for index in first..<min(shown.count, first + list.pageHeight) {
            let y = 3 + index - first
            itemRows[y] = index
            let row = shown[index]
            let selected = index == list.selected
            let cells: [String] = [
                (selected ? "▸" : " ") + "\(index + 1)", row.topic, row.topic.isEmpty && inserting == index ? "" : "\(row.hours)",
                row.plannedDate?.russian ?? "",
            ]
            for ((kind, left, width), text) in zip(layout, cells) {
                let isCell = selected && kind == column
                if isCell, let editor {
                    let visible = editor.visible(width: width - 1, secret: false)
                    buffer.putPadded(visible, row: y, column: left, width: width, style: CellStyle(underline: true))
                    buffer.cursor = CursorPosition(row: y, column: left + visible.displayWidth)
                } else {
                    buffer.putPadded(text, row: y, column: left, width: width, style: isCell ? .selection : selected ? .bold : .plain,
                                     alignment: kind == .hours ? .right : .left)
                }
            }
        }
        if let plan {
            let check = plan.verdict == .matches ? CellStyle.plain : CellStyle.bold
            buffer.put(strings.ktpTotals(plan), row: buffer.rows - 3, column: 1, style: check, maxWidth: width)
        }
        Chrome.drawStatus(&buffer, message: app.status, fallback: isEditing ? strings.ktpEditHint : "")
        // Enter and Delete need no reminder; the help (F1) lists every key.
        Chrome.drawKeyBar(&buffer, actions: [.newItem, .importFile, .copyPlan, .moveItemUp, .moveItemDown, .planProgress, .back],
                          context: context, app: app)
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if isEditing, key.typedCharacter != nil || key == .backspace {
            _ = editor?.edit(with: key)
            return
        }
        handleListKey(key, rowAt: itemRows, select: { if !isEditing { list.select($0) } }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if isEditing {
            switch action {
            case .editCell, .confirm: commitEdit(app: app)
            case .back, .cancel: stopEditing()
            // The application's own keys still work; the list's wait until the cell is done.
            case .help, .quit, .lock, .commandLine: return false
            default: break
            }
            return true
        }
        if list.move(action) { return true }
        switch action {
        case .moveLeft: column = Column(rawValue: max(0, column.rawValue - 1))!
        case .moveRight: column = Column(rawValue: min(Column.allCases.count - 1, column.rawValue + 1))!
        case .editCell: startEditing(app: app)
        case .newItem: insertRow(app: app)
        case .removeItem: removeRow(app: app)
        case .moveItemUp: moveRow(by: -1, app: app)
        case .moveItemDown: moveRow(by: 1, app: app)
        case .importFile: importFile(app: app)
        case .copyPlan: copyPlan(app: app)
        case .planProgress: app.push(PlanProgressScreen(page: page))
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    // MARK: Editing

    private func editable(_ app: Application) -> Bool {
        guard plan?.isEditable == true else {
            app.status = .error(app.strings.ktpReadOnly)
            return false
        }
        return true
    }

    private func startEditing(app: Application) {
        guard editable(app), shownRows.indices.contains(list.selected) else { return }
        let row = shownRows[list.selected]
        var field = TextField(limit: column == .topic ? .lessonPlanTopic : .line)
        let value = switch column {
        case .topic: row.topic
        case .hours: "\(row.hours)"
        case .date: row.plannedDate?.russian ?? ""
        }
        field.set(value)
        editor = field
    }

    private func stopEditing() {
        if let inserting {
            self.inserting = nil
            list.count = shownRows.count
            list.select(inserting - 1)
        }
        editor = nil
    }

    /// The typed value into its row, and the plan saved; a value that cannot be read keeps the
    /// cell open with the reason.
    private func commitEdit(app: Application) {
        guard let text = editor?.text.trimmingCharacters(in: .whitespaces) else { return }
        var shown = shownRows
        let index = list.selected
        guard shown.indices.contains(index) else { return stopEditing() }
        switch column {
        case .topic: shown[index].topic = text
        case .hours:
            guard let hours = Int(text), hours > 0 else { return app.status = .error(app.strings.ktpNotHours(text)) }
            shown[index].hours = hours
        case .date:
            if text.isEmpty {
                shown[index].plannedDate = nil
            } else {
                guard let date = DateInput.date(text) else { return app.status = .error(app.strings.ktpNotDate(text)) }
                shown[index].plannedDate = date
            }
        }
        if save(shown, app: app) {
            editor = nil
            inserting = nil
            list.count = shownRows.count
        }
    }

    /// A new row after the selected one (the first in an empty plan), its topic typed at once.
    private func insertRow(app: Application) {
        guard editable(app) else { return }
        let at = rows.isEmpty ? 0 : list.selected + 1
        inserting = at
        list.count = shownRows.count
        list.select(at)
        column = .topic
        editor = TextField(limit: .lessonPlanTopic)
    }

    private func removeRow(app: Application) {
        guard editable(app), rows.indices.contains(list.selected) else { return }
        let index = list.selected
        let strings = app.strings
        app.push(ConfirmScreen(title: strings.ktpRemoveTitle, question: strings.ktpRemoveQuestion(index + 1, rows[index].topic)) { [weak self] app in
            guard let self else { return }
            var rows = self.rows
            rows.remove(at: index)
            self.save(rows, app: app)
        })
    }

    private func moveRow(by offset: Int, app: Application) {
        let index = list.selected
        guard editable(app), rows.indices.contains(index), rows.indices.contains(index + offset) else { return }
        var rows = self.rows
        rows.swapAt(index, index + offset)
        if save(rows, app: app) { list.select(index + offset) }
    }

    /// Saves the plan in place of the one shown and reads it back; a refusal goes to the status
    /// line (and a plan changed elsewhere is read again, so the next change starts from it).
    @discardableResult
    private func save(_ rows: [PlanRow], app: Application) -> Bool {
        guard let session = app.session, let plan else { return false }
        do {
            _ = try app.backend.savePlan(session, page: page, rows: rows, replacing: plan.rows)
            read(app: app, refuseOnError: false)
            app.status = .info(app.strings.ktpSaved)
            return true
        } catch {
            if case JournalError.cellChanged = error { read(app: app, refuseOnError: false) }
            app.status = .error(app.message(for: error))
            return false
        }
    }

    // MARK: Import and copy

    private func importFile(app: Application) {
        guard editable(app) else { return }
        let strings = app.strings
        app.push(FormPromptScreen(title: strings.ktpImportTitle, body: strings.ktpImportBody, label: strings.ktpImportLabel, initial: lastPath) {
            [weak self] path, _ in
            let path = path.trimmingCharacters(in: .whitespaces)
            guard let self, !path.isEmpty else { return .stay(.error(strings.ktpNoPath)) }
            self.lastPath = path
            return .close { app in self.runImport(path: path, app: app) }
        })
    }

    private func runImport(path: String, app: Application) {
        guard let session = app.session else { return }
        do {
            let report = try app.backend.importPlanFile(session, page: page, path: path)
            read(app: app, refuseOnError: false)
            guard report.problems.isEmpty else {
                let lines = report.problems.map { HelpText.Line(text: $0.text(in: app.strings.language), isTitle: false) }
                app.push(TextOverlayScreen(title: app.strings.ktpImportProblemsTitle(report.problems.count), lines: lines))
                return
            }
            app.status = .info(app.strings.ktpImported(report))
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func copyPlan(app: Application) {
        guard editable(app), let session = app.session else { return }
        let strings = app.strings
        do {
            let sources = try app.backend.planCopySources(session, page: page)
            guard !sources.isEmpty else { return app.status = .info(strings.ktpNoCopySources) }
            app.push(PickerScreen(title: strings.ktpCopyTitle, items: sources.map(strings.ktpCopySource)) { [weak self] index, app in
                guard let self else { return }
                let source = sources[index]
                if self.rows.isEmpty { return self.copy(source, app: app) }
                app.push(ConfirmScreen(title: strings.ktpReplaceTitle, question: strings.ktpReplaceQuestion(self.rows.count, with: source)) { app in
                    self.copy(source, app: app)
                })
            })
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func copy(_ source: PlanCopySource, app: Application) {
        guard let session = app.session, let plan else { return }
        do {
            _ = try app.backend.copyPlan(session, to: page, from: source.id, replacing: plan.rows)
            read(app: app, refuseOnError: false)
            app.status = .info(app.strings.ktpCopied)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }
}
