import Foundation
import XCTest

/// Issue 11's quarter on the real binary: the teacher records a контрольная (weight 2) with a
/// mark and gives a quarter final by accepting the journal's suggestion, the deputy closes the quarter (after the list of what is
/// missing), and corrects the final afterwards as a retake under an order, which the cell's
/// history shows and the file keeps.
final class QuarterFinalsJourneyTests: EndToEndCase {
    override class var needsSQLite3: Bool { true }

    private func startDemo() throws -> TmuxSession {
        try TmuxSession.demo(database: database, home: folder.path, now: "2026-11-27 11:00")
    }

    /// From today's lesson column to the 2nd quarter's finals column: the last lesson, then
    /// right past the 1st quarter's.
    private func goToSecondQuarterFinal(_ tmux: TmuxSession) throws {
        var status = try statusLine(tmux)
        try tmux.press("End")
        status = try tmux.wait(for: "the cursor on the last lesson") { $0[TmuxSession.rows - 2] != status }[TmuxSession.rows - 2]
        for _ in 0..<8 {
            try tmux.press("Right")
            let before = status
            status = try tmux.wait(for: "the cursor to move right") { $0[TmuxSession.rows - 2] != before }[TmuxSession.rows - 2]
            if status.contains("2 четверть") { return }
        }
        XCTFail("the 2nd quarter's finals column was not reached")
    }

    /// The deputy's start screen lists the whole school: open the first journal, then 5А and
    /// mathematics with the grid's class and subject choices, on the marks tab.
    private func openMath(asDeputy tmux: TmuxSession) throws {
        try tmux.press("Enter")
        try tmux.wait(forText: "Посещаемость")
        try tmux.press("F3")
        try choose(tmux, "5А")
        try tmux.wait(for: "5А's journal") { $0[0].contains("5А ·") }
        try tmux.press("F4")
        try choose(tmux, "Математика")
        let screen = try tmux.wait(for: "5А · Математика") { $0[0].contains("5А · Математика") }
        if screen[1].contains("[Посещаемость]") {
            try tmux.press("Tab")
            try tmux.wait(forText: "[Оценки]")
        }
    }

    /// From the top of a picker down until its selection («▸») is on `text`, then Enter.
    private func choose(_ tmux: TmuxSession, _ text: String) throws {
        let selection = { (screen: [String]) in screen.first { $0.contains("│▸") } }
        try tmux.wait(forText: "│▸")
        for _ in 0..<4 { try tmux.press("PgUp") }
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

    private func statusLine(_ tmux: TmuxSession) throws -> String {
        try tmux.capture()[TmuxSession.rows - 2]
    }

    func testAQuarterFinalIsGivenClosedAndCorrectedUnderAnOrder() throws {
        var tmux: TmuxSession? = try startDemo()
        try tmux!.signInAndOpenDemoMath(timeout: 120)
        // The first mark of today's lesson asks for its work type: a контрольная (weight 2).
        try tmux!.type("5")
        try tmux!.wait(forText: "Вид работы нового столбца")
        try tmux!.press("Down", "Down", "Down", "Enter")
        try tmux!.waitForFirstCell("5")
        XCTAssertEqual(DemoTerminal.cell(try tmux!.capture(), day: "27.11", row: 4), "К/р×2")
        try tmux!.press("Up")

        try goToSecondQuarterFinal(tmux!)
        let status = try statusLine(tmux!)
        let suggested = try XCTUnwrap(
            status.range(of: "предложено ").map { String(status[$0.upperBound...].prefix { !$0.isWhitespace }) },
            "the status line names the suggestion: \(status)"
        )
        try tmux!.type("=")
        try tmux!.wait(for: "the status line to move to the second pupil") { !$0[TmuxSession.rows - 2].contains(status) }
        XCTAssertEqual(try sql("""
            SELECT f.value FROM period_final f JOIN period p ON p.id = f.period_id
            WHERE f.kind = 'period' AND p.scheme = 'quarter' AND p.number = 2 AND f.changed_at LIKE '2026-11-27%'
            """), suggested)
        try tmux!.press("F10")
        try tmux!.waitForExit()
        tmux = nil

        let deputy = try startDemo()
        try deputy.signInToDemo(as: "deputy", timeout: 60)
        try deputy.press("C-k")
        try deputy.wait(forText: "Классы")
        try deputy.press("F8")
        try deputy.wait(forText: "Периоды учебного года")
        let periods = try deputy.capture()
        let row = try XCTUnwrap(periods.firstIndex { $0.contains("2 четверть") }, periods.joined(separator: "\n"))
        for _ in 0..<(row - 2) { try deputy.press("Down") }
        try deputy.press("F9")
        try deputy.wait(forText: "Все классы")
        try deputy.press("Enter")
        try deputy.wait(forText: "Закрытие периода: 2 четверть")
        try deputy.wait(forText: "Не заполнено:")
        try deputy.press("Enter")
        try deputy.wait(forText: "Период закрыт: 2 четверть")
        XCTAssertEqual(try sql("SELECT count(*) FROM period WHERE scheme = 'quarter' AND number = 2 AND closed_at IS NOT NULL"), "1")

        try deputy.press("Escape", "Escape")
        try deputy.wait(forText: "Журналы")
        try openMath(asDeputy: deputy)
        try goToSecondQuarterFinal(deputy)
        try deputy.wait(forText: "исправить — Ctrl+R")
        try deputy.press("C-r")
        try deputy.wait(forText: "Исправление:")
        let corrected = suggested == "3" ? "4" : "3"
        try deputy.type(corrected)
        try deputy.press("Tab", "Tab")
        try deputy.type("№ 7-у")
        try deputy.press("Tab", "Tab")
        try deputy.type("ликвидация академической задолженности")
        try deputy.press("Enter")
        try deputy.wait(forText: "Исправлено по приказу: \(suggested) → \(corrected)")
        try deputy.press("F6")
        try deputy.wait(forText: "приказ № 7-у от 27.11.2026")
        try deputy.press("Escape", "F10")
        try deputy.waitForExit()

        XCTAssertEqual(try sql("""
            SELECT kind || ' ' || old_value || '→' || new_value || ' ' || order_number || ' ' || order_date FROM final_correction
            """), "retake \(suggested)→\(corrected) № 7-у 2026-11-27")
    }
}
