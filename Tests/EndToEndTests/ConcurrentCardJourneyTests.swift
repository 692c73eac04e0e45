import Foundation
import XCTest

/// Two real `ezh` processes on one journal file with the same lesson card open: the card saved
/// second is refused with who, when and which terminal, shows the journal's topic under what was
/// typed, and writes the typed topic only when Enter is pressed again.
final class ConcurrentCardJourneyTests: EndToEndCase {
    /// `ezh demo` on the shared file; the first one started seeds it. Neither looks for other
    /// terminals' changes while idle, so each card stays as it was read.
    private func start() throws -> TmuxSession {
        try TmuxSession.demo(database: database, home: folder.path, environment: ["EZH_REFRESH_SECONDS=600"])
    }

    /// Signs in as the demo teacher, opens 5А · Математика and today's lesson card.
    private func openTodaysCard(_ tmux: TmuxSession) throws {
        try tmux.signInAndOpenDemoMath()
        try tmux.press("F7")
        try tmux.wait(forText: "Урок: 5А · Математика")
    }

    /// Empties the focused field (the demo may have filled it) and types `text`.
    private func replaceField(_ tmux: TmuxSession, with text: String) throws {
        for _ in 0..<80 { try tmux.press("BSpace") }
        try tmux.type(text)
        try tmux.wait(forText: text)
    }

    private func flat(_ screen: [String]) -> String { DemoTerminal.flat(screen) }

    func testTheCardSavedSecondIsRefusedAndShowsTheJournalsTopic() throws {
        let a = try start()
        try openTodaysCard(a)
        let b = try start()
        try openTodaysCard(b)

        try replaceField(a, with: "Сложение дробей")
        try a.press("Enter")
        try a.wait(forText: "Сохранено: Тема урока")

        try replaceField(b, with: "Вычитание дробей")
        try b.press("Enter")
        let refused = flat(try b.wait(forText: "«Тема урока» изменили"))
        XCTAssertTrue(refused.range(of: "терминал /dev/pts/\\d+|терминал pts/\\d+", options: .regularExpression) != nil, refused)
        XCTAssertTrue(refused.contains("27.11.2026 11:0"), refused)
        XCTAssertTrue(refused.contains("сейчас в журнале: «Сложение дробей»"), refused)
        XCTAssertTrue(refused.contains("Урок: 5А · Математика"), "the card stays open")

        // Having seen it, B writes its topic over it; A's card, opened again, shows it.
        try b.press("Enter")
        try b.wait(forText: "Сохранено: Тема урока")
        try a.press("F7")
        try a.wait(forText: "Вычитание дробей")
        for tmux in [a, b] {
            try tmux.press("Escape")
            try tmux.press("F10")
            try tmux.waitForExit()
        }
    }
}
