import Foundation
import XCTest

/// The class teacher at a terminal: «Отчёты» from the start screen, the monthly attendance of
/// 5А for November and the parent letters of the 2nd quarter chosen with pickers, previewed and
/// saved as PDF in the proposed folder; the files are real A4 PDFs with the right pages.
final class ReportScreenJourneyTests: EndToEndCase {
    private func pdfInfo(_ path: String) throws -> String {
        try CommandRun.run([try CommandRun.tool("pdfinfo"), path]).output
    }

    private func pages(_ info: String) -> Int? {
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
    }

    /// Moves down the list until the report is the selected one.
    private func select(_ report: String, _ demo: DemoTerminal) throws {
        for _ in 0..<30 {
            if try demo.tmux.capture().contains(where: { $0.contains("▸ " + report) }) { return }
            try demo.tmux.press("Down")
            Thread.sleep(forTimeInterval: 0.2)
        }
        XCTFail("«\(report)» is not in the list")
    }

    /// Enter through the pickers as proposed, then F2 and Enter on the proposed file; returns its path.
    private func makeAndSavePDF(_ demo: DemoTerminal, report: String, pickers: [String], file: String) throws -> String {
        try demo.tmux.press("Enter")
        for picker in pickers {
            try demo.tmux.wait(forText: picker)
            try demo.tmux.press("Enter")
        }
        try demo.tmux.wait(forText: "F2 PDF")
        XCTAssertTrue(try demo.tmux.capture()[0].contains("Отчёты · " + report))
        try demo.tmux.press("F2")
        try demo.tmux.wait(forText: "~/Отчёты/" + file)
        try demo.tmux.press("Enter")
        let path = folder.appendingPathComponent("Отчёты/" + file).path
        try demo.tmux.wait(for: "the saved path") { DemoTerminal.flat($0).contains("Отчёт сохранён: " + path) }
        return path
    }

    func testTheClassTeacherSavesTheMonthlyAttendanceAndTheParentLettersAsPDF() throws {
        let demo = try DemoTerminal(folder: folder)
        // The first process seeds the demo school: slow on a busy machine.
        try demo.tmux.signInToDemo(as: "teacher", timeout: 240)
        try demo.tmux.press("C-b")
        try demo.tmux.wait(forText: "Посещаемость за месяц")
        // The teacher's own reports come first; the class teacher's after them.
        try select("Посещаемость за месяц", demo)

        let month = try makeAndSavePDF(demo, report: "Посещаемость за месяц", pickers: ["▸ 5А", "▸ ноябрь 2026"],
                                       file: "monthly-attendance-5А-ноябрь-2026.pdf")
        let monthInfo = try pdfInfo(month)
        XCTAssertTrue(monthInfo.contains("841.89 x 595.276 pts (A4)"), monthInfo)
        XCTAssertEqual(pages(monthInfo), 1, monthInfo)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: month)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600)

        try demo.tmux.press("Escape")
        try demo.tmux.wait(forText: "▸ Посещаемость за месяц")
        try select("Информационные письма", demo)
        let letters = try makeAndSavePDF(demo, report: "Информационные письма", pickers: ["▸ 5А", "▸ 2 четверть"],
                                         file: "parent-letters-5А-2-четверть.pdf")
        let lettersInfo = try pdfInfo(letters)
        XCTAssertTrue(lettersInfo.contains("595.276 x 841.89 pts (A4)"), lettersInfo)
        let text = try CommandRun.run([try CommandRun.tool("pdftotext"), letters, "-"]).output
        let count = text.components(separatedBy: "Информационное письмо:").count - 1
        XCTAssertGreaterThan(count, 10, text)
        XCTAssertEqual(pages(lettersInfo), (count + 1) / 2, "two letters to a sheet: \(lettersInfo)")

        try demo.tmux.press("Escape")
        try demo.tmux.press("F10")
        try demo.tmux.waitForExit()
        let log = try ezh(["audit", "log", "--db", demo.database, "--format", "csv"]).output
        XCTAssertTrue(log.contains("monthly-attendance-5А-ноябрь-2026.pdf"), "the export is in the access log")
    }
}
