import EzhCore
@testable import EzhTUI
import XCTest

/// The lesson card: date and time, topic and homework typed in Russian with their deadlines,
/// «все присутствуют».
final class LessonCardTests: XCTestCase {
    private func openCard() -> TestApp {
        let t = TestApp()
        t.openMathGrid()
        t.press(.function(7))
        return t
    }

    func testTheCardShowsTheLessonItsFieldsAndEachDeadline() {
        let t = openCard()
        let card = (4...17).map { t.screen.line($0) }.joined(separator: "\n")
        XCTAssertEqual(card, """
             №┌─ Урок: 5А · Математика ──────────────────────────────────────────────────┐
             1│ 27.11.2026, урок 3, 11:00–11:45, каб. 21                                 │ 5
             2│                                                                          │
             3│ ▸ Тема урока                                      можно до 21:00 сегодня │
             4│   Дроби                                                                  │
             5│                                                                          │
              │   Домашнее задание                                можно до 15:30 сегодня │
              │                                                                          │
              │                                                                          │
              │   Посещаемость                                    можно до 21:00 сегодня │
              │     не отмечена                                                          │
              │                                                                          │
              │ Enter — сохранить   F5 — все присутствуют   Esc — закрыть                │
              └──────────────────────────────────────────────────────────────────────────┘
            """)
        XCTAssertEqual(t.screen.cursor, CursorPosition(row: 8, column: 11), "the cursor is at the end of the topic")
    }

    func testTopicAndHomeworkAreTypedInRussianAndSavedThroughTheService() {
        let t = openCard()
        t.type(" и проценты")
        t.press(.tab)
        t.type("№ 214, 215; учить правило")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["topic 106 Дроби и проценты", "homework 106 № 214, 215; учить правило"])
        XCTAssertFalse(t.text.contains("Урок: 5А"), "the card closes once saved")
        XCTAssertEqual(t.status, "Сохранено: Тема урока, Домашнее задание")
    }

    func testAWarningAboutTheTextIsShownAfterSaving() {
        let t = openCard()
        t.journal.state.textWarning = .verbatim("Тема урока: нет ни одного русского слова — записи ведутся на русском языке")
        t.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        t.type("Fractions")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["topic 106 Fractions"])
        XCTAssertEqual(t.screen.line(21), " ! Сохранено: Тема урока. Тема урока: нет ни одного русского слова — записи")
    }

    func testAllPresentConfirmsTheAttendance() {
        let t = openCard()
        t.press(.function(5))
        XCTAssertEqual(t.journal.writes, ["all present 106"])
        XCTAssertTrue(t.screen.line(14).contains("    отмечена"), t.screen.line(14))
        XCTAssertEqual(t.status, "Посещаемость отмечена: все, кроме отмеченных в журнале, присутствуют")
    }

    func testARefusedSaveKeepsTheCardAndTheTextAndSaysWhy() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.left, .function(7))
        XCTAssertTrue(t.screen.line(5).contains("25.11.2026, урок 3"), t.screen.line(5))
        t.journal.refuseNextWrite = .notYourLesson(teacher: "Сидоров И.И.")
        t.type("Проценты")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(t.text.contains("Урок: 5А · Математика"), "the card stays open")
        XCTAssertTrue(t.screen.line(8).contains("Проценты"), t.screen.line(8))
        XCTAssertTrue(t.screen.line(21).hasPrefix(" ! Это урок другого учителя (Сидоров И.И.)"), t.screen.line(21))
    }

    func testEscWithUnsavedTextWarnsOnceThenCloses() {
        let t = openCard()
        t.type("!")
        t.press(.escape)
        XCTAssertTrue(t.text.contains("Урок: 5А"))
        XCTAssertEqual(t.screen.line(21) + " " + t.status,
                       " Есть несохранённые изменения: Enter — сохранить, Esc ещё раз — закрыть без сохранения")
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Урок: 5А"))
        XCTAssertEqual(t.journal.writes, [])
    }

    func testAClickOnAColumnHeaderOpensThatLessonsCard() {
        let t = TestApp()
        t.openMathGrid()
        _ = t.screen
        t.press(.mouse(row: 3, column: 45))
        XCTAssertTrue(t.screen.line(5).contains("23.11.2026, урок 2"), t.screen.line(5))
    }
}
