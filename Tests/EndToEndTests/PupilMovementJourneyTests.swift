import Foundation
import XCTest

/// Pupil movement on the real binary: the demo class teacher opens 5А's pupil list, records the
/// first pupil's departure on 26.11 through the form, and finds the grid's 27.11 cell closed to
/// them; after a restart the list still shows the departure with its order.
final class PupilMovementJourneyTests: EndToEndCase {
    private func startDemo() throws -> TmuxSession {
        try TmuxSession.demo(database: database, home: folder.path, now: "2026-11-27 11:00")
    }

    func testADepartureRecordedInTheListClosesTheGridAfterTheDate() throws {
        var tmux: TmuxSession? = try startDemo()
        try tmux!.signInToDemo(as: "teacher", timeout: 120)
        try tmux!.press("C-u")
        let list = try tmux!.wait(forText: "Ученики · 5А")
        let firstPupil = try XCTUnwrap(list.first { $0.contains("▸ 1. ") }).components(separatedBy: "1. ")[1]
            .split(separator: " ").prefix(2).joined(separator: " ")
        try tmux!.press("F2")
        try tmux!.wait(forText: "Движение · 5А")
        try tmux!.press("Tab")
        for _ in 0..<10 { try tmux!.press("BSpace") }
        try tmux!.type("26.11.2026")
        try tmux!.press("Tab")
        try tmux!.type("45-о")
        try tmux!.press("Tab")
        try tmux!.type("Школа № 7")
        try tmux!.press("Tab", "Enter")
        try tmux!.wait(forText: "Выбытие записано")
        let after = try tmux!.wait(forText: "выбыл 26.11.2026, приказ 45-о → Школа № 7")
        XCTAssertTrue(after.contains { $0.contains(firstPupil) && $0.contains("выбыл 26.11.2026") }, after.joined(separator: "\n"))

        try tmux!.press("Escape")
        try tmux!.wait(forText: "Журналы")
        try tmux!.openDemoMath()
        try tmux!.wait(forText: "нет в классе в этот день")
        try tmux!.press("F10")
        try tmux!.waitForExit()
        tmux = nil

        let again = try startDemo()
        try again.signInToDemo(as: "teacher", timeout: 60)
        try again.press("C-u")
        try again.wait(forText: "выбыл 26.11.2026, приказ 45-о → Школа № 7")
        try again.press("F10")
        try again.waitForExit()
    }
}
