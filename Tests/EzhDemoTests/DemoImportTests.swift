import EzhCore
@testable import EzhDemo
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// The demo in a real journal file: its structure came through the same imports a school
/// uses, its year's history is written as the service writes it, its accounts sign in, and no
/// second school goes on top of the first.
final class DemoImportTests: XCTestCase {
    private var store: JournalStore { DemoFixture.imported.store }
    private func count(_ sql: String) -> Int { DemoFixture.count(sql) }

    func testCreatingTheDemoTakesSeconds() {
        let seconds = DemoFixture.imported.seconds
        print(String(
            format: "Standard demo: generated, imported and filled in %.2f s: %d pupils, %d lessons, %d marks, %d attendance rows",
            seconds, count("SELECT count(*) FROM pupil"), count("SELECT count(*) FROM lesson"), count("SELECT count(*) FROM mark"),
            count("SELECT count(*) FROM attendance")
        ))
        XCTAssertLessThan(seconds, 180, "a gross slowdown; a debug build on two cores shared with other builds measures 40-115 s")
    }

    func testEveryKindWasImportedByTheAdministratorInImportOrder() {
        let imports = DemoFixture.rows("""
            SELECT login, terminal, object FROM access_log WHERE action = 'change' AND object LIKE 'import %' ORDER BY seq
            """)
        XCTAssertEqual(imports.map { ($0["object"] as String).split(separator: " ")[1] }, ImportKind.allCases.map { Substring($0.rawValue) })
        XCTAssertTrue(imports.allSatisfy { $0["login"] == "admin" && $0["terminal"] == "demo" })
        for entry in imports {
            XCTAssertFalse((entry["object"] as String).contains("added 0,"), entry["object"] as String)
        }
        XCTAssertEqual(count("SELECT count(*) FROM change_history WHERE entity = 'lessons' AND field = 'generated'"), 1,
                       "the timetable's import made the lessons; generating again changed nothing")
        XCTAssertEqual(count("SELECT count(*) FROM school WHERE is_demo = 1"), 1)
        XCTAssertEqual(DemoFixture.rows("PRAGMA foreign_key_check").count, 0)
    }

    func testTheDemosOwnFilesImportAgainWithNothingToChange() throws {
        let school = DemoSchoolGenerator(now: DemoFixture.now).generate()
        // As on the morning the school was set up: the lists are those of the year's first day.
        let morning = DemoFixture.instant(LocalDate(year: 2026, month: 9, day: 1), TimeOfDay(hour: 7, minute: 0))
        let service = try JournalService(store: store, clock: ManualClock(morning), terminal: TerminalInfo(tty: "test"))
        let admin = try service.signIn(login: "admin", password: DemoSchoolGenerator.demoPassword)
        let before = count("SELECT count(*) FROM change_history")
        for file in school.files {
            let report = try DemoImports.run(file, service, admin, dryRun: true)
            XCTAssertEqual(report.added, 0, "\(file.kind)")
            XCTAssertEqual(report.changed, 0, "\(file.kind)")
            XCTAssertEqual(report.unchanged, file.table.rows.count, "\(file.kind)")
        }
        XCTAssertEqual(count("SELECT count(*) FROM change_history"), before, "a dry run writes nothing")
    }

    func testEveryMarkAndAttendanceRowHasItsHistoryRow() throws {
        XCTAssertEqual(
            count("SELECT count(*) FROM change_history WHERE entity IN ('mark', 'attendance')"),
            count("SELECT count(*) FROM mark") + count("SELECT count(*) FROM attendance")
        )
        // Rows of each table with no history row just like it (EXCEPT sorts, so no nested scan).
        XCTAssertEqual(count("""
            SELECT count(*) FROM (
                SELECT 'assignment=' || assignment_id || ';pupil=' || pupil_id, value, changed_by, changed_at FROM mark
                EXCEPT
                SELECT entity_key, new_value, account_id, changed_at FROM change_history
                 WHERE entity = 'mark' AND field = 'value' AND old_value IS NULL AND terminal = 'demo')
            """), 0)
        XCTAssertEqual(count("""
            SELECT count(*) FROM (
                SELECT 'lesson=' || lesson_id || ';pupil=' || pupil_id, code, changed_by, changed_at FROM attendance
                EXCEPT
                SELECT entity_key, new_value, account_id, changed_at FROM change_history
                 WHERE entity = 'attendance' AND field = 'code' AND old_value IS NULL AND terminal = 'demo')
            """), 0)
        XCTAssertEqual(count("""
            SELECT count(*) FROM change_history
             WHERE changed_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
            """), 0)
        XCTAssertEqual(count("""
            SELECT count(*) FROM (SELECT changed_at < lag(changed_at) OVER (ORDER BY id) AS earlier FROM change_history)
             WHERE earlier
            """), 0, "history ids grow with time: the setup first, then the year")
    }

    func testHistoryRowsCarryTheirLessonForTheAccessReport() throws {
        XCTAssertEqual(count("""
            SELECT count(*) FROM change_history
             WHERE entity IN ('mark', 'attendance') AND (class_id IS NULL OR subject_id IS NULL OR lesson_date IS NULL)
            """), 0)
        XCTAssertEqual(count("""
            SELECT count(*) FROM change_history h JOIN attendance a
              ON h.entity = 'attendance' AND h.entity_key = 'lesson=' || a.lesson_id || ';pupil=' || a.pupil_id
            JOIN lesson l ON l.id = a.lesson_id
            WHERE h.class_id <> l.class_id OR h.subject_id <> l.subject_id OR h.lesson_date <> l.date
            """), 0)
    }

    func testHeldLessonsHaveTheirRegisterTakenAndTheAccessLogIsIntact() throws {
        let held = count("SELECT count(*) FROM lesson WHERE attendance_taken_at IS NOT NULL")
        XCTAssertGreaterThan(held, 5_000)
        XCTAssertEqual(count("SELECT count(*) FROM lesson WHERE topic <> ''"), held)
        XCTAssertEqual(count("SELECT count(*) FROM access_log WHERE history_id IS NOT NULL"), count("SELECT count(*) FROM change_history"),
                       "every history row has its access-log entry")
        try store.pool.read { db in
            guard case .intact = try AccessLog.verify(db) else { return XCTFail("the access log's chain is broken") }
        }
    }

    func testTheServiceListsTheDemoAccountsAndSignsTheTeacherIn() throws {
        let service = try JournalService(
            store: store, clock: ShiftedClock(startingAt: DemoFixture.now), terminal: TerminalInfo(tty: "test")
        )
        XCTAssertTrue(service.isDemo)
        XCTAssertEqual(service.demoAccounts().map(\.login), DemoSchoolGenerator.demoAccounts.map(\.login))
        XCTAssertEqual(service.demoAccounts().first { $0.login == "teacher" }?.description,
                       "учитель математики 5А, 5Б; классный руководитель 5А")
        let session = try service.signIn(login: "teacher", password: DemoSchoolGenerator.demoPassword)
        XCTAssertEqual(session.roles, [.teacher, .classTeacher])
        XCTAssertFalse(session.mustChangePassword)
    }

    func testDemoPasswordSignsEveryAccountIn() throws {
        let hashes = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT password_hash FROM account WHERE login IN ('admin', 'teacher', 'parent', 'pupil')")
        }
        XCTAssertEqual(hashes.count, 4)
        for hash in hashes {
            XCTAssertTrue(PasswordHasher.verify(DemoSchoolGenerator.demoPassword, against: hash))
            XCTAssertFalse(PasswordHasher.verify("Demo", against: hash))
        }
    }

    func testTheDemoPasswordIsRefusedOnARealSchool() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-real-\(UUID().uuidString).sqlite").path
        let clock = ManualClock(DemoFixture.now)
        let real = try JournalStore.create(at: path) { store in
            try JournalService.createSchool(
                in: store, name: "Школа", timeZone: "Europe/Moscow", administrator: "admin", password: "Длинный-пароль-1", clock: clock
            )
        }
        let service = try JournalService(store: real, clock: SystemClock(), terminal: TerminalInfo(tty: "test"))
        XCTAssertThrowsError(try service.settleDemoAccounts(password: "demo", hints: []))
        XCTAssertThrowsError(try service.signIn(login: "admin", password: "demo"))
        XCTAssertEqual(try real.pool.read { try Int.fetchOne($0, sql: "SELECT must_change_password FROM account") }, 1)
    }

    func testASecondDemoIsRefusedAndChangesNothing() throws {
        let before = count("SELECT count(*) FROM lesson")
        XCTAssertThrowsError(try createDemoSchool(at: store.path, now: DemoFixture.now))
        XCTAssertEqual(count("SELECT count(*) FROM lesson"), before)
    }
}
