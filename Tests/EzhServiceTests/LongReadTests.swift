import EzhCore
@testable import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Long reads (the access log, the access report, `ezh audit log`) never hold the write lock,
/// stream rather than hold the log in memory, and show names where the log stores ids.
final class LongReadTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        let teacher = try school.signIn("teacher")
        let grid = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        let column = try school.service.setMark(
            teacher, page: TestSchool.mathPage, column: try XCTUnwrap(grid.columns.last), pupil: TestSchool.ivanova, value: .grade(5),
            replacing: nil
        )
        _ = try school.service.markHistory(teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.ivanova)
        _ = try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
    }

    override func tearDown() {
        school.remove()
    }

    /// A write from another connection, as another terminal's process makes it, that gives up
    /// after `timeout` seconds if someone holds the write lock.
    private func writeFromAnotherProcess(timeout: TimeInterval = 0.3) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(timeout)
        let other = try DatabaseQueue(path: school.store.path, configuration: configuration)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS probe (n INTEGER); INSERT INTO probe VALUES (1)")
            try db.execute(sql: "COMMIT")
        }
    }

    func testAReadOfPersonalDataLeavesTheWriteLockFreeWhileItReads() throws {
        let deputy = try school.signIn("deputy")
        let before = try school.count("SELECT count(*) FROM access_log")
        let rows = try school.service.loggedRead(deputy, .report, object: "проверка") { db in
            XCTAssertNoThrow(try writeFromAnotherProcess(), "a teacher's write must not wait for a reader")
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM access_log") ?? 0
        }
        XCTAssertEqual(rows, before, "the read saw one snapshot")
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE object = 'проверка'"), 1, "and was logged")
    }

    func testARefusedReadLeavesNoEntry() throws {
        let teacher = try school.signIn("teacher")
        let before = try school.count("SELECT count(*) FROM access_log")
        XCTAssertThrowsError(try school.service.accessReport(teacher, filter: AccessLogFilter()))
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log"), before)
    }

    func testTheShellLogStreamsWithoutBlockingWriters() throws {
        var seen: [Int64] = []
        let count = try school.service.accessLogFromShell(filter: AccessLogFilter(), osUser: "root") { entry in
            if seen.isEmpty { XCTAssertNoThrow(try self.writeFromAnotherProcess(), "writers go on while the log streams") }
            seen.append(entry.row.seq)
        }
        XCTAssertEqual(count, seen.count)
        XCTAssertEqual(seen, seen.sorted(by: >), "newest first")
        let shellEntry = try school.count("SELECT max(seq) FROM access_log WHERE login = 'os:root' AND object = 'ezh audit log'")
        XCTAssertEqual(seen.first, Int64(shellEntry), "the reading is logged before the first row is handed over")
        XCTAssertEqual(try school.service.verifyAccessLog(), .intact(entries: try school.count("SELECT count(*) FROM access_log")))
    }

    func testTheLogNamesPupilsClassesSubjectsAndDaysNeverIds() throws {
        let admin = try school.signIn("admin")
        let objects = try school.service.accessLog(admin, filter: AccessLogFilter()).map(\.object)
        XCTAssertTrue(objects.contains("оценка: Иванова А., 5А Математика, 27.11"), "\(objects)")
        XCTAssertTrue(objects.contains("история (оценка): Иванова А., 5А Математика, 27.11"), "\(objects)")
        XCTAssertTrue(objects.contains("урок 5А Математика, 27.11: тема"), "\(objects)")
        XCTAssertTrue(objects.contains("задание урока: 5А Математика, 27.11: вид работы"), "\(objects)")
        for id in ["assignment=", "pupil=", "lesson="] {
            XCTAssertFalse(objects.contains { $0.contains(id) }, "\(id) in \(objects)")
        }
        let stored = try school.store.pool.read { try String.fetchAll($0, sql: "SELECT object FROM access_log") }
        XCTAssertTrue(stored.contains { $0.hasPrefix("mark assignment=") }, "the stored, hashed text stays as written")
    }

    func testTheParentsDiaryReadIsNamed() throws {
        let parent = try school.signIn("parent")
        _ = try school.service.diary(parent, pupil: TestSchool.ivanova)
        let admin = try school.signIn("admin")
        let reads = try school.service.accessLog(admin, filter: AccessLogFilter(login: "parent", action: "read"))
        XCTAssertEqual(reads.map(\.object), ["дневник: Иванова А."])
    }

    func testTheAccessReportHasAPeriodColumnAndNames() throws {
        let deputy = try school.signIn("deputy")
        let rows = try school.service.accessReport(deputy, filter: AccessLogFilter(classID: ClassID(1)))
        let mark = try XCTUnwrap(rows.first { $0.object.hasPrefix("оценка") })
        XCTAssertEqual(mark.className, "5А")
        XCTAssertEqual(mark.subject, "Математика")
        XCTAssertEqual(mark.period, "2 четверть")
        XCTAssertEqual(mark.lessonDate, "27.11.2026")
        XCTAssertEqual(mark.at, "27.11.2026 12:00")
        XCTAssertEqual(mark.object, "оценка: Иванова А., 5А Математика, 27.11")
        XCTAssertTrue(rows.allSatisfy { !$0.className.isEmpty }, "only entries about a class's journal")
        XCTAssertFalse(rows.contains { $0.object.contains("=") }, "\(rows.map(\.object))")
    }

    func testTheReportSaysWhatTheLogSaysOfEachJournalEntry() throws {
        let admin = try school.signIn("admin")
        var journal = AccessLogFilter(classID: ClassID(1))
        journal.journalOnly = true
        let logged = try school.service.accessLog(admin, filter: journal)
        let report = try school.service.accessReport(try school.signIn("deputy"), filter: AccessLogFilter(classID: ClassID(1)))
        XCTAssertFalse(report.isEmpty)
        var times = StoredInstantText(zone: school.service.timeZone)
        XCTAssertEqual(report.map(\.object), logged.map(\.object), "the same entries, newest first, in the same words")
        for (row, entry) in zip(report, logged) {
            XCTAssertEqual(row.at, times.dateTime(entry.row.at))
            XCTAssertEqual(row.user, entry.row.login)
            XCTAssertEqual([row.className, row.subject, row.period], [entry.className ?? "", entry.subject ?? "", entry.period ?? ""])
            XCTAssertEqual(row.lessonDate, entry.row.lessonDate.flatMap { LocalDate(iso: $0)?.russian } ?? "")
            XCTAssertEqual(row.action, AuditAction(rawValue: entry.row.action)?.name(in: .ru))
            XCTAssertEqual(row.permission, entry.row.permissionID)
        }
    }

    func testTheReportAndTheLogAreCutAtTheFiltersLimit() throws {
        let deputy = try school.signIn("deputy")
        XCTAssertEqual(try school.service.accessReport(deputy, filter: AccessLogFilter(limit: 2)).count, 2)
        let admin = try school.signIn("admin")
        XCTAssertEqual(try school.service.accessLog(admin, filter: AccessLogFilter(limit: 3)).map(\.row.seq).count, 3)
    }

    func testTheDeputysOverviewShowsEachTeachersOwnPanel() throws {
        let deputy = try school.signIn("deputy")
        let all = try school.service.dueOverviewOfAllTeachers(deputy)
        for login in ["teacher", "other"] {
            let own = try school.service.dueOverview(try school.signIn(login))
            guard !own.isEmpty else { continue }
            let seen = try XCTUnwrap(all.first { $0.teacherName == own.teacherName }, login)
            XCTAssertEqual(seen.today, own.today, login)
            XCTAssertEqual(seen.overdue, own.overdue, login)
            XCTAssertEqual(seen.closingSoon, own.closingSoon, login)
        }
        XCTAssertFalse(all.isEmpty)
    }

    func testOnlyPlannedWorksWhoseWindowClosesWithinTwoDaysAreListedAsClosingSoon() throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room,
                                    scheduled_teacher_id) VALUES
                    (20, 1, 1, 1, '2026-11-18', 2, '09:25', '10:10', '21', 1),
                    (21, 1, 1, 1, '2026-11-20', 2, '09:25', '10:10', '21', 1),
                    (22, 1, 1, 1, '2026-11-24', 2, '09:25', '10:10', '21', 1);
                INSERT INTO assignment (lesson_id, work_type_id) VALUES (20, 2), (21, 2), (22, 2);
                """)
        }
        let due = try school.service.dueOverview(try school.signIn("teacher"))
        XCTAssertEqual(due.closingSoon.map(\.lesson.date), [LocalDate(year: 2026, month: 11, day: 20)],
                       "a week's window: the 18th's closed, the 24th's closes in four days")
        XCTAssertEqual(due.closingSoon.first?.detail, "Контрольная работа: 4 из 4 без отметки")
    }
}
