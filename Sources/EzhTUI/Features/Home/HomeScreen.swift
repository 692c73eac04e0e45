import EzhCore
import EzhService

/// The teacher's start screen: substitutions that concern them (lessons they give for someone
/// else, their own given by someone else), today's lessons, then every journal page they may
/// open. One list runs through the parts; Enter opens the selected line. Below it, the «Что нужно внести»
/// panel (Tab moves between the two), and keys to the screens the person's roles give.
final class HomeScreen: Screen {
    private enum Item {
        case substitution(SubstitutionNotice)
        case lesson(LessonSummary)
        case page(JournalPage)

        var page: JournalPage {
            switch self {
            case .substitution(let notice): notice.lesson.page
            case .lesson(let lesson): lesson.page
            case .page(let page): page
            }
        }
    }

    /// One row of the list as drawn: a section title, a blank, or a selectable item.
    private struct Line {
        let text: String
        let item: Int?
        let isTitle: Bool
    }

    private var home: TeacherHome?
    private var items: [Item] = []
    private var list = SelectableList()
    private var rowItems: [Int: Int] = [:]
    private var duePanel: DuePanel?
    private var dueRows: [Int: Int] = [:]
    private var dueHasFocus = false
    /// Set when a screen opens over this one: what is due is read again on return.
    private var dueIsStale = false
    /// Set when a substitution was declared from here: the lessons and pages are read again on return.
    private var homeIsStale = false
    /// A closed school year chosen for viewing; nil shows the current year.
    var viewedYear: SchoolYear?
    /// The administrator's warning that the last good backup is too old (or there is none).
    private var backupWarning: String?
    /// Messages waiting to be read, told on the screen's third line.
    private var unread = UnreadMessages()
    /// Today's announcements for the person and their classes' events of the month.
    private var board: HomeBoard?

    /// Reads the person's lessons and pages, and what they still have to enter.
    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            let home = try app.backend.home(session, year: viewedYear?.id)
            self.home = home
            items = upcomingSubstitutions.map(Item.substitution) + home.todaysLessons.map(Item.lesson) + home.pages.map(Item.page)
            list.count = items.count
        } catch {
            app.status = .error(app.message(for: error))
        }
        loadDue(app: app)
        loadBackupWarning(app: app)
        unread.load(app: app)
        board = HomeBoard.read(app: app)
    }

    func refresh(app: Application) {
        unread.load(app: app)
        loadBackupWarning(app: app)
    }

    /// Backups are the administrator's: only their home warns. A status that cannot be read
    /// warns nothing rather than keep the journal from opening. Read again while the screen
    /// waits and on return to it: the night's backup and its full check are other processes.
    private func loadBackupWarning(app: Application) {
        guard let session = app.session, SchoolAction.changeRuleSettings.isAllowed(for: session.roles),
              let status = try? app.backend.backupStatus(session) else { return }
        backupWarning = BackupsScreen.warning(status, app: app)
    }

    /// What is due is read again on return from a screen opened from here: it may have been
    /// entered there.
    func resume(app: Application) {
        unread.load(app: app)
        loadBackupWarning(app: app)
        board = HomeBoard.read(app: app)
        if homeIsStale {
            homeIsStale = false
            dueIsStale = false
            return load(app: app)
        }
        guard dueIsStale else { return }
        dueIsStale = false
        loadDue(app: app)
    }

    /// The panel is a teacher's: their own missing entries.
    private func loadDue(app: Application) {
        guard let session = app.session, SchoolAction.viewOwnDue.isAllowed(for: session.roles) else { return }
        do {
            duePanel = DuePanel(overview: try app.backend.dueOverview(session))
        } catch {
            app.status = .error(app.message(for: error))
        }
        if duePanel?.isEmpty != false { dueHasFocus = false }
    }

    var context: KeyContext { .home }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let school = app.backend.schoolName.isEmpty ? "ezh" : "ezh · " + app.backend.schoolName
        Chrome.drawTitleBar(&buffer, left: school, right: app.userAndClock(nameStyle: .full))
        let roles = app.session?.roles.sorted().map(app.strings.roleName).joined(separator: ", ") ?? ""
        buffer.put(roles, row: 1, column: 1, style: CellStyle(dim: true))
        Self.drawAccountEntries(into: &buffer, row: 1, after: roles.displayWidth + 2, app: app)
        if let backupWarning { buffer.put(backupWarning, row: 2, column: 1, style: .error) }
        unread.draw(into: &buffer, row: 2, context: context, app: app)
        let lines = layout(app: app)
        let bodyTop = 3
        let room = buffer.rows - 2 - bodyTop - 1
        let panelHeight = duePanel.map { $0.wantedHeight(limit: max(2, room / 2)) } ?? 0
        let bodyHeight = room - (panelHeight > 0 ? panelHeight + 1 : 0)
        let selectedLine = lines.firstIndex { $0.item == list.selected } ?? 0
        // The section's title stays in sight above its first line.
        let top = list.scroll(toLine: selectedLine, lineCount: lines.count, height: bodyHeight, keepAbove: 1)
        rowItems = [:]
        buffer.cursor = nil
        for (offset, line) in lines.dropFirst(top).prefix(bodyHeight).enumerated() {
            let row = bodyTop + offset
            if line.isTitle {
                buffer.put(line.text, row: row, column: 1, style: .title)
                continue
            }
            guard let item = line.item else {
                buffer.put(line.text, row: row, column: 1, maxWidth: buffer.columns - 2)
                continue
            }
            rowItems[row] = item
            let isSelected = item == list.selected && !dueHasFocus
            SelectableList.drawItem(line.text, into: &buffer, row: row, column: 1, width: buffer.columns - 2, isSelected: isSelected,
                                    style: isSelected ? .selection : .plain)
        }
        if let duePanel {
            let focusKey = app.keymap.effectiveKeys(for: .nextField, in: context).first.map(KeyName.name)
            dueRows = duePanel.draw(into: &buffer, top: bodyTop + bodyHeight + 1, height: panelHeight,
                                    focused: dueHasFocus, focusKey: focusKey, app: app)
        }
        let fallback = dueHasFocus ? duePanel?.describeSelected(app: app) ?? "" : describeSelected(app: app)
        Chrome.drawStatus(&buffer, message: app.status, fallback: fallback)
        // Quit stays in view: role entries that do not fit the bar are still in F1 help.
        Chrome.drawKeyBar(&buffer, actions: [.open, .help, .quit, .messages] + RoleEntries.actions + [.lock, .pupils, .chooseYear], context: context, app: app)
    }

    /// The substitutions from today on; the grid shows the earlier ones too.
    private var upcomingSubstitutions: [SubstitutionNotice] {
        guard let home else { return [] }
        return home.substitutions.filter { $0.lesson.date >= home.today }
    }

    private func layout(app: Application) -> [Line] {
        guard let home else { return [] }
        let strings = app.strings
        var lines: [Line] = []
        if let board, !board.isEmpty {
            lines += board.lines(strings: strings, limit: 3).map { Line(text: $0.text, item: nil, isTitle: $0.isTitle) }
            lines.append(Line(text: "", item: nil, isTitle: false))
        }
        let notices = upcomingSubstitutions
        if !notices.isEmpty {
            lines.append(Line(text: strings.substitutionsHeading, item: nil, isTitle: true))
            for (index, notice) in notices.enumerated() {
                lines.append(Line(text: strings.homeNotice(notice), item: index, isTitle: false))
            }
            lines.append(Line(text: "", item: nil, isTitle: false))
        }
        lines.append(Line(text: strings.todaysLessons(home.today), item: nil, isTitle: true))
        if home.todaysLessons.isEmpty {
            lines.append(Line(text: "  " + strings.noLessonsToday, item: nil, isTitle: false))
        }
        for (index, lesson) in home.todaysLessons.enumerated() {
            let time = "\(lesson.start.text)–\(lesson.end.text)"
            let number = TextFitting.fit(String(lesson.lessonNumber), width: 2, alignment: .right)
            let text = [number, time, lesson.page.title, strings.room(lesson.room)].filter { !$0.isEmpty }.joined(separator: "  ")
            lines.append(Line(text: text, item: notices.count + index, isTitle: false))
        }
        lines.append(Line(text: "", item: nil, isTitle: false))
        let journals = viewedYear.map { strings.journals + " · " + strings.viewingYear($0.name) } ?? strings.journals
        lines.append(Line(text: journals, item: nil, isTitle: true))
        if home.pages.isEmpty {
            lines.append(Line(text: "  " + strings.noJournals, item: nil, isTitle: false))
        }
        for (offset, page) in home.pages.enumerated() {
            let readOnly = home.editablePages.contains(page) ? "" : "  (\(strings.readOnlyMark))"
            lines.append(Line(text: page.title + readOnly, item: notices.count + home.todaysLessons.count + offset, isTitle: false))
        }
        return lines
    }

    private func describeSelected(app: Application) -> String {
        guard items.indices.contains(list.selected) else { return "" }
        switch items[list.selected] {
        case .substitution(let notice):
            // The line may be cut on a narrow screen; whether it waits for the deputy is said here.
            return notice.isDeclared ? app.strings.declaredNoticeHint : app.strings.openLesson(notice.lesson.page.title, number: notice.lesson.lessonNumber)
        case .lesson(let lesson): return app.strings.openLesson(lesson.page.title, number: lesson.lessonNumber)
        case .page(let page): return app.strings.openPage(page.title)
        }
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let index = dueRows[row], let duePanel {
                // A click selects; a click on the selected line opens it.
                if dueHasFocus, index == duePanel.selectedIndex { open(app: app) } else { duePanel.select(index) }
                dueHasFocus = true
                return
            }
            guard let item = rowItems[row] else { return }
            if item == list.selected, !dueHasFocus { open(app: app) } else { list.select(item) }
            dueHasFocus = false
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if dueHasFocus, let duePanel, duePanel.perform(action) { return true }
        if action == .declareSubstitution {
            DeclareSubstitution.start(app: app) { [weak self] in self?.homeIsStale = true }
            return true
        }
        if RoleEntries.actions.contains(action) {
            dueIsStale = true
            RoleEntries.open(action, home: home, app: app)
            return true
        }
        if list.move(action) { return true }
        switch action {
        case .nextField, .prevField:
            dueHasFocus = !dueHasFocus && duePanel?.isEmpty == false
        case .open, .confirm: open(app: app)
        case .pupils:
            dueIsStale = true
            app.push(PupilListScreen())
        case .messages: app.push(MessagesScreen())
        case .chooseYear: chooseYear(app: app)
        default: return performAccountsAction(action, app: app)
        }
        return true
    }

    private func open(app: Application) {
        guard let home else { return }
        dueIsStale = true
        if dueHasFocus {
            if let item = duePanel?.selectedItem { DuePanel.open(item, home: home, app: app) }
            return
        }
        guard items.indices.contains(list.selected) else { return }
        let item = items[list.selected]
        var focus: LessonID?
        if case .lesson(let lesson) = item { focus = lesson.lessonID }
        if case .substitution(let notice) = item { focus = notice.lesson.lessonID }
        app.push(GridScreen(page: item.page, home: home, focusLesson: focus))
    }
}
