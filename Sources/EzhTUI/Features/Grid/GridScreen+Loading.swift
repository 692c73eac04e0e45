import EzhCore
import EzhService

/// Opening pages and periods, switching grids, and the pickers that do it.
extension GridScreen {
    /// Opens a page on its current period, cursor on the focused lesson or today.
    func open(page: JournalPage, focusLesson: LessonID?, app: Application) {
        self.page = page
        undoStack = []
        marks = nil
        attendance = nil
        if !page.className.hasMarks { mode = .attendance }
        do {
            periods = try app.backend.periods(for: page).sorted { $0.span.first < $1.span.first }
        } catch {
            periods = []
            app.status = .error(app.message(for: error))
        }
        period = Period.current(among: periods, on: app.backend.today())
        readGrid(focusLesson: focusLesson, app: app)
        cursorRow = 0
    }

    /// Loads the grid of the current mode; the cursor column goes to the focused lesson, or
    /// stays on the same lesson when one is given by the caller, or goes to today.
    func readGrid(focusLesson: LessonID?, app: Application) {
        guard let session = app.session, let period else { return }
        do {
            watch = try app.backend.changeWatch()
            switch mode {
            case .marks:
                if page.className.hasMarks {
                    (marks, finals) = try app.backend.marksGridWithFinals(session, page: page, period: period.id)
                } else {
                    marks = try app.backend.marksGrid(session, page: page, period: period.id)
                    finals = nil
                }
            case .attendance: attendance = try app.backend.attendanceGrid(session, page: page, period: period.id)
            }
        } catch {
            app.status = .error(app.message(for: error))
        }
        cursorColumn = Self.startColumn(in: columns, today: app.backend.today(), focus: focusLesson)
        cursorRow = min(cursorRow, max(0, pupils.count - 1))
    }

    /// Called while the terminal is idle: when another terminal has changed this page since it
    /// was read, reads it again with the cursor where it was. What did not change stays as it
    /// is on screen (the terminal repaints only changed cells).
    func refresh(app: Application) {
        guard let session = app.session, var watch else { return }
        let changed = (try? app.backend.pageChanged(session, page: page, since: &watch)) ?? false
        self.watch = watch
        if changed { reloadKeepingCursor(app: app) }
    }

    /// Marks ⇄ attendance for the same page and period; the cursor stays on the same pupil and
    /// lesson. The grid is read again, so it shows what others entered meanwhile.
    func switchMode(to newMode: Mode, app: Application) {
        if newMode == .marks, !page.className.hasMarks {
            app.status = .error(JournalError.noMarksInFirstGrade.message(in: app.strings.language))
            return
        }
        let lesson = columns.indices.contains(cursorColumn) ? columns[cursorColumn].lessonID : nil
        let pupil = pupils.indices.contains(cursorRow) ? pupils[cursorRow].id : nil
        mode = newMode
        readGrid(focusLesson: lesson, app: app)
        if let pupil, let row = pupils.firstIndex(where: { $0.id == pupil }) { cursorRow = row }
    }

    func choosePeriod(app: Application) {
        guard !periods.isEmpty else { return }
        let items = periods.map { period in
            let closed = period.isClosed ? " · " + app.strings.closedPeriod : ""
            return period.name(in: app.strings.language) + "  \(period.span.first.dayMonth)–\(period.span.last.dayMonth)" + closed
        }
        let current = periods.firstIndex { $0.id == period?.id } ?? 0
        app.push(PickerScreen(title: app.strings.choosePeriod, items: items, selected: current) { [weak self] index, app in
            guard let self else { return }
            self.period = self.periods[index]
            self.undoStack = []
            self.readGrid(focusLesson: nil, app: app)
        })
    }

    func chooseClass(app: Application) {
        var classes: [ClassName] = []
        for candidate in home.pages where !classes.contains(candidate.className) { classes.append(candidate.className) }
        classes.sort()
        let current = classes.firstIndex(of: page.className) ?? 0
        app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.description), selected: current) { [weak self] index, app in
            guard let self else { return }
            let inClass = self.home.pages.filter { $0.className == classes[index] }
            // The same subject in the other class when the teacher has it, else its first page.
            guard let target = inClass.first(where: { $0.subjectID == self.page.subjectID }) ?? inClass.first else { return }
            self.open(page: target, focusLesson: nil, app: app)
        })
    }

    func chooseSubject(app: Application) {
        let inClass = home.pages.filter { $0.classID == page.classID }
        let items = inClass.map { page in page.subgroupName.map { "\(page.subjectName) (\($0))" } ?? page.subjectName }
        let current = inClass.firstIndex(of: page) ?? 0
        app.push(PickerScreen(title: app.strings.chooseSubject, items: items, selected: current) { [weak self] index, app in
            self?.open(page: inClass[index], focusLesson: nil, app: app)
        })
    }

    /// Every recorded change of the cell under the cursor, newest first.
    func showHistory(app: Application) {
        guard let session = app.session, pupils.indices.contains(cursorRow), columns.indices.contains(cursorColumn) else { return }
        let pupil = pupils[cursorRow].id
        let column = columns[cursorColumn]
        let (page, mode) = (page, mode)
        app.push(TextOverlayScreen(title: app.strings.history(describeCell(strings: app.strings))) { app in
            let entries = switch mode {
            case .marks: try app.backend.markHistory(session, page: page, column: column, pupil: pupil)
            case .attendance: try app.backend.attendanceHistory(session, page: page, lesson: column.lessonID, pupil: pupil)
            }
            let strings = app.strings
            guard !entries.isEmpty else { return [HelpText.Line(text: strings.noHistory, isTitle: false)] }
            return entries.map { entry in
                let change = "\(entry.oldValue ?? strings.emptyValue) → \(entry.newValue ?? strings.emptyValue)"
                return HelpText.Line(text: "\(entry.changedAt)  \(change)  \(entry.who)  \(entry.terminal)", isTitle: false)
            }
        })
    }
}
