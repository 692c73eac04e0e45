import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

final class AccessLogTests: XCTestCase {
    private var school: TestSchool!

    override func setUpWithError() throws {
        school = try TestSchool()
        let teacher = try school.signIn("teacher")
        let grid = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        var column = try XCTUnwrap(grid.columns.last)
        for (pupil, mark) in [(TestSchool.ivanova, 5), (TestSchool.alexeev, 4), (TestSchool.yakovleva, 3)] {
            column = try school.service.setMark(teacher, page: TestSchool.mathPage, column: column, pupil: pupil, value: .grade(mark), replacing: nil)
        }
        school.service.signOut(teacher)
        XCTAssertThrowsError(try school.service.signIn(login: "teacher", password: "nope"))
    }

    override func tearDown() {
        school.remove()
    }

    private func entries() throws -> [AccessLogRow] {
        try school.store.pool.read { try AccessLogQueries.entries(AccessLogFilter(), $0) }.reversed()
    }

    func testTheLogRecordsSignInsReadsChangesAndFailures() throws {
        let actions = try entries().map(\.action)
        // The first mark of the lesson makes its column: the column's work type is a change too.
        XCTAssertEqual(actions, ["sign_in", "open_page", "change", "change", "change", "change", "sign_out", "sign_in_failed"])
        let change = try XCTUnwrap(try entries().first { $0.action == "change" })
        XCTAssertEqual(change.classID, ClassID(1))
        XCTAssertEqual(change.subjectID, SubjectID(1))
        XCTAssertEqual(change.lessonDate, "2026-11-27")
        XCTAssertEqual(change.terminal, "pts/7")
        XCTAssertNotNil(change.historyID)
        XCTAssertEqual(try school.service.verifyAccessLog(), .intact(entries: 8))
    }

    func testNoPasswordEverReachesTheLogOrTheHistory() throws {
        XCTAssertThrowsError(try school.service.signIn(login: "secret-teacher", password: "x"))
        let session = try school.signIn("teacher")
        _ = try school.service.changePassword(session, old: "secret-teacher", new: "Новый-пароль-2026")
        let text = try school.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT login || object || detail FROM access_log")
                + String.fetchAll(db, sql: "SELECT ifnull(old_value, '') || ifnull(new_value, '') FROM change_history")
        }.joined()
        XCTAssertFalse(text.contains("secret-teacher"))
        XCTAssertFalse(text.contains("Новый-пароль-2026"))
        XCTAssertFalse(text.contains("nope"))
    }

    func testTheDatabaseRefusesToUpdateOrDeleteLogAndHistoryRows() throws {
        for sql in [
            "UPDATE access_log SET login = 'x' WHERE seq = 1", "DELETE FROM access_log WHERE seq = 1",
            "UPDATE change_history SET new_value = '2'", "DELETE FROM change_history",
        ] {
            XCTAssertThrowsError(try school.store.pool.write { try $0.execute(sql: sql) }, sql)
        }
    }

    /// Tampering with the sqlite3 shell, triggers dropped first, as someone with the file would.
    private func tamper(_ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [school.store.path, """
            DROP TRIGGER access_log_is_append_only_update; DROP TRIGGER access_log_is_append_only_delete;
            DROP TRIGGER change_history_is_append_only_update; DROP TRIGGER change_history_is_append_only_delete;
            \(sql)
            """]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    private func assertBroken(at seq: Int64, _ reason: AuditVerification.Reason, file: StaticString = #filePath, line: UInt = #line) throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"), "the sqlite3 shell is not installed")
        XCTAssertEqual(try school.service.verifyAccessLog(), .broken(seq: seq, reason: reason), file: file, line: line)
    }

    func testAnUpdatedRowIsNamed() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"))
        try tamper("UPDATE access_log SET login = 'director' WHERE seq = 3;")
        try assertBroken(at: 3, .changed)
    }

    func testADeletedRowIsNamed() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"))
        try tamper("DELETE FROM access_log WHERE seq = 4;")
        try assertBroken(at: 5, .removedBefore(expected: 4))
    }

    func testAnInsertedRowIsNamed() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"))
        try tamper("""
            CREATE TEMP TABLE t AS SELECT * FROM access_log WHERE seq >= 3;
            DELETE FROM access_log WHERE seq >= 3;
            INSERT INTO access_log SELECT 3, at, account_id, 'intruder', role, terminal, action, object, class_id, subject_id,
                lesson_date, period_id, NULL, late_permission_id, detail, prev_hash, 'forged' FROM t WHERE seq = 3;
            INSERT INTO access_log SELECT seq + 1, at, account_id, login, role, terminal, action, object, class_id, subject_id,
                lesson_date, period_id, history_id, late_permission_id, detail, prev_hash, hash FROM t;
            """)
        try assertBroken(at: 3, .changed)
    }

    func testReorderedRowsAreNamed() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"))
        try tamper("""
            UPDATE access_log SET seq = -3 WHERE seq = 3;
            UPDATE access_log SET seq = 3 WHERE seq = 4;
            UPDATE access_log SET seq = 4 WHERE seq = -3;
            """)
        try assertBroken(at: 3, .changed)
    }

    func testRemovingTheLastEntriesIsCaughtThroughTheHistory() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"))
        try tamper("DELETE FROM access_log WHERE seq >= 5;")
        try assertBroken(at: 5, .unloggedChange(historyID: 3))
    }

    func testFiveFailuresLockTheAccountForFiveMinutes() throws {
        for _ in 1...4 {
            XCTAssertThrowsError(try school.service.signIn(login: "other", password: "wrong")) {
                XCTAssertEqual($0 as? JournalError, .invalidCredentials)
            }
        }
        XCTAssertThrowsError(try school.service.signIn(login: "other", password: "wrong"))
        XCTAssertThrowsError(try school.signIn("other"), "locked even with the right password, which it does not reveal") {
            XCTAssertEqual($0 as? JournalError, .invalidCredentials)
        }
        school.clock.advance(by: 5 * 60)
        XCTAssertNoThrow(try school.signIn("other"))
        XCTAssertEqual(try entries().filter { $0.action == "lockout" }.count, 1)
    }
}

final class ExportLoggingTests: XCTestCase {
    func testAnExportIsLoggedWithWhatAndWhereButNotItsContent() throws {
        let school = try TestSchool()
        defer { school.remove() }
        let admin = try school.signIn("admin")
        school.service.recordExport(admin, what: "журнал доступа, CSV", rows: 12, path: "/home/admin/log.csv")
        let entry = try XCTUnwrap(try school.service.accessLog(admin, filter: AccessLogFilter(action: "export")).first).row
        XCTAssertEqual(entry.login, "admin")
        XCTAssertEqual(entry.detail, "журнал доступа, CSV: 12 → /home/admin/log.csv")
        XCTAssertEqual(try school.service.verifyAccessLog(), .intact(entries: 3), "sign-in, export, reading the log")
    }
}
