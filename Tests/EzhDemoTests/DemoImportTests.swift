import EzhCore
import EzhDemo
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// The demo in a real journal file: every row imported, the history as the service writes it,
/// accounts that sign in, and no second school on top of the first.
final class DemoImportTests: XCTestCase {
    private var store: JournalStore { DemoFixture.imported.store }
    private var data: SchoolDataset { DemoFixture.dataset }

    func testGenerateAndImportTakeAFewSeconds() {
        let seconds = DemoFixture.imported.seconds
        print(String(
            format: "Standard demo: generate + import took %.2f s (generating alone %.2f s): %d pupils, %d lessons, %d marks, %d attendance rows",
            seconds, DemoFixture.generated.seconds, data.pupils.count, data.lessons.count, data.marks.count,
            data.attendance.count
        ))
        XCTAssertLessThan(seconds, 40, "a debug build on two busy cores")
    }

    func testEveryRowIsImported() throws {
        let counts = DemoFingerprint.rowCounts(data)
        try store.pool.read { db in
            for (table, expected) in counts {
                XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)"), expected, table)
            }
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM school WHERE is_demo = 1"), 1)
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0)
        }
    }

    func testEveryMarkAndAttendanceRowHasItsHistoryRow() throws {
        try store.pool.read { db in
            let history = try Int.fetchOne(db, sql: "SELECT count(*) FROM change_history")
            XCTAssertEqual(history, data.marks.count + data.attendance.count)
            // Rows of each table with no history row just like it (EXCEPT sorts, so no nested scan).
            let marksWithoutHistory = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (
                    SELECT 'assignment=' || assignment_id || ';pupil=' || pupil_id, value, changed_by, changed_at FROM mark
                    EXCEPT
                    SELECT entity_key, new_value, account_id, changed_at FROM change_history
                     WHERE entity = 'mark' AND field = 'value' AND old_value IS NULL AND terminal = 'demo')
                """)
            XCTAssertEqual(marksWithoutHistory, 0)
            let attendanceWithoutHistory = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (
                    SELECT 'lesson=' || lesson_id || ';pupil=' || pupil_id, code, changed_by, changed_at FROM attendance
                    EXCEPT
                    SELECT entity_key, new_value, account_id, changed_at FROM change_history
                     WHERE entity = 'attendance' AND field = 'code' AND old_value IS NULL AND terminal = 'demo')
                """)
            XCTAssertEqual(attendanceWithoutHistory, 0)
            let badInstants = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM change_history
                 WHERE changed_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
                """)
            XCTAssertEqual(badInstants, 0)
            let outOfOrder = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT changed_at < lag(changed_at) OVER (ORDER BY id) AS earlier FROM change_history)
                 WHERE earlier
                """)
            XCTAssertEqual(outOfOrder, 0, "history ids grow with time")
        }
    }

    func testHistoryRowsCarryTheirLessonForTheAccessReport() throws {
        try store.pool.read { db in
            let unscoped = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM change_history WHERE class_id IS NULL OR subject_id IS NULL OR lesson_date IS NULL
                """)
            XCTAssertEqual(unscoped, 0)
            let misplaced = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM change_history h JOIN attendance a
                  ON h.entity = 'attendance' AND h.entity_key = 'lesson=' || a.lesson_id || ';pupil=' || a.pupil_id
                JOIN lesson l ON l.id = a.lesson_id
                WHERE h.class_id <> l.class_id OR h.subject_id <> l.subject_id OR h.lesson_date <> l.date
                """)
            XCTAssertEqual(misplaced, 0)
        }
    }

    func testHeldLessonsHaveTheirRegisterTakenAndTheAccessLogIsIntact() throws {
        try store.pool.read { db in
            let held = data.lessons.filter { $0.attendanceTakenAt != nil }.count
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson WHERE attendance_taken_at IS NOT NULL"), held)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson WHERE topic <> ''"), held)
            let changes = data.marks.count + data.attendance.count
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM access_log WHERE action = 'change'"), changes)
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
    }

    func testDemoPasswordSignsEveryAccountIn() throws {
        let hashes = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT password_hash FROM account WHERE login IN ('teacher', 'parent', 'pupil')")
        }
        XCTAssertEqual(hashes.count, 3)
        for hash in hashes {
            XCTAssertTrue(PasswordHasher.verify(DemoSchoolGenerator.demoPassword, against: hash))
            XCTAssertFalse(PasswordHasher.verify("Demo", against: hash))
        }
    }

    func testASecondImportIsRefusedAndChangesNothing() throws {
        let before = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson") }
        XCTAssertThrowsError(try importDataset(data, into: store)) { error in
            XCTAssertEqual(error as? DatasetImportError, .schoolAlreadyExists)
        }
        let after = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson") }
        XCTAssertEqual(before, after)
    }
}
