import Foundation
import XCTest

/// The deputy on the demo school, with the real binary in tmux: the start screen offers the
/// timetable, the editor opens, `:5А` shows 5А's week of the demo's Friday as a grid.
final class TimetableEditorJourneyTests: XCTestCase {
    func testTheDeputyOpensTheEditorAndSeesFifthAsWeek() throws {
        let folder = try JournalFolder()
        let terminal = try DemoTerminal(folder: folder.url)
        try terminal.signIn(as: "deputy")
        try terminal.tmux.press("C-t")
        try terminal.tmux.wait(forText: "Расписание")
        try terminal.tmux.press(":")
        try terminal.tmux.type("5А")
        try terminal.tmux.press("Enter")
        let screen = try terminal.tmux.wait(forText: "Расписание 5А · 23.11–29.11.2026")
        let text = screen.joined(separator: "\n")
        XCTAssertTrue(screen[1].contains("пн 23.11") && screen[1].contains("пт 27.11"), text)
        // Lesson 1 holds a subject on Monday; the cells name teachers with initials.
        XCTAssertFalse(screen[2].dropFirst(4).prefix(18).trimmingCharacters(in: .whitespaces).isEmpty, text)
        XCTAssertNotNil(screen[3...5].joined().range(of: "[А-ЯЁ][а-яё]+ [А-ЯЁ]\\.[А-ЯЁ]\\.", options: .regularExpression), text)
        XCTAssertTrue(text.contains("пн 23.11, 1 урок: 5А "), text)
        try terminal.tmux.press("F10")
        try terminal.tmux.waitForExit()
    }
}
