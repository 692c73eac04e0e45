import EzhCore
import EzhService
import EzhStore
import EzhTUI
import Foundation
import GRDB

/// Every benchmark of docs/performance.md, each against a baseline measured in the same run.
/// The school must already exist at `databasePath` (made by `ezh init --demo --size large` in
/// another process, so generating it does not count toward this process's memory).
public struct BenchmarkSuite {
    public let databasePath: String
    public let iterations: Int
    public let keymaps: KeymapLoader

    public init(databasePath: String, iterations: Int = 200, keymaps: KeymapLoader = .standard()) {
        self.databasePath = databasePath
        self.iterations = iterations
        self.keymaps = keymaps
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        progress("start-up")
        results.append(try startup())
        let service = try openService()
        progress("grid and mark entry")
        results += try gridAndEntry(service)
        progress("aggregates")
        results.append(try aggregates(service))
        results.append(BenchmarkResult(
            name: "peak memory, large school open", measured: nil, budget: .megabytes(100),
            megabytes: MemoryProbe.peakMegabytes()
        ))
        return results
    }

    private func openService() throws -> JournalService {
        try JournalService(
            store: JournalStore(path: databasePath), clock: ShiftedClock(startingAt: BenchmarkSchool.moment),
            terminal: TerminalInfo(tty: "bench")
        )
    }

    /// Opening the database, the service and the keymap, and drawing the login screen, against
    /// opening the file and reading one row with bare SQLite.
    private func startup() throws -> BenchmarkResult {
        let count = max(5, iterations / 10)
        let measured = try Samples.measure(count: count) {
            let service = try openService()
            let app = Application(backend: service, keymaps: keymaps, language: .ru)
            _ = app.render(size: TerminalSize(rows: 24, columns: 80))
        }
        let baseline = try Samples.measure(count: count) {
            let queue = try DatabaseQueue(path: databasePath)
            _ = try queue.read { try String.fetchOne($0, sql: "SELECT name FROM school") }
        }
        return BenchmarkResult(
            name: "start-up to the login screen", measured: measured, baseline: baseline,
            baselineName: "open file + 1 row", budget: .none
        )
    }

    /// The teacher's path through the real interface: Enter on today's lesson opens the marks
    /// grid (load, layout, render); typing a mark writes it (rules, history, access log, durable
    /// commit) and redraws.
    private func gridAndEntry(_ service: JournalService) throws -> [BenchmarkResult] {
        let size = TerminalSize(rows: 30, columns: 100)
        let app = Application(backend: service, keymaps: keymaps, language: .ru)
        let keys: [Key] = "teacher".map(Key.character) + [.enter] + "demo".map(Key.character) + [.enter]
        keys.forEach(app.handle)
        _ = app.render(size: size)
        let session = try service.signIn(login: "teacher", password: "demo")
        guard let lesson = try service.home(session).todaysLessons.first else {
            throw JournalError.notFound(BilingualText("урок учителя в день замера \(BenchmarkSchool.day.russian)", "a lesson of the teacher on the day measured"))
        }
        let period = try service.periods(for: lesson.page).first { $0.span.contains(lesson.date) }!
        let store = try JournalStore(path: databasePath)

        let (open, rawOpen) = try Samples.interleaved(count: iterations, {
            app.handle(.enter)
            _ = app.render(size: size)
            app.handle(.escape)
        }, baseline: {
            try rawGridCells(store, page: lesson.page, span: period.span)
        })

        app.handle(.enter)
        guard app.render(size: size).text().contains(lesson.page.subjectName) else {
            throw JournalError.notFound(BilingualText("сетка «\(lesson.page.title)» на экране (Enter не открыл её)", "the grid on the screen"))
        }
        var value = 4
        let bare = try BareDurableInserts(besides: databasePath)
        let (entry, bareForEntry) = try Samples.interleaved(count: iterations, {
            value = 9 - value
            app.handle(.character(Character(String(value))))
            _ = app.render(size: size)
            app.handle(.up)
        }, baseline: bare.insertOne)
        guard try service.markHistory(
            session, page: lesson.page,
            column: try service.marksGrid(session, page: lesson.page, period: period.id).columns.first { $0.lessonID == lesson.lessonID }!,
            pupil: try service.marksGrid(session, page: lesson.page, period: period.id).pupils.first!.id
        ).count >= iterations else {
            throw JournalError.notFound(BilingualText("отметки, введённые при замере (ввод не дошёл до базы)", "the marks typed while measuring"))
        }
        let redraw = Samples.measure(count: iterations) { _ = app.render(size: size) }
        // The same write without the interface, to tell the service's share from the screen's.
        let marksGrid = try service.marksGrid(session, page: lesson.page, period: period.id)
        var column = marksGrid.columns.first { $0.lessonID == lesson.lessonID }!
        let pupil = marksGrid.pupils.last!.id
        var shown = marksGrid.columns.firstIndex(of: column).flatMap { marksGrid.value(pupil: pupil, column: $0) }
        let (serviceOnly, bareForService) = try Samples.interleaved(count: iterations, {
            value = 9 - value
            column = try service.setMark(session, page: lesson.page, column: column, pupil: pupil, value: .grade(value), replacing: shown)
            shown = .grade(value)
        }, baseline: bare.insertOne)
        return [
            BenchmarkResult(
                name: "open a marks grid (UI, end to end)", measured: open, baseline: rawOpen,
                baselineName: "raw SQL of its cells", budget: .p99Milliseconds(20)
            ),
            BenchmarkResult(
                name: "enter one mark (UI, end to end)", measured: entry, baseline: bareForEntry,
                baselineName: "bare durable insert", budget: .ratio(3)
            ),
            BenchmarkResult(name: "redraw an open grid", measured: redraw, budget: .none),
            BenchmarkResult(
                name: "enter one mark (service only)", measured: serviceOnly, baseline: bareForService,
                baselineName: "bare durable insert", budget: .none
            ),
        ]
    }

    /// The same cells the grid shows, in one bare query.
    private func rawGridCells(_ store: JournalStore, page: JournalPage, span: DateSpan) throws {
        _ = try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.id, l.date, l.lesson_number, a.id, a.work_type_id, m.pupil_id, m.value
                FROM lesson l LEFT JOIN assignment a ON a.lesson_id = l.id LEFT JOIN mark m ON m.assignment_id = a.id
                WHERE l.class_id = ? AND l.subject_id = ? AND ifnull(l.subgroup_id, 0) = ? AND l.date BETWEEN ? AND ?
                """, arguments: [
                    page.classID.rawValue, page.subjectID.rawValue, page.subgroupID?.rawValue ?? 0, span.first.iso, span.last.iso,
                ])
        }
    }

    /// The school-wide averages per class and subject for the last period, through the service
    /// (access check, access log entry, plain and weighted), against the plain aggregate.
    private func aggregates(_ service: JournalService) throws -> BenchmarkResult {
        let deputy = try service.signIn(login: "deputy", password: "demo")
        let span = DateSpan(BenchmarkSchool.day.adding(days: -56), BenchmarkSchool.day)
        let count = max(5, iterations / 10)
        let measured = try Samples.measure(count: count) {
            _ = try service.averagesByClassAndSubject(deputy, span: span)
        }
        let store = try JournalStore(path: databasePath)
        let baseline = try Samples.measure(count: count) {
            _ = try store.pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT l.class_id, l.subject_id, avg(CAST(m.value AS INTEGER))
                    FROM lesson l JOIN assignment a ON a.lesson_id = l.id JOIN mark m ON m.assignment_id = a.id
                    WHERE l.date BETWEEN ? AND ? AND m.value <> '.'
                    GROUP BY l.class_id, l.subject_id
                    """, arguments: [span.first.iso, span.last.iso])
            }
        }
        return BenchmarkResult(
            name: "averages per class and subject", measured: measured, baseline: baseline,
            baselineName: "plain SQL aggregate", budget: .ratio(2)
        )
    }
}
