import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

final class ReportsScreenTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func openReports(as login: String = "teacher") -> TestApp {
        let t = TestApp()
        t.size = TerminalSize(rows: 24, columns: 80)
        t.signIn(as: login)
        t.press(.control("b"))
        return t
    }

    /// Waits for the report being made and lets the screen take it in, as the idle loop does.
    private func finishReport(_ t: TestApp) {
        (t.app.topScreen as? ReportsScreen)?.runningJob?.wait()
        t.app.refreshVisibleScreens()
    }

    /// Moves the selection down the list to the report titled `title`.
    private func select(_ title: String, _ t: TestApp) {
        for _ in 0..<12 where !t.text.contains("▸ " + title) { t.press(.down) }
        XCTAssertTrue(t.text.contains("▸ " + title), t.text)
    }

    /// 5А, then November 2026 (the month of «today», proposed first).
    private func makeMonthlyAttendance(_ t: TestApp) {
        select("Посещаемость за месяц", t)
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Посещаемость за месяц: класс"), t.text)
        t.press(.enter)
        XCTAssertTrue(t.text.contains("▸ ноябрь 2026"), t.text)
        t.press(.enter)
        finishReport(t)
    }

    func testTheClassTeacherListsTheClassReportsAndASubjectTeacherDoesNot() {
        let t = openReports()
        XCTAssertEqual(t.lines[0].trimmingCharacters(in: .whitespaces).hasPrefix("Отчёты"), true, t.text)
        XCTAssertTrue(t.text.contains("  Посещаемость за месяц"), t.text)
        XCTAssertTrue(t.text.contains("Информационные письма"), t.text)
        XCTAssertFalse(t.text.contains("Отчёт о доступе"), "the deputy's: \(t.text)")

        let subjectTeacher = TestApp()
        subjectTeacher.journal.people.sessions["physics"] = FakePeople.session(9, "physics", "Орлов Илья Петрович", [.teacher], staff: 9)
        subjectTeacher.journal.people.passwords["physics"] = "demo"
        subjectTeacher.signIn(as: "physics")
        subjectTeacher.press(.control("b"))
        XCTAssertTrue(subjectTeacher.text.contains("Отчёты"), subjectTeacher.text)
        XCTAssertFalse(subjectTeacher.text.contains("Посещаемость за месяц"), subjectTeacher.text)
        XCTAssertFalse(subjectTeacher.text.contains("Информационные письма"), subjectTeacher.text)
    }

    func testTheHelpOfTheStartScreenNamesTheReportsKey() {
        let t = TestApp()
        let help = HelpText.text(for: t.app.keymap, strings: Strings(.ru))
        XCTAssertTrue(help.contains("  C-b    отчёты: посещаемость, успеваемость, письма родителям и другие"), help)
        XCTAssertTrue(help.contains("Просмотр отчёта"), help)
    }

    /// The status line, wrapped over the two lines above the key bar, as one line.
    private func status(_ t: TestApp) -> String {
        let lines = t.lines
        let wrapped = lines[lines.count - 3].trimmingCharacters(in: .whitespaces)
        return (wrapped.hasPrefix("Отчёт") ? wrapped + " " : "") + lines[lines.count - 2].trimmingCharacters(in: .whitespaces)
    }

    func testTheParametersArePickedAndThePreviewKeepsItsHeaderWhileScrolling() {
        let t = openReports()
        makeMonthlyAttendance(t)
        XCTAssertEqual(t.journal.reports.requests, ["monthly-attendance class 5 month 2026-11"])
        XCTAssertTrue(t.lines[0].contains("Отчёты · Посещаемость за месяц"), t.text)
        XCTAssertTrue(t.lines[1].contains("МБОУ «Школа № 1» · 5А · ноябрь 2026"), t.text)
        XCTAssertTrue(t.lines[2].hasPrefix(" №  Ученик    1 2 3 4 5 6 7 8 9 10 11"), t.lines[2])
        XCTAssertTrue(t.lines[3].hasPrefix(" 1  Ученик 1    н"), t.lines[3])
        XCTAssertTrue(t.text.contains("F2 PDF") && t.text.contains("F3 XLSX") && t.text.contains("F4 CSV") && t.text.contains("F5 Печать"), t.text)

        t.press(.pageDown, .pageDown)
        XCTAssertTrue(t.lines[2].hasPrefix(" №  Ученик    1 2 3"), "the header stays: \(t.text)")
        XCTAssertFalse(t.text.contains("Ученик 1 "), t.text)
        XCTAssertTrue(t.text.contains("строки"), t.text)

        for _ in 0..<10 { t.press(.right) }
        XCTAssertTrue(t.lines[2].hasPrefix(" №  Ученик    11 12 13"), "the names stay, the days move: \(t.lines[2])")
        for _ in 0..<10 { t.press(.right) }
        XCTAssertTrue(t.lines[2].hasSuffix("31 Всего"), t.lines[2])

        t.press(.escape)
        XCTAssertTrue(t.text.contains("▸ Посещаемость за месяц"), t.text)
    }

    func testSavingWritesThePrivateFileAndShowsItsFullPath() throws {
        let t = openReports()
        makeMonthlyAttendance(t)
        t.press(.function(4))
        let defaultPath = "~/Отчёты/monthly-attendance-5А-ноябрь-2026.csv"
        XCTAssertTrue(t.text.contains(defaultPath), t.text)
        let path = folder.appendingPathComponent("attendance.csv").path
        t.saveTo(path, replacing: defaultPath)
        XCTAssertEqual(status(t), "Отчёт сохранён: \(path)")
        XCTAssertEqual(try permissions(of: path), 0o600)
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(csv.contains("Ученик 40"), csv)
        XCTAssertEqual(t.journal.exports, ["Посещаемость за месяц, 5А · ноябрь 2026, CSV: 40"])

        t.press(.function(2))
        let pdf = folder.appendingPathComponent("attendance.pdf").path
        t.saveTo(pdf, replacing: "~/Отчёты/monthly-attendance-5А-ноябрь-2026.pdf".replacingOccurrences(of: "~/Отчёты", with: folder.path))
        XCTAssertEqual(status(t), "Отчёт сохранён: \(pdf)", "the next file is offered in the folder just used")
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(4)), Array("%PDF".utf8))
    }

    func testASlowReportShowsProgressAndEscCancelsIt() {
        let t = openReports()
        let gate = DispatchSemaphore(value: 0)
        t.journal.reports.gate = gate
        select("Посещаемость за месяц", t)
        t.press(.enter, .enter, .enter)
        Thread.sleep(forTimeInterval: 0.6)
        t.app.refreshVisibleScreens()
        XCTAssertTrue(t.status.hasPrefix("Формируется «Посещаемость за месяц»… 0 с · Esc — отменить"), t.status)
        t.press(.down)
        XCTAssertTrue(t.text.contains("▸ Посещаемость за месяц"), "keys other than Esc wait: \(t.text)")
        t.press(.escape)
        XCTAssertEqual(t.status, "Отчёт отменён.")
        gate.signal()
        Thread.sleep(forTimeInterval: 0.2)
        t.app.refreshVisibleScreens()
        XCTAssertTrue(t.text.contains("▸ Посещаемость за месяц"), "the cancelled report never opens: \(t.text)")
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Посещаемость за месяц"), "Esc again leaves the list: \(t.text)")
    }

    func testARefusedReportSaysWhyInTheStatusLine() {
        let t = openReports()
        t.journal.reports.refusal = .accessDenied(BilingualText("посещаемость чужого класса", "the attendance of another class"))
        makeMonthlyAttendance(t)
        XCTAssertTrue(t.status.contains("посещаемость чужого класса"), t.status)
        XCTAssertTrue(t.text.contains("▸ Посещаемость за месяц"), t.text)
    }

    func testPrintingNeedsLpOnThePath() throws {
        XCTAssertNil(ReportPrinter.lpPath(environment: ["PATH": folder.path]))
        let lp = folder.appendingPathComponent("lp").path
        FileManager.default.createFile(atPath: lp, contents: Data("#!/bin/sh\necho \"request id is office-1 (1 file(s))\"\n".utf8),
                                       attributes: [.posixPermissions: 0o700])
        XCTAssertEqual(ReportPrinter.lpPath(environment: ["PATH": "/nonexistent:" + folder.path]), lp)
    }

    func testTheFolderSavedToIsProposedNextWithTheHomeAsTilde() {
        XCTAssertEqual(ReportFiles.folder(of: "/home/olga/Отчёты/a.pdf", home: "/home/olga"), "~/Отчёты")
        XCTAssertEqual(ReportFiles.folder(of: "/home/olga/a.pdf", home: "/home/olga"), "~")
        XCTAssertEqual(ReportFiles.folder(of: "/home/olgaX/a.pdf", home: "/home/olga"), "/home/olgaX")
        XCTAssertEqual(ReportFiles.folder(of: "/srv/reports/a.pdf", home: "/home/olga"), "/srv/reports")
    }

    func testTheMonthsOfferedAreThoseOfTheSchoolYear() {
        XCTAssertEqual(ReportParameterFlow.schoolMonths(around: LocalDate(year: 2027, month: 2, day: 3)).first?.year, 2026)
        XCTAssertEqual(ReportParameterFlow.schoolMonths(around: LocalDate(year: 2027, month: 2, day: 3)).last?.month, 8)
    }
}
