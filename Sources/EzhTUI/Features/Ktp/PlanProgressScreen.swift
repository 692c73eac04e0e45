import EzhCore
import EzhService

/// «Дано по КТП» of one teaching: the hours due by today against the lessons given, then each
/// plan row with its due day and the lessons that covered it («!» due and not given, «✓» given).
final class PlanProgressScreen: Screen {
    private let page: JournalPage
    private var progress: PlanProgress?
    private var list = SelectableList()
    private var itemRows: [Int: Int] = [:]

    init(page: JournalPage) {
        self.page = page
    }

    var context: KeyContext { .ktp }

    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            progress = try app.backend.planProgress(session, page: page, on: nil)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = progress?.rows.count ?? 0
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        guard let progress else { return }
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.progressTitle(page, progress.day), right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let summary = strings.progressSummary(planned: progress.plannedToDate, given: progress.givenToDate, total: progress.plannedHours)
        buffer.put(summary, row: 2, column: 1, style: progress.difference < 0 ? .bold : .plain, maxWidth: buffer.columns - 2)
        if progress.rows.isEmpty { buffer.put(strings.progressNoPlan, row: 4, column: 1, style: CellStyle(dim: true)) }
        let rows = progress.rows
        itemRows = list.draw(into: &buffer, row: 4, height: buffer.rows - 6, left: 1, width: buffer.columns - 2,
                             text: { strings.progressRow(rows[$0], day: progress.day) }, selectedStyle: { _ in .selection })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: itemRows, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        performListAction(action, list: &list, app: app)
    }
}

/// The deputy's «выполнение КТП»: every teaching of the year as a table of teacher, class and
/// subject, plan hours due by today, lessons given and the difference, the furthest behind first.
final class PlanOverviewScreen: Screen {
    private var lines: [PlanProgressLine] = []
    private var day: LocalDate?
    private var list = SelectableList()
    private var itemRows: [Int: Int] = [:]

    var context: KeyContext { .ktp }

    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            let overview = try app.backend.planProgressOverview(session, on: nil)
            lines = overview.lines
            day = overview.day
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = lines.count
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        guard let day else { return }
        Chrome.drawTitleBar(&buffer, left: strings.overviewTitle(day), right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let width = buffer.columns - 2
        let numbers = 8
        // Each line: the list's «▸ », teacher, a space, class and subject, three numbers.
        let teacherWidth = max(12, (width - 3 * numbers - 3) * 2 / 5)
        let pageWidth = max(12, width - 3 * numbers - teacherWidth - 3)
        let header = strings.overviewHeader
        let row = { (teacher: String, page: String, planned: String, given: String, difference: String) -> String in
            TextFitting.fit(teacher, width: teacherWidth) + " " + TextFitting.fit(page, width: pageWidth)
                + TextFitting.fit(planned, width: numbers, alignment: .right) + TextFitting.fit(given, width: numbers, alignment: .right)
                + TextFitting.fit(difference, width: numbers, alignment: .right)
        }
        buffer.putPadded("  " + row(header.teacher, header.page, header.planned, header.given, header.difference), row: 2, column: 1,
                         width: width, style: .header)
        if lines.isEmpty { buffer.put(strings.overviewEmpty, row: 3, column: 1, style: CellStyle(dim: true)) }
        let lines = lines
        itemRows = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, left: 1, width: width, text: { index in
            let line = lines[index]
            let difference = line.plannedHours == 0 ? strings.overviewNoPlan : line.difference > 0 ? "+\(line.difference)" : "\(line.difference)"
            return row(line.teacher.withInitials, line.page.title, "\(line.plannedToDate)", "\(line.givenToDate)", difference)
        }, style: { lines[$0].difference < 0 ? .bold : .plain }, selectedStyle: { _ in .selection })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: itemRows, select: { list.select($0) }, app: app)
    }

    /// Enter opens the selected teaching's own «given vs planned».
    func perform(_ action: Action, app: Application) -> Bool {
        if action == .editCell, lines.indices.contains(list.selected) {
            app.push(PlanProgressScreen(page: lines[list.selected].page))
            return true
        }
        return performListAction(action, list: &list, app: app)
    }
}
