import Foundation
import XCTest

/// The pupil's card on the real binary: the demo's class teacher of 5А opens the first pupil's
/// card, changes the first parent's phone on the parent's form, and after a restart the form
/// shows the new phone.
final class PupilCardJourneyTests: EndToEndCase {
    private func startDemo() throws -> TmuxSession {
        try TmuxSession.demo(database: database, home: folder.path, now: "2026-11-27 11:00")
    }

    /// Signs in as the class teacher and opens the first parent's form of 5А's first pupil.
    private func openFirstParentForm(_ tmux: TmuxSession, timeout: TimeInterval) throws -> [String] {
        try tmux.signInToDemo(as: "teacher", timeout: timeout)
        try tmux.press("C-u")
        try tmux.wait(forText: "Ученики · 5А")
        try tmux.press("Enter")
        try tmux.wait(forText: "Родители (законные представители)")
        try tmux.press("Enter")
        return try tmux.wait(forText: "Кем приходится")
    }

    func testAClassTeacherChangesAParentsPhoneAndItIsThereAfterARestart() throws {
        var tmux: TmuxSession? = try startDemo()
        _ = try openFirstParentForm(tmux!, timeout: 120)
        try tmux!.press("Tab", "Tab", "Tab", "Tab")
        for _ in 0..<24 { try tmux!.press("BSpace") }
        try tmux!.type("+7 912 345-67-89")
        try tmux!.press("Enter")
        try tmux!.wait(forText: "Родитель сохранён")
        let card = try tmux!.capture()
        XCTAssertFalse(card.contains { $0.contains("345-67-89") }, "the card lists parents without their phones")
        try tmux!.press("F10")
        try tmux!.waitForExit()
        tmux = nil

        let again = try startDemo()
        let form = try openFirstParentForm(again, timeout: 60)
        XCTAssertTrue(form.contains { $0.contains("Телефон") && $0.contains("+7 912 345-67-89") }, form.joined(separator: "\n"))
        try again.press("Escape", "Escape", "Escape")
        try again.press("F10")
        try again.waitForExit()
    }
}
