import EzhCore
import EzhService

/// The start screen's «Что нужно внести» block: what is overdue (first, marked «!» and bold),
/// today's lessons still missing attendance, topic or homework with the time left, and planned
/// works whose mark window closes within two days. It scrolls in the rows it is given; Enter on
/// an item opens that lesson.
final class DuePanel {
    private struct Entry {
        let item: DueItem
        let isOverdue: Bool
    }

    private let entries: [Entry]
    private var list = SelectableList()

    init(overview: DueOverview) {
        entries = overview.overdue.map { Entry(item: $0, isOverdue: true) }
            + overview.today.map { Entry(item: $0, isOverdue: false) }
            + overview.closingSoon.map { Entry(item: $0, isOverdue: false) }
        list.count = entries.count
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Rows the panel would like: its title and every item, within `limit`.
    func wantedHeight(limit: Int) -> Int { min(limit, 1 + max(0, entries.count)) }

    var selectedItem: DueItem? { entries.indices.contains(list.selected) ? entries[list.selected].item : nil }

    /// Draws the title and the visible items from `top`; the selection shows only while the
    /// panel has the focus. Returns the screen rows of the items, for mouse clicks.
    @discardableResult
    func draw(into buffer: inout ScreenBuffer, top: Int, height: Int, focused: Bool, focusKey: String?, app: Application) -> [Int: Int] {
        let strings = app.strings
        let width = buffer.columns - 2
        guard !entries.isEmpty else {
            buffer.put(strings.nothingDue, row: top, column: 1, style: .title, maxWidth: width)
            return [:]
        }
        var title = strings.dueTitle + " (\(entries.count))"
        if !focused, let focusKey { title += "  " + strings.dueFocusHint(focusKey) }
        buffer.put(title, row: top, column: 1, style: .title, maxWidth: width)
        let first = list.scroll(toLine: list.selected, lineCount: entries.count, height: height - 1)
        let now = app.backend.now()
        var rows: [Int: Int] = [:]
        for (offset, index) in entries.indices.dropFirst(first).prefix(height - 1).enumerated() {
            let row = top + 1 + offset
            let entry = entries[index]
            let isSelected = focused && index == list.selected
            var style = CellStyle(bold: entry.isOverdue)
            if isSelected { style = .selection }
            let marker = isSelected ? "▸" : " "
            buffer.putPadded(marker + strings.dueLine(entry.item, overdue: entry.isOverdue, now: now), row: row, column: 1,
                             width: width, style: style)
            if isSelected { buffer.cursor = CursorPosition(row: row, column: 1) }
            rows[row] = index
        }
        if first + height - 1 < entries.count {
            buffer.put("▾", row: top + height - 1, column: buffer.columns - 2, style: .bold)
        }
        return rows
    }

    func select(_ index: Int) { list.select(index) }
    var selectedIndex: Int { list.selected }

    /// Moves the selection; false for actions the panel leaves to the screen.
    func perform(_ action: Action) -> Bool { list.move(action) }

    /// Opens the lesson of a due item where it is entered: the attendance grid, the marks grid,
    /// or for a topic or homework the grid with the lesson card over it.
    static func open(_ item: DueItem, home: TeacherHome, app: Application) {
        let lesson = item.lesson
        switch item.kind {
        case .attendance:
            app.push(GridScreen(page: lesson.page, home: home, focusLesson: lesson.lessonID, startMode: .attendance))
        case .marks:
            app.push(GridScreen(page: lesson.page, home: home, focusLesson: lesson.lessonID, startMode: .marks))
        case .topic, .homework:
            app.push(GridScreen(page: lesson.page, home: home, focusLesson: lesson.lessonID))
            app.push(LessonCardScreen(lesson: lesson.lessonID))
        }
    }

    /// The status line's description of the selected item.
    func describeSelected(app: Application) -> String? {
        selectedItem.map { app.strings.dueDescription($0, zone: app.backend.timeZone) }
    }
}
