import EzhCore
import EzhService

/// One journal page for one period, as the marks grid or the attendance grid (Tab switches).
/// Spreadsheet-like: arrows move, typing a value enters it at once and moves down, Delete
/// clears, and every refusal is said in the status line while the cursor stays.
final class GridScreen: Screen {
    enum Mode { case marks, attendance }

    /// Every page the user may open, for the class and subject pickers.
    let home: TeacherHome
    var page: JournalPage
    var periods: [Period] = []
    var period: Period?
    var mode: Mode
    var marks: MarksGrid? { didSet { sheetCache = nil } }
    var attendance: AttendanceGrid? { didSet { sheetCache = nil } }
    /// The grid as text, kept between frames: rebuilt when the data, the mode, the language or
    /// the minute changes (deadlines fall on whole minutes), so moving the cursor redraws from it.
    var sheetCache: (key: SheetKey, sheet: GridSheet?)?
    /// The last frame's grid, to draw only the rows a key changed (see `GridFrame`).
    var lastFrame: GridFrame?
    var cursorRow = 0
    var cursorColumn = 0
    var topRow = 0
    var leftColumn = 0
    /// The last drawn body height, for paging.
    var pageHeight = 10
    var undoStack: [UndoRecord] = []
    /// Where the shown grid stands against other terminals' changes (read before the grid).
    var watch: ChangeWatch?
    private var lastLayout: GridLayout?
    private var tabRanges: [(columns: Range<Int>, mode: Mode)] = []

    /// The lesson the grid opens on, until it is loaded.
    private let openingLesson: LessonID?

    init(page: JournalPage, home: TeacherHome, focusLesson: LessonID?, startMode: Mode? = nil) {
        self.home = home
        self.page = page
        openingLesson = focusLesson
        mode = page.className.hasMarks ? startMode ?? .marks : .attendance
    }

    func load(app: Application) {
        open(page: page, focusLesson: openingLesson, app: app)
    }

    var context: KeyContext { .grid }

    var columns: [GridColumn] {
        switch mode {
        case .marks: marks?.columns ?? []
        case .attendance: attendance?.columns ?? []
        }
    }

    var pupils: [GridPupil] {
        switch mode {
        case .marks: marks?.pupils ?? []
        case .attendance: attendance?.pupils ?? []
        }
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        var title = page.title
        if let period {
            title += " · " + period.name(in: strings.language)
            if period.isClosed { title += " · " + strings.closedPeriod }
        }
        let sheet = self.sheet(app: app)
        let layout = GridLayout(rows: buffer.rows, columns: buffer.columns, summaryWidths: sheet?.summaries.map(\.width) ?? [])
        lastLayout = layout
        pageHeight = layout.bodyHeight
        scrollToCursor(layout: layout)
        let view = sheet.map {
            GridView(sheet: $0, layout: layout, cursorRow: cursorRow, cursorColumn: cursorColumn,
                     topRow: topRow, leftColumn: leftColumn, pupilHeader: strings.pupilHeader)
        }
        let frameKey = view.map { GridFrame.Key(buffer: buffer, language: strings.language, view: $0) }
        if let view, let frame = lastFrame, frame.key == frameKey {
            // Taken, not shared: the frame's cells are written over in place, not copied.
            lastFrame = nil
            buffer = frame.buffer
            view.redraw(rows: frame.changedRows(for: view), covered: buffer.rows - 3, into: &buffer)
        } else {
            buffer.cursor = nil
            view?.draw(into: &buffer)
        }
        Chrome.drawTitleBar(&buffer, left: title, right: app.userAndClock(nameStyle: .initials))
        drawTabs(into: &buffer, app: app)
        if let sheet {
            let empty = sheet.pupils.isEmpty ? strings.noPupils : sheet.columns.isEmpty ? strings.noColumns : nil
            if let empty { buffer.put(empty, row: layout.bodyTop, column: layout.dataLeft + 1, style: .bold) }
        }
        drawStatus(into: &buffer, app: app)
        Chrome.drawKeyBar(&buffer, actions: [.help, .quit, .choosePeriod, .chooseClass, .chooseSubject, .nextGrid, .cellHistory, .back],
                          context: context, app: app)
        // Kept whole, bars included: the next frame writes over them, so nothing is copied.
        if let view, let frameKey {
            lastFrame = GridFrame(key: frameKey, sheet: view.sheet, cursorRow: cursorRow, buffer: buffer)
        } else {
            lastFrame = nil
        }
    }

    /// The two tabs; the active one is in brackets and reverse video, so it reads without colour.
    private func drawTabs(into buffer: inout ScreenBuffer, app: Application) {
        var x = 1
        tabRanges = []
        for (tab, title) in [(Mode.marks, app.strings.marksTab), (.attendance, app.strings.attendanceTab)] {
            let active = tab == mode
            let width = buffer.put(active ? "[\(title)]" : " \(title) ", row: 1, column: x, style: active ? .selection : .plain)
            tabRanges.append((x..<(x + width), tab))
            x += width + 2
        }
    }

    struct SheetKey: Equatable {
        let mode: Mode
        let minute: Int
        let language: Language
    }

    private func sheet(app: Application) -> GridSheet? {
        let now = app.backend.now()
        let key = SheetKey(mode: mode, minute: Int(now.timeIntervalSince1970 / 60), language: app.strings.language)
        if let cached = sheetCache, cached.key == key { return cached.sheet }
        let today = app.backend.today()
        let sheet: GridSheet? = switch mode {
        case .marks: marks.map { GridSheet(marks: $0, strings: app.strings, today: today, now: now) }
        case .attendance: attendance.map { GridSheet(attendance: $0, strings: app.strings, today: today, now: now) }
        }
        sheetCache = (key, sheet)
        return sheet
    }

    /// The status line: a message when there is one; otherwise the cell under the cursor at the
    /// left and, at the right where it is always found, until when that cell takes an entry.
    private func drawStatus(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        guard app.status == nil, columns.indices.contains(cursorColumn), columns[cursorColumn].isEditable,
              pupils.indices.contains(cursorRow), let deadline = cellTerms(strings: strings, app: app)
        else {
            Chrome.drawStatus(&buffer, message: app.status, fallback: describeCell(strings: strings))
            return
        }
        let room = buffer.columns - 2 - deadline.displayWidth - 2
        // Where the line is short, the cell's details go first, then the pupil's first name
        // becomes an initial: the deadline is what the line is for.
        let candidates = [Brevity.full, .withoutDetails, .initials].lazy.map { self.describeCell(strings: strings, brief: $0) }
        let identity = candidates.first { $0.displayWidth <= room }
            ?? TextFitting.truncate(describeCell(strings: strings, brief: .initials), to: room)
        Chrome.drawStatus(&buffer, message: nil, fallback: identity)
        buffer.put(deadline, row: buffer.rows - 2, column: buffer.columns - 1 - deadline.displayWidth,
                   style: CellStyle(bold: true, role: .status))
    }

    /// Until when the cell under the cursor takes an entry; for a pupil outside the class on
    /// the lesson's day, that it takes none.
    private func cellTerms(strings: Strings, app: Application) -> String? {
        let column = columns[cursorColumn]
        guard pupils[cursorRow].isInClass(on: column.date) else { return strings.notInClassThatDay }
        return strings.entryStatus(column.entryStatus(at: app.backend.now()), zone: app.backend.timeZone, now: app.backend.now())
    }

    private func scrollToCursor(layout: GridLayout) {
        if cursorRow < topRow { topRow = cursorRow }
        if cursorRow >= topRow + layout.bodyHeight { topRow = cursorRow - layout.bodyHeight + 1 }
        topRow = max(0, min(topRow, max(0, pupils.count - layout.bodyHeight)))
        if cursorColumn < leftColumn { leftColumn = cursorColumn }
        if cursorColumn >= leftColumn + layout.visibleColumns { leftColumn = cursorColumn - layout.visibleColumns + 1 }
        leftColumn = max(0, min(leftColumn, max(0, columns.count - layout.visibleColumns)))
    }

    /// How much of a cell's description fits: all of it, without the work type or time, or
    /// that with the pupil's first name as an initial.
    enum Brevity { case full, withoutDetails, initials }

    /// «Иванова Мария · 27.11 урок 3 · Работа на уроке (вес 1)»: the cell under the cursor.
    func describeCell(strings: Strings, brief: Brevity = .full) -> String {
        guard pupils.indices.contains(cursorRow), columns.indices.contains(cursorColumn) else { return "" }
        let column = columns[cursorColumn]
        let name = pupils[cursorRow].name
        var parts = [brief == .initials ? name.withInitials : name.lastAndFirst, strings.lessonAt(column.date, number: column.lessonNumber)]
        if brief != .full { return parts.joined(separator: " · ") }
        switch mode {
        case .marks:
            if let type = column.workType { parts.append(strings.workType(type.name, weight: type.weightText)) }
            if !column.assignmentTopic.isEmpty { parts.append("«\(column.assignmentTopic)»") }
            if pupils[cursorRow].isExempt(on: column.date) { parts.append(strings.exemptWord) }
        case .attendance:
            parts.append("\(column.start.text)–\(column.end.text)")
        }
        if let notice = home.substitutions.first(where: { $0.lesson.lessonID == column.lessonID }) {
            parts.append(strings.gridNotice(notice))
        }
        if !column.isEditable { parts.append(strings.readOnlyMark) }
        return parts.joined(separator: " · ")
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, let column) = key {
            click(row: row, column: column, app: app)
            return
        }
        switch mode {
        case .marks:
            if let value = CellInput.markBeforeKeymap(key) { return setMark(value, app: app) }
        case .attendance:
            if let code = CellInput.attendanceBeforeKeymap(key) { return setAttendance(code, app: app) }
        }
        if let action = app.keymap.action(for: key, in: context) { return app.dispatch(action, to: self) }
        if mode == .attendance, let code = CellInput.attendanceAfterKeymap(key) { return setAttendance(code, app: app) }
        if let action = app.keymap.commandAction(for: key, in: context) { return app.dispatch(action, to: self) }
        if key.typedCharacter != nil {
            app.status = .error(mode == .marks ? app.strings.notAMark : app.strings.notAnAttendanceCode)
        }
    }

    private func click(row: Int, column: Int, app: Application) {
        // A click on a lesson's header opens its card.
        if (GridLayout.headerTop..<(GridLayout.headerTop + GridLayout.headerRows)).contains(row),
           let layout = lastLayout, let visible = layout.visibleIndex(atScreenColumn: column),
           columns.indices.contains(leftColumn + visible) {
            cursorColumn = leftColumn + visible
            openLessonCard(app: app)
            return
        }
        if row == 1 {
            if let tab = tabRanges.first(where: { $0.columns.contains(column) }), tab.mode != mode {
                switchMode(to: tab.mode, app: app)
            }
            return
        }
        guard let layout = lastLayout, let visible = layout.visibleIndex(atScreenColumn: column) else { return }
        let pupilRow = topRow + row - layout.bodyTop
        let lessonColumn = leftColumn + visible
        guard row >= layout.bodyTop, pupils.indices.contains(pupilRow), columns.indices.contains(lessonColumn) else { return }
        cursorRow = pupilRow
        cursorColumn = lessonColumn
    }

    func perform(_ action: Action, app: Application) -> Bool {
        let lastRow = max(0, pupils.count - 1)
        let lastColumn = max(0, columns.count - 1)
        switch action {
        case .moveUp: cursorRow = max(0, cursorRow - 1)
        case .moveDown: cursorRow = min(lastRow, cursorRow + 1)
        case .moveLeft: cursorColumn = max(0, cursorColumn - 1)
        case .moveRight: cursorColumn = min(lastColumn, cursorColumn + 1)
        case .pageUp: cursorRow = max(0, cursorRow - pageHeight)
        case .pageDown: cursorRow = min(lastRow, cursorRow + pageHeight)
        case .firstColumn: cursorColumn = 0
        case .lastColumn: cursorColumn = lastColumn
        case .today: cursorColumn = Self.startColumn(in: columns, today: app.backend.today(), focus: nil)
        case .clearCell: clearCell(app: app)
        case .editCell: chooseValue(app: app)
        case .undo: undo(app: app)
        case .nextGrid, .prevGrid: switchMode(to: mode == .marks ? .attendance : .marks, app: app)
        case .choosePeriod: choosePeriod(app: app)
        case .chooseClass: chooseClass(app: app)
        case .chooseSubject: chooseSubject(app: app)
        case .cellHistory: showHistory(app: app)
        case .lessonCard: openLessonCard(app: app)
        case .workType: changeColumnType(app: app)
        case .addAssignment: addAssignmentColumn(app: app)
        case .assignmentTopic: editAssignmentTopic(app: app)
        case .removeAssignment: removeAssignmentColumn(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    /// `:12` puts the cursor on pupil number 12.
    func runCommand(_ words: [String], app: Application) -> Bool {
        guard words.count == 1, let number = Int(words[0]) else { return false }
        if let row = pupils.firstIndex(where: { $0.number == number }) {
            cursorRow = row
        } else {
            app.status = .error(app.strings.noSuchPupil(number))
        }
        return true
    }

    /// The column a grid opens on: the focused lesson's, else today's first, else the last
    /// before today, else the first.
    static func startColumn(in columns: [GridColumn], today: LocalDate, focus: LessonID?) -> Int {
        if let focus, let index = columns.firstIndex(where: { $0.lessonID == focus }) { return index }
        if let index = columns.firstIndex(where: { $0.date == today }) { return index }
        return columns.lastIndex(where: { $0.date < today }) ?? 0
    }
}
