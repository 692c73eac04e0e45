import Foundation
import XCTest

/// `ezh settings list|get|set` with the real binary on a real file: the administrator's change is
/// read back, kept in the history and the access log; a bad value is one `ezh:` line and exit 1.
final class SettingsCommandTests: JournalFolderCase {
    private var db = ""
    private var sqlite3 = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        sqlite3 = try CommandRun.tool("sqlite3")
        db = folder.path("demo.sqlite")
        let made = try folder.ezh(["init", "--demo", "--db", db])
        XCTAssertEqual(made.status, 0, made.errors)
    }

    private func settings(_ arguments: [String], login: String = "admin") throws -> CommandRun {
        try folder.ezh(["settings"] + arguments + ["--db", db, "--login", login, "--password-stdin"], input: "demo\n")
    }

    private func sql(_ statement: String) throws -> String {
        try CommandRun.run([sqlite3, db, statement]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testTheAdministratorSetsAndReadsBackASettingWithHistoryAndAccessLog() throws {
        let list = try settings(["list"])
        XCTAssertEqual(list.status, 0, list.errors)
        XCTAssertTrue(list.output.contains("rules.mark_window_days\t7\t(по умолчанию 7)\tправило 3:"), list.output)
        XCTAssertEqual(list.output.split(separator: "\n").count, 9, "six rules and three notice settings")
        XCTAssertTrue(list.output.contains("notices.schedule\tweekly\t(по умолчанию weekly)\t"), list.output)

        let set = try settings(["set", "rules.mark_window_days", "10"])
        XCTAssertEqual(set.status, 0, set.errors)
        XCTAssertEqual(set.output, "rules.mark_window_days: 7 → 10\n")
        XCTAssertEqual(try settings(["get", "rules.mark_window_days"]).output, "10\n")
        XCTAssertEqual(try sql("""
            SELECT coalesce(h.old_value, '-') || ' ' || h.new_value || ' ' || a.login FROM change_history h
            JOIN account a ON a.id = h.account_id WHERE h.entity = 'setting' AND h.entity_key = 'rules.mark_window_days'
            """), "- 10 admin")
        XCTAssertEqual(try sql("""
            SELECT count(*) FROM access_log l JOIN change_history h ON h.id = l.history_id
            WHERE h.entity = 'setting' AND l.login = 'admin'
            """), "1")
        XCTAssertEqual(try folder.ezh(["audit", "verify", "--db", db]).status, 0)
    }

    func testABadValueAnUnknownKeyAndATeacherAreRefusedInOneLine() throws {
        let bad = try settings(["set", "rules.day_entry_deadline", "25:00"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.errorLines, ["ezh: rules.day_entry_deadline: «25:00» не подходит; нужно: время ЧЧ:ММ, например 21:00"])
        let unknown = try settings(["get", "rules.nothing"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.errors.contains("нет такой настройки; есть: rules.day_entry_deadline"), unknown.errors)
        let teacher = try settings(["set", "rules.mark_window_days", "10"], login: "teacher")
        XCTAssertEqual(teacher.status, 1)
        XCTAssertEqual(try sql("SELECT count(*) FROM change_history WHERE entity = 'setting'"), "0")
    }
}
