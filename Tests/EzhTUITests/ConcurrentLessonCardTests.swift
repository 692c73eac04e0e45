import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The lesson card while another terminal saves the same lesson: a stale save is refused with
/// who, when and where, the card shows the journal's text and keeps what was typed, and fields
/// not being edited follow the other terminal.
final class ConcurrentLessonCardTests: XCTestCase {
    private func openCard() -> TestApp {
        let t = TestApp()
        t.openMathGrid()
        t.press(.function(7))
        return t
    }

    /// The screen's text with every run of spaces and line breaks as one space, so a message
    /// wrapped over two status lines reads as one sentence.
    private func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testAStaleTopicIsRefusedAndTheCardShowsTheJournalsTextUnderWhatWasTyped() {
        let t = openCard()
        t.type(" и уравнения")
        t.journal.lessonTextElsewhere(topic: "Дроби и проценты", homework: "№ 5")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(t.text.contains("Урок: 5А · Математика"), "the card stays open")
        XCTAssertTrue(flat(t.text).contains(
            "! «Тема урока» изменили (Сидоров Иван, 27.11.2026 10:58, терминал pts/7); ничего не записано. "
                + "Enter запишет ваш текст поверх."
        ), t.text)
        XCTAssertEqual(t.screen.line(8), " 4│   Дроби и уравнения                                                      │")
        XCTAssertEqual(t.screen.line(9), " 5│   сейчас в журнале: «Дроби и проценты»                                   │")
        XCTAssertTrue(t.screen.line(11).contains("   № 5   "), "the homework not being edited shows the other terminal's")

        // Having seen it, Enter writes the typed topic over it, and only the topic.
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["topic 106 Дроби и уравнения"])
        XCTAssertFalse(t.text.contains("Урок: 5А"), "the card closes once saved")
    }

    func testAStaleHomeworkAfterASavedTopicSaysBoth() {
        let t = openCard()
        t.type(" и проценты")
        t.press(.tab)
        t.type("№ 214")
        t.journal.lessonTextElsewhere(homework: "№ 300")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["topic 106 Дроби и проценты"])
        XCTAssertTrue(flat(t.text).contains("! Сохранено: Тема урока. «Домашнее задание» изменили (Сидоров Иван, 27.11.2026 10:58, терминал pts/7); "
                + "ничего не записано. Enter запишет ваш текст поверх."), t.text)
        XCTAssertTrue(t.screen.line(10).contains("▸ Домашнее задание"), "the refused field has the focus: \(t.screen.line(10))")
        XCTAssertTrue(t.screen.line(11).contains("№ 214"), t.screen.line(11))
        XCTAssertTrue(t.screen.line(12).contains("сейчас в журнале: «№ 300»"), t.screen.line(12))

        // Typed to the journal's own text, the field has nothing to warn about.
        t.press(.backspace, .backspace, .backspace)
        t.type("300")
        XCTAssertFalse(t.screen.line(12).contains("сейчас в журнале"), t.screen.line(12))
    }

    func testAnIdleCardFollowsAnotherTerminalInTheFieldsNotBeingEdited() {
        let journal = FakeJournal()
        let signIn: [Key] = Key.typing("teacher") + [.enter] + Key.typing("demo") + [.enter, .enter]
        let terminal = SteppedTerminal([
            .keys(signIn + [.function(7)] + Key.typing(" и проценты")), .pause,
            .run { journal.lessonTextElsewhere(topic: "Сложение дробей", homework: "№ 300") }, .pause,
            .keys([.enter]),
        ])
        let app = Application(backend: journal, keymaps: KeymapLoader(directories: [keymapFolder], userFile: nil), language: .ru)
        XCTAssertThrowsError(try app.run(on: terminal)) { XCTAssertTrue($0 is ScriptedTerminal.ScriptEnded) }
        let idle = terminal.frames[terminal.frames.count - 2]
        XCTAssertTrue(idle.line(8).contains("Дроби и проценты"), "what is typed stays: \(idle.line(8))")
        XCTAssertTrue(idle.line(11).contains("№ 300"), "the homework follows the other terminal: \(idle.line(11))")
        XCTAssertTrue(idle.line(9).contains("сейчас в журнале: «Сложение дробей»"), "before any save: \(idle.line(9))")
        XCTAssertEqual(journal.writes, [], "the topic changed under the typing: the save is refused, the homework not written back")
        let last = terminal.frames.last!
        XCTAssertTrue(flat(last.text()).contains("«Тема урока» изменили (Сидоров Иван"), last.text())
        XCTAssertTrue(last.line(9).contains("сейчас в журнале: «Сложение дробей»"), last.line(9))
    }
}
