import EzhCore
import EzhService

/// The deputy's «what is due» as a table (F9 on the start screen): one row a teacher, one
/// column a kind of late entry, totals at the foot. A key cycles the column it is sorted by;
/// Enter opens the selected teacher's items, the lessons and deadlines behind the numbers.
final class DueTableScreen: Screen {
    private var rows: [DueOverview] = []
    private var sortedBy = DueColumn.overdue
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    var context: KeyContext { .dueTable }

    func load(app: Application) {
        guard let session = app.session else { return app.dismiss(self) }
        do {
            rows = DueTable.sorted(try app.backend.dueOverviewOfAllTeachers(session), by: sortedBy)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = rows.count
    }

    /// 2 + 20 + 7 × 8 = 78: the table fits an 80-column terminal.
    private static let nameWidth = 20
    private static let columnWidth = 8

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.teachersDueTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        buffer.put(header(strings), row: 2, column: 1, style: .title, maxWidth: buffer.columns - 2)
        if rows.isEmpty {
            buffer.put(strings.allTeachersDone, row: 4, column: 1, maxWidth: buffer.columns - 2)
        }
        let height = max(1, buffer.rows - 7)
        rowIndexes = list.draw(into: &buffer, row: 3, height: height, text: { index in
            self.line(name: self.rows[index].teacherName) { self.rows[index].count($0) }
        }, style: { index in CellStyle(bold: self.rows[index].count(.overdue) > 0) })
        if !rows.isEmpty {
            let totals = DueTable.totals(rows)
            buffer.put("  " + line(name: strings.dueTotals(teachers: rows.count)) { totals[$0] ?? 0 },
                       row: 3 + min(height, rows.count) + 1, column: 1, style: .bold, maxWidth: buffer.columns - 2)
        }
        Chrome.drawStatus(&buffer, message: app.status, fallback: strings.dueSortedBy(sortedBy.title(in: strings.language)))
        Chrome.drawKeyBar(&buffer, actions: [.open, .sortColumn, .back, .help], context: context, app: app)
    }

    /// The column titles; the sorted column is marked «▼».
    private func header(_ strings: Strings) -> String {
        "  " + TextFitting.fit(strings.dueTeacherColumn, width: Self.nameWidth) + DueColumn.allCases.map { column in
            let title = (column == sortedBy ? "▼" : "") + column.title(in: strings.language)
            return String(repeating: " ", count: max(1, Self.columnWidth - title.count)) + title
        }.joined()
    }

    private func line(name: String, count: (DueColumn) -> Int) -> String {
        TextFitting.fit(name, width: Self.nameWidth) + DueColumn.allCases.map { column in
            let number = String(count(column))
            return String(repeating: " ", count: max(1, Self.columnWidth - number.count)) + number
        }.joined()
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .sortColumn:
            let selectedName = rows.indices.contains(list.selected) ? rows[list.selected].teacherName : nil
            sortedBy = sortedBy.next
            rows = DueTable.sorted(rows, by: sortedBy)
            // The selection stays on the same teacher.
            list.select(rows.firstIndex { $0.teacherName == selectedName } ?? 0)
        case .open:
            guard rows.indices.contains(list.selected) else { return true }
            let teacher = rows[list.selected]
            let now = app.backend.now()
            let strings = app.strings
            let items = teacher.overdue.map { ($0, true) } + teacher.today.map { ($0, false) } + teacher.closingSoon.map { ($0, false) }
            app.push(TextOverlayScreen(
                title: strings.teacherDueHeading(teacher),
                lines: items.map { HelpText.Line(text: strings.dueLine($0.0, overdue: $0.1, now: now), isTitle: false) }
            ))
        default: return false
        }
        return true
    }
}
