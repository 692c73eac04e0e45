import Foundation
import XCTest

/// A teacher's morning on the real binary: sign in on a demo database, put a 5 and an Н on the
/// first pupil in today's lesson of 5А mathematics, quit, start again, and find both still there.
final class TeacherJourneyTests: EndToEndCase {
    /// Both runs use the same command: `ezh demo` seeds the demo journal only into a new file
    /// and opens an existing one as it is.
    private func startDemo(now: String = "2026-11-27 11:00") throws -> TmuxSession {
        try TmuxSession.demo(database: database, home: folder.path, now: now)
    }

    /// The first start builds the demo school, so the login screen may take a while.
    private func signIn(_ tmux: TmuxSession, as login: String) throws {
        try tmux.signInToDemo(as: login, timeout: 120)
    }

    private func signInAndOpenMath(_ tmux: TmuxSession) throws {
        try tmux.signInAndOpenDemoMath(timeout: 120)
    }

    private func cell(_ screen: [String], day: String, row: Int) -> String? {
        DemoTerminal.cell(screen, day: day, row: row)
    }

    private func waitForCell(_ tmux: TmuxSession, _ value: String) throws {
        try tmux.waitForFirstCell(value)
    }

    func testMarkAndAbsenceSurviveARestart() throws {
        var tmux: TmuxSession? = try startDemo()
        try signInAndOpenMath(tmux!)
        try tmux!.typeFirstMark("5")
        try waitForCell(tmux!, "5")
        try tmux!.press("Up", "Tab")
        try tmux!.wait(forText: "[Посещаемость]")
        try tmux!.type("н")
        try waitForCell(tmux!, "Н")
        try tmux!.press("F10")
        try tmux!.waitForExit()
        tmux = nil

        let again = try startDemo()
        try signInAndOpenMath(again)
        try waitForCell(again, "5")
        // The change history of the cell names the value, who and when.
        try again.press("F6")
        let markHistory = try again.wait(forText: "→ 5")
        XCTAssertTrue(markHistory.contains { $0.contains("27.11.2026 11:0") && $0.contains("→ 5") && $0.contains("Прокофьева") },
                      markHistory.joined(separator: "\n"))
        try again.press("Escape")
        try again.press("Tab")
        try again.wait(forText: "[Посещаемость]")
        try waitForCell(again, "Н")
        try again.press("F6")
        let absenceHistory = try again.wait(forText: "→ Н")
        XCTAssertTrue(absenceHistory.contains { $0.contains("27.11.2026 11:0") && $0.contains("Прокофьева") },
                      absenceHistory.joined(separator: "\n"))
        try again.press("Escape")
        try again.press("F10")
        try again.waitForExit()
    }

    /// Rule 1 on the real binary: an absence typed at 20:55 is taken; at 21:05 the same entry is
    /// refused and the status line names 21:00; the deputy grants a permission; at 21:05 again
    /// the entry is taken and the column is marked late.
    func testAnAbsenceAfter21NeedsTheDeputysPermission() throws {
        var tmux: TmuxSession? = try startDemo(now: "2026-11-27 20:55")
        try signInAndOpenMath(tmux!)
        let teacherName = try teacherFullName(tmux!)
        try tmux!.press("Tab")
        try tmux!.wait(forText: "[Посещаемость]")
        try tmux!.type("н")
        try waitForCell(tmux!, "Н")
        try tmux!.press("F10")
        try tmux!.waitForExit()

        tmux = try startDemo(now: "2026-11-27 21:05")
        try signInAndOpenMath(tmux!)
        try tmux!.press("Tab")
        try tmux!.wait(forText: "[Посещаемость]")
        try tmux!.press("Down")
        try tmux!.type("н")
        try tmux!.wait(forText: "срок истёк 27.11.2026 21:00")
        XCTAssertEqual(cell(try tmux!.capture(), day: "27.11", row: 6), "-", "the refused absence is not in the cell, which shows locked")
        try tmux!.press("F10")
        try tmux!.waitForExit()

        tmux = try startDemo(now: "2026-11-27 21:05")
        try signIn(tmux!, as: "deputy")
        try tmux!.press("F7")
        try tmux!.wait(forText: "Разрешения на внесение с опозданием")
        try tmux!.press("F2")
        try tmux!.wait(forText: "Новое разрешение")
        try tmux!.press("Enter")
        try choose(tmux!, teacherName)
        try tmux!.press("Tab", "Enter")
        try choose(tmux!, "5А")
        try tmux!.press("Tab", "Enter")
        try choose(tmux!, "Математика")
        try tmux!.press("Tab")
        try replaceField(tmux!, with: "27.11.2026")
        try tmux!.press("Tab")
        try replaceField(tmux!, with: "27.11.2026")
        try tmux!.press("Tab", "Tab", "Space") // the second kind: посещаемость
        try tmux!.wait(forText: "[x] посещаемость")
        for _ in 0..<6 { try tmux!.press("Tab") }
        try tmux!.type("учитель не успел внести пропуски")
        try tmux!.press("Tab")
        try replaceField(tmux!, with: "28.11.2026")
        try tmux!.press("Tab")
        try replaceField(tmux!, with: "21:00", length: 5)
        try tmux!.press("F2")
        try tmux!.wait(forText: "Выдано разрешение №")
        try tmux!.press("F10")
        try tmux!.waitForExit()

        let again = try startDemo(now: "2026-11-27 21:05")
        try signInAndOpenMath(again)
        try again.press("Tab")
        try again.wait(forText: "[Посещаемость]")
        try again.press("Down")
        try again.type("н")
        try again.wait(for: "«Н» in the second pupil's cell on 27.11") { self.cell($0, day: "27.11", row: 6) == "Н" }
        try again.wait(forText: "с опозданием по разрешению №")
        XCTAssertEqual(cell(try again.capture(), day: "27.11", row: 3)?.first, "!", "the lesson's header is marked late")
        try again.press("F10")
        try again.waitForExit()
    }

    /// The signed-in person's last name, from the title bar («Фамилия И.О. · 27.11.2026 …»).
    private func teacherFullName(_ tmux: TmuxSession) throws -> String {
        try tmux.press("Escape")
        let screen = try tmux.wait(forText: "Журналы")
        let title = screen[0].trimmingCharacters(in: .whitespaces)
        let dot = try XCTUnwrap(title.range(of: " · 27.11.2026", options: .backwards), "no clock in the title bar: \(title)")
        let start = try XCTUnwrap(title[..<dot.lowerBound].range(of: "  ", options: .backwards), "no name in the title bar: \(title)")
        let name = title[start.upperBound..<dot.lowerBound].trimmingCharacters(in: .whitespaces)
            .split(separator: " ").first.map(String.init) ?? ""
        try tmux.press("Enter")
        try tmux.wait(forText: "[Оценки]")
        return name
    }

    /// Goes down an open choice list until the line with `text` is selected, then chooses it.
    /// The list's selection is the "│▸" line inside its box: the form behind it has a "▸" of its
    /// own, and a frame captured half drawn must not pass for a moved selection.
    private func choose(_ tmux: TmuxSession, _ text: String) throws {
        let selection = { (screen: [String]) in screen.first { $0.contains("│▸") } }
        for _ in 0..<120 {
            let screen = try tmux.wait(forText: "│▸")
            if selection(screen)?.contains("▸ \(text) ") == true {
                try tmux.press("Enter")
                return
            }
            try tmux.press("Down")
            try tmux.wait(for: "the selection to move") { selection($0) != nil && selection($0) != selection(screen) }
        }
        XCTFail("«\(text)» is not in the list")
    }

    /// Empties a form's text field and types `text` into it.
    private func replaceField(_ tmux: TmuxSession, with text: String, length: Int = 10) throws {
        for _ in 0..<length { try tmux.press("BSpace") }
        try tmux.type(text)
    }
}
