import Foundation
import XCTest

/// `ezh report` with the real binary on the demo school: the class teacher's monthly attendance
/// as a PDF file (A4 landscape, mode 0600, the class's names and totals in its text), CSV on
/// standard output, and the refusals a script sees as one `ezh:` line and exit 1.
final class ReportCommandTests: JournalFolderCase {
    private var db = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        db = folder.path("demo.sqlite")
        let made = try folder.ezh(["init", "--demo", "--db", db, "--now", "2026-11-30 16:00"])
        XCTAssertEqual(made.status, 0, made.errors)
    }

    private func report(_ arguments: [String], login: String = "teacher") throws -> CommandRun {
        try folder.ezh(["report", "monthly-attendance"] + arguments + ["--db", db, "--login", login, "--password-stdin"], input: "demo\n")
    }

    func testTheClassTeacherSavesTheMonthAsAnA4LandscapePDF() throws {
        XCTAssertTrue(try folder.ezh(["report", "list"]).output.contains("monthly-attendance\tПосещаемость за месяц"))
        let pdf = folder.path("ноябрь.pdf")
        let run = try report(["--class", "5А", "--month", "2026-11", "--format", "pdf", "-o", pdf])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.output, pdf + "\n")
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: pdf)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600)
        let info = try CommandRun.run([try CommandRun.tool("pdfinfo"), pdf]).output
        XCTAssertTrue(info.contains("841.89 x 595.276 pts (A4)"), info)
        let text = try CommandRun.run([try CommandRun.tool("pdftotext"), "-layout", pdf, "-"]).output
        for expected in ["Посещаемость за месяц", "Класс: 5А", "Период: ноябрь 2026", "Дата печати: \(moscowDate())", "Итого",
                         "Классный руководитель", "стр. 1 из 1"] {
            XCTAssertTrue(text.contains(expected), "\(expected) missing:\n\(text)")
        }

        let csvPath = folder.path("ноябрь.csv")
        XCTAssertEqual(try report(["--class", "5А", "--month", "2026-11", "--format", "csv", "-o", csvPath]).status, 0)
        let csv = try XCTUnwrap(folder.bytes(csvPath))
        XCTAssertEqual(Array(csv.prefix(3)), [0xEF, 0xBB, 0xBF], "the BOM Russian Excel needs")
        XCTAssertTrue(String(decoding: csv, as: UTF8.self).contains("№;Ученик;1;2;3;"))
        let printed = try report(["--class", "5А", "--month", "2026-11", "--format", "text", "-o", "-"])
        XCTAssertTrue(printed.output.contains("Посещаемость за месяц · 5А · ноябрь 2026"), printed.output)
    }

    func testTheClassTeacherPrintsTheParentLettersTwoToASheet() throws {
        let pdf = folder.path("письма.pdf")
        let run = try folder.ezh(
            ["report", "parent-letters", "--class", "5А", "--period", "2", "-o", pdf, "--db", db, "--login", "teacher", "--password-stdin"],
            input: "demo\n"
        )
        XCTAssertEqual(run.status, 0, run.errors)
        let pupils = Int(try CommandRun.run([try CommandRun.tool("sqlite3"), db, """
            SELECT count(DISTINCT m.pupil_id) FROM class_membership m JOIN class c ON c.id = m.class_id
            JOIN period p ON p.number = 2 AND p.year_id = c.year_id AND p.scheme = c.period_scheme
            WHERE c.grade = 5 AND c.letter = 'А' AND m.from_date <= p.ends_on AND (m.to_date IS NULL OR m.to_date >= p.starts_on)
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines))
        let info = try CommandRun.run([try CommandRun.tool("pdfinfo"), pdf]).output
        XCTAssertTrue(info.contains("595.276 x 841.89 pts (A4)"), info)
        let pages = try XCTUnwrap(pupils.map { ($0 + 1) / 2 })
        XCTAssertTrue(info.contains("Pages:") && info.split(separator: "\n").contains { $0.hasPrefix("Pages:") && $0.hasSuffix(" \(pages)") }, info)
        let text = try CommandRun.run([try CommandRun.tool("pdftotext"), pdf, "-"]).output
        XCTAssertEqual(text.components(separatedBy: "Информационное письмо:").count - 1, pupils)
        XCTAssertTrue(text.contains("Подпись родителя"))
    }

    func testAnotherClassTheJournalItselfAndABadMonthAreRefused() throws {
        let other = try report(["--class", "7Б", "--month", "2026-11", "-o", folder.path("x.pdf")])
        XCTAssertEqual(other.status, 1)
        XCTAssertEqual(other.errorLines, ["ezh: Нет доступа: посещаемость чужого класса."])
        XCTAssertNil(folder.bytes(folder.path("x.pdf")))
        let overJournal = try report(["--class", "5А", "--month", "2026-11", "-o", db, "--force"])
        XCTAssertEqual(overJournal.status, 1)
        XCTAssertEqual(try folder.ezh(["audit", "verify", "--db", db]).status, 0)
        let pdfToPipe = try report(["--class", "5А", "--month", "2026-11", "--format", "pdf", "-o", "-"])
        XCTAssertEqual(pdfToPipe.status, 1)
        XCTAssertEqual(pdfToPipe.errorLines.count, 1)
        XCTAssertTrue(pdfToPipe.errors.contains("PDF пишется только в файл"), pdfToPipe.errors)
        XCTAssertTrue(pdfToPipe.output.isEmpty)
        let month = try report(["--class", "5А", "--month", "ноябрь", "-o", folder.path("y.pdf")])
        XCTAssertEqual(month.status, 1)
        XCTAssertTrue(month.errors.contains("ожидается месяц ГГГГ-ММ"), month.errors)
    }

    func testAnUnknownReportOrAMissingParameterIsNamed() throws {
        let unknown = try folder.ezh(["report", "attendance", "--class", "5А", "-o", "-", "--format", "text", "--db", db, "--login", "teacher", "--password-stdin"], input: "demo\n")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.errors.contains("ezh report list"), unknown.errors)
        let missing = try report(["--class", "5А", "--format", "text", "-o", "-"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("месяц"), missing.errors)
    }
}

/// The demo school's day (Moscow) `daysFromToday` from today, as its reports print it: a report
/// made without a demo clock is dated by the real one.
func moscowDate(daysFromToday: Int = 0) -> String {
    let formatter = DateFormatter()
    formatter.timeZone = TimeZone(identifier: "Europe/Moscow")
    formatter.dateFormat = "dd.MM.yyyy"
    return formatter.string(from: Date().addingTimeInterval(TimeInterval(daysFromToday * 86_400)))
}
