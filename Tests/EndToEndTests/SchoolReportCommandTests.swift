import Foundation
import XCTest

/// The deputy's, the director's and the archive's reports with the real binary on the demo school
/// (built by `ezh init --demo`): PDFs in sections, the binding sheet counting the file's real
/// pages, a teacher refused, and the year archive holding every class's PDFs.
final class SchoolReportCommandTests: JournalFolderCase {
    private var db = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        db = folder.path("demo.sqlite")
        let made = try folder.ezh(["init", "--demo", "--db", db, "--now", "2026-11-30 16:00"])
        XCTAssertEqual(made.status, 0, made.errors)
    }

    private func report(_ name: String, _ arguments: [String], login: String) throws -> CommandRun {
        try folder.ezh(["report", name] + arguments + ["--db", db, "--login", login, "--password-stdin"], input: "demo\n")
    }

    private func pages(_ pdf: String) throws -> Int {
        let info = try CommandRun.run([try CommandRun.tool("pdfinfo"), pdf]).output
        let line = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try XCTUnwrap(Int(line.split(separator: " ").last!))
    }

    private func text(_ pdf: String, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try CommandRun.run([try CommandRun.tool("pdftotext")] + range + ["-layout", pdf, "-"]).output
    }

    /// One demo school for the deputy's and director's reports (building it takes a minute).
    func testTheSchoolsReportsFromTheListToThePrintedPages() throws {
        try listNamesTheSchoolsReports()
        try theDeputysMovementPrintsTheTableThenTheLists()
        try theYearResultsEndWithABindingSheetCountingTheRealPages()
        try theClassJournalIsPrintedPageByPageAndATeacherIsRefused()
        try theJournalControlCountsTheClassTeachersNotices()
    }

    /// The demo's class teachers have pupils due a notice and have sent none: every class with a
    /// class teacher is counted, and the neglected ones are named under the table.
    private func theJournalControlCountsTheClassTeachersNotices() throws {
        let csv = try report("journal-control", ["--month", "2026-11", "--format", "csv", "-o", "-"], login: "deputy")
        XCTAssertEqual(csv.status, 0, csv.errors)
        XCTAssertTrue(csv.output.contains(";кл. рук. класса;уведом. нужно;уведом. отпр."), csv.output)
        XCTAssertTrue(csv.output.contains(" (!)"), "some demo class is due notices with none sent: \(csv.output)")
        let pdf = folder.path("контроль.pdf")
        let run = try report("journal-control", ["--month", "2026-11", "--format", "pdf", "-o", pdf], login: "deputy")
        XCTAssertEqual(run.status, 0, run.errors)
        let all = try text(pdf)
        XCTAssertTrue(all.contains("Уведомления нужны, но не отправлены:"), all)
    }

    private func listNamesTheSchoolsReports() throws {
        let list = try folder.ezh(["report", "list"]).output
        for id in ["movement", "movement-year", "class-sizes", "class-sizes-september", "final-data", "journal-control", "year-results", "class-journal"] {
            XCTAssertTrue(list.contains("\n\(id)\t") || list.hasPrefix("\(id)\t"), "\(id) missing:\n\(list)")
        }
    }

    private func theDeputysMovementPrintsTheTableThenTheLists() throws {
        let pdf = folder.path("движение.pdf")
        let run = try report("movement", ["--period", "1", "--format", "pdf", "-o", pdf], login: "deputy")
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertGreaterThanOrEqual(try pages(pdf), 2)
        let all = try text(pdf)
        for expected in ["Движение учащихся", "На начало", "По школе", "Итого по классам", "Движение учащихся: списки", "Откуда / куда", "Директор"] {
            XCTAssertTrue(all.contains(expected), "\(expected) missing:\n\(all)")
        }
        let csv = try report("movement", ["--period", "1", "--format", "csv", "-o", "-"], login: "deputy")
        XCTAssertEqual(csv.status, 0, csv.errors)
        XCTAssertTrue(csv.output.contains("Класс;На начало;Прибыло;"), csv.output)
    }

    private func theYearResultsEndWithABindingSheetCountingTheRealPages() throws {
        let pdf = folder.path("ведомость.pdf")
        let run = try report("year-results", ["--class", "5А", "--format", "pdf", "-o", pdf], login: "director")
        XCTAssertEqual(run.status, 0, run.errors)
        let count = try pages(pdf)
        let first = try text(pdf, page: 1)
        for expected in ["Сводная ведомость итоговой успешности", "Класс: 5А", "Решение педагогического", "год", "итог"] {
            XCTAssertTrue(first.contains(expected), "\(expected) missing:\n\(first)")
        }
        let last = try text(pdf, page: count)
        XCTAssertTrue(last.contains("Заверительный лист"), last)
        XCTAssertTrue(last.replacingOccurrences(of: "\n", with: " ").contains("скреплено печатью \(count) ("), "\(count) pages:\n\(last)")
        XCTAssertTrue(last.contains("М.П."), last)
    }

    private func theClassJournalIsPrintedPageByPageAndATeacherIsRefused() throws {
        let pdf = folder.path("журнал.pdf")
        let run = try report("class-journal", ["--class", "5А", "--format", "pdf", "-o", pdf], login: "deputy")
        XCTAssertEqual(run.status, 0, run.errors)
        let all = try text(pdf)
        for expected in ["Классный журнал", "Классный журнал: Математика", "Что пройдено на уроке", "Домашнее задание", "итог"] {
            XCTAssertTrue(all.contains(expected), "\(expected) missing")
        }
        XCTAssertGreaterThan(try pages(pdf), 4)
        let refused = try report("class-journal", ["--class", "5А", "--format", "pdf", "-o", folder.path("x.pdf")], login: "teacher")
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.errorLines.count, 1)
        XCTAssertTrue(refused.errors.contains("Нет доступа"), refused.errors)
        XCTAssertNil(folder.bytes(folder.path("x.pdf")))
    }

    func testTheArchiveOfTheClosedYearHoldsEachClasssPDFsAndVerifies() throws {
        _ = try CommandRun.run([try CommandRun.tool("sqlite3"), db, "UPDATE academic_year SET closed_at = '2027-06-30T12:00:00.000Z'"])
        let shelf = folder.path("архив")
        try FileManager.default.createDirectory(atPath: shelf, withIntermediateDirectories: true)
        let run = try folder.ezh(["archive", "--to", shelf, "--db", db])
        XCTAssertEqual(run.status, 0, run.errors)
        let archive = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: shelf).first)
        let files = try FileManager.default.contentsOfDirectory(atPath: shelf + "/" + archive)
        XCTAssertTrue(files.contains("5А-сводная-ведомость.pdf") && files.contains("5А-классный-журнал.pdf"), "\(files)")
        let results = shelf + "/" + archive + "/5А-сводная-ведомость.pdf"
        XCTAssertTrue(try text(results, page: try pages(results)).contains("Заверительный лист"))
        let verified = try folder.ezh(["archive", "verify", shelf + "/" + archive, "--db", db])
        XCTAssertEqual(verified.status, 0, verified.errors)
        XCTAssertTrue(verified.output.contains("5А-классный-журнал.pdf"), verified.output)
    }
}
