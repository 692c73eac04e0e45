import Foundation
import XCTest

/// `ezh pupil` and `ezh year` with the real binary on a real file: signing in as a person,
/// a departure written with its order, refusals as one `ezh:` line and exit 1.
final class PupilMovementCommandTests: JournalFolderCase {
    private var db = ""
    private var sqlite3 = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        sqlite3 = try CommandRun.tool("sqlite3")
        db = folder.path("demo.sqlite")
        let made = try folder.ezh(["init", "--demo", "--db", db])
        XCTAssertEqual(made.status, 0, made.errors)
    }

    private func sql(_ statement: String) throws -> String {
        try CommandRun.run([sqlite3, db, statement]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first pupil of the demo teacher's 5А still in the class, by full name.
    private func pupilOf5A() throws -> (id: String, name: String) {
        let row = try sql("""
            SELECT p.id || '|' || p.last_name || ' ' || p.first_name || ' ' || p.patronymic FROM pupil p
            JOIN class_membership m ON m.pupil_id = p.id JOIN class c ON c.id = m.class_id
            WHERE c.grade = 5 AND c.letter = 'А' AND m.to_date IS NULL ORDER BY p.id LIMIT 1
            """).split(separator: "|").map(String.init)
        return (row[0], row[1])
    }

    func testAClassTeacherRecordsADepartureFromTheShell() throws {
        let pupil = try pupilOf5A()
        let day = try sql("SELECT date(starts_on, '+60 days') FROM academic_year")
        let leave = ["pupil", "leave", "--db", db, "--login", "teacher", "--password-stdin", "--pupil", pupil.name,
                     "--date", day, "--order", "45-о", "--to", "Школа № 7"]

        // The demo's pupils came through the import, which gave every stay a history row of its own.
        let staysRecorded = try Int(sql("SELECT count(*) FROM change_history WHERE entity = 'class_membership'"))!
        let run = try folder.ezh(leave, input: "demo\n")

        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.hasPrefix("Выбытие записано."), run.output)
        XCTAssertTrue(run.output.contains("остаются записи"), "the demo's later entries are listed: \(run.output)")
        XCTAssertEqual(try sql("""
            SELECT to_date || ' ' || departure_order || ' ' || departed_to FROM class_membership
            WHERE pupil_id = \(pupil.id) AND to_date IS NOT NULL
            """), "\(day) 45-о Школа № 7")
        XCTAssertEqual(try sql("SELECT count(*) FROM change_history WHERE entity = 'class_membership'"), "\(staysRecorded + 3)")

        let again = try folder.ezh(leave, input: "demo\n")
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.output, "")
        XCTAssertEqual(again.errorLines.count, 1)
        XCTAssertTrue(again.errors.hasPrefix("ezh: Ученик: уже выбыл из 5А"), again.errors)
    }

    func testRefusalsNameTheirReason() throws {
        let pupil = try pupilOf5A()
        let transfer = try folder.ezh(["pupil", "transfer", "--db", db, "--login", "teacher", "--password-stdin",
                                       "--pupil", pupil.name, "--to-class", "5Б", "--date", "2026-12-01", "--order", "1"],
                                      input: "demo\n")
        XCTAssertEqual(transfer.status, 1)
        XCTAssertTrue(transfer.errors.hasPrefix("ezh: Нет доступа:"), transfer.errors)

        let wrongPassword = try folder.ezh(["pupil", "leave", "--db", db, "--login", "teacher", "--password-stdin",
                                            "--pupil", pupil.name, "--date", "2026-12-01", "--order", "1"], input: "не тот\n")
        XCTAssertEqual(wrongPassword.status, 1)
        XCTAssertEqual(try sql("SELECT count(*) FROM class_membership WHERE to_date IS NOT NULL AND departure_order = '1'"), "0")

        let close = try folder.ezh(["year", "close", "--db", db, "--login", "deputy", "--password-stdin"], input: "demo\n")
        XCTAssertEqual(close.status, 1)
        XCTAssertTrue(close.errors.contains("не закрыты периоды: 1 полугодие (01.09.2026–28.12.2026), 2 четверть"), close.errors)
        XCTAssertEqual(try sql("SELECT count(*) FROM academic_year WHERE closed_at IS NOT NULL"), "0")

        let years = try folder.ezh(["year", "list", "--db", db])
        XCTAssertEqual(years.status, 0, years.errors)
        XCTAssertTrue(years.output.hasSuffix("текущий\n"), years.output)
    }
}
