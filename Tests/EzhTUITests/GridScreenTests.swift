import EzhCore
@testable import EzhTUI
import XCTest

final class GridScreenTests: XCTestCase {
    func testMarksGridAt80x24KeepsEveryColumnAligned() {
        let t = TestApp()
        t.openMathGrid()
        XCTAssertEqual(t.text, """
             5А · Математика · 2 четверть                   Петрова А.С. · 27.11.2026 11:00
             [Оценки]   Посещаемость
                                    │ 16.11 18.11 20.11 23.11 25.11 27.11   │  Ср. Ср.в Итог
                                    │ ур.2  ур.3  ур.1  ур.2  ур.3  ур.3    >
             № Ученик               │ Р/у×1 Р/у×1 Р/у×1 К/р×2 Р/у×1 Р/у×1   │
             1 Алексеев Борис       │   5     4     -     5                 │ 4.67 4.75    5
             2 Ёлкина Юлия          │   3           -     4     .           │ 3.50 3.67
             3 Иванова Мария        │         2     3                       │ 2.50 2.50
             4 Константинопольская… │               -                       │
             5 Петров Пётр          │               -                       │












             Алексеев Борис · 27.11 урок 3 · Работа на уроке (вес 1)
            F1 Справка  F10 Выход  F2 Период  F3 Класс  F4 Предмет  Tab Оц/Пос  F6 История
            """)
        // The terminal cursor sits on the active cell: first pupil, 27.11.
        XCTAssertEqual(t.screen.cursor, CursorPosition(row: 5, column: 58))
    }

    func testBelow80x24TheScreenSaysSoInsteadOfDrawingTheJournal() {
        let t = TestApp()
        t.openMathGrid()
        for size in [TerminalSize(rows: 24, columns: 79), TerminalSize(rows: 23, columns: 100)] {
            t.size = size
            XCTAssertTrue(t.text.contains("Окно терминала слишком маленькое: нужно не меньше 80×24"), t.text)
            XCTAssertFalse(t.text.contains("Алексеев"))
        }
        t.size = TerminalSize(rows: 10, columns: 30)
        XCTAssertTrue(t.text.contains("Окно терминала слишком"), t.text)
        XCTAssertTrue(t.text.contains("Сейчас 30×10."), t.text)
    }

    func testHorizontalScrollKeepsThePupilColumnAndTheSummaries() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.right, .right, .right)
        let lines = t.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[2], "                        │ 23.11 25.11 27.11 30.11 02.12 04.12   │  Ср. Ср.в Итог")
        XCTAssertEqual(lines[3], "                        < ур.2  ур.3  ур.3  ур.2  ур.3  ур.1    >")
        XCTAssertEqual(lines[5], " 1 Алексеев Борис       │   5                                   │ 4.67 4.75    5")
        XCTAssertEqual(t.status, "Алексеев Борис · 04.12 урок 1")
        t.press(.end)
        XCTAssertTrue(t.text.contains("11.12"))
        XCTAssertTrue(t.screen.line(5).hasPrefix(" 1 Алексеев Борис       │"))
        t.press(.home)
        XCTAssertTrue(t.screen.line(2).contains("│ 16.11 18.11"))
    }

    func testStatusLineNamesPupilDateLessonWorkTypeAndWeight() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.left, .left, .down, .down)
        XCTAssertEqual(t.status, "Иванова Мария · 23.11 урок 2 · Контрольная работа (вес 2)")
        t.press(.left)
        XCTAssertEqual(t.status, "Иванова Мария · 20.11 урок 1 · Работа на уроке (вес 1) · только просмотр")
    }

    func testTypingMarksSavesEachAndMovesDownForFastEntry() {
        let t = TestApp()
        t.openMathGrid()
        t.type("54321")
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 5", "mark 2 col 5 4", "mark 3 col 5 3", "mark 4 col 5 2", "mark 5 col 5 1"])
        XCTAssertEqual(t.screen.line(5), " 1 Алексеев Борис       │   5     4     -     5           5     │ 4.75 4.80    5")
        XCTAssertEqual(t.screen.line(9), " 5 Петров Пётр          │               -                 1     │ 1.00 1.00")
        XCTAssertEqual(t.status, "Петров Пётр · 27.11 урок 3 · Работа на уроке (вес 1)", "the cursor stays on the last pupil")
    }

    func testDotClearAndUndoGoThroughTheService() {
        let t = TestApp()
        t.openMathGrid()
        t.type(".")
        t.press(.up, .delete)
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 .", "mark 1 col 5 nil"])
        t.press(.control("z"))
        XCTAssertEqual(t.journal.writes.last, "mark 1 col 5 .")
        XCTAssertEqual(t.status, "Отменено: Алексеев Борис · 27.11 урок 3 · Работа на уроке (вес 1)")
        t.press(.control("z"))
        XCTAssertEqual(t.journal.writes.last, "mark 1 col 5 nil")
        t.press(.control("z"))
        XCTAssertEqual(t.status, "Нечего отменять")
    }

    func testReadOnlyColumnRefusesAndSaysWhy() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.left, .left, .left)
        let cursor = t.screen.cursor
        t.type("4")
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertEqual(t.status, "! Этот урок можно только смотреть: он не ваш или период закрыт.")
        XCTAssertEqual(t.screen.cursor, cursor)
    }

    func testServiceRefusalIsShownAndTheCursorStays() {
        let t = TestApp()
        t.openMathGrid()
        t.journal.refuseNextWrite = .notYourLesson(teacher: "Сидоров И.И.")
        let cursor = t.screen.cursor
        t.type("4")
        XCTAssertEqual(t.screen.line(21), " ! Это урок другого учителя (Сидоров И.И.); менять его может только он или")
        XCTAssertEqual(t.status, "замещающий.")
        XCTAssertEqual(t.screen.cursor, cursor)
        XCTAssertEqual(t.screen.line(5), " 1 Алексеев Борис       │   5     4     -     5                 │ 4.67 4.75    5")
    }

    func testKeysThatAreNoMarkSayWhatToType() {
        let t = TestApp()
        t.openMathGrid()
        t.type("7")
        XCTAssertEqual(t.status, "! Введите отметку 1–5 или точку; Delete стирает.")
        XCTAssertEqual(t.journal.writes, [])
    }

    func testAttendanceCodesWhateverTheKeyboardLayout() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.tab)
        XCTAssertTrue(t.screen.line(1).contains("[Посещаемость]"))
        t.type("нYоJ")
        XCTAssertEqual(t.journal.writes, ["attendance 1 lesson 106 Н", "attendance 2 lesson 106 Н",
                                          "attendance 3 lesson 106 ОП", "attendance 4 lesson 106 ОП"])
        XCTAssertEqual(t.screen.line(8), " 4 Константинопольская… │   Б     Б     -                ОП          │    2    2")
        XCTAssertEqual(t.screen.line(5), " 1 Алексеев Борис       │               -                 Н          │    1    0")
    }

    func testTabSwitchesGridsKeepingPupilAndLesson() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.down, .down, .left)
        t.press(.tab)
        XCTAssertEqual(t.status, "Иванова Мария · 25.11 урок 3 · 11:00–11:45")
        t.press(.tab)
        XCTAssertEqual(t.status, "Иванова Мария · 25.11 урок 3 · Работа на уроке (вес 1)")
    }

    func testCellHistoryOverlayListsChanges() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.function(6))
        XCTAssertTrue(t.text.contains("История: Алексеев Борис · 27.11 урок 3"), t.text)
        XCTAssertTrue(t.text.contains("27.11.2026 10:52  4 → 5  Петрова А.С.  pts/3"), t.text)
        t.press(.escape)
        XCTAssertFalse(t.text.contains("История:"))
        XCTAssertEqual(t.status, "Алексеев Борис · 27.11 урок 3 · Работа на уроке (вес 1)")
    }

    func testPeriodAndSubjectPickersSwitchWithoutLeavingTheGrid() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("1 четверть  01.09–24.10 · период закрыт"), t.text)
        t.press(.up, .enter)
        XCTAssertTrue(t.screen.line(0).hasPrefix(" 5А · Математика · 1 четверть · период закрыт"), t.screen.line(0))
        t.press(.function(4))
        t.press(.down, .enter)
        XCTAssertTrue(t.screen.line(0).hasPrefix(" 5А · Физика · 2 четверть"), t.screen.line(0))
    }

    func testClickingACellMovesTheCursorThere() {
        let t = TestApp()
        t.openMathGrid()
        _ = t.screen // a click lands on what was drawn
        t.press(.mouse(row: 7, column: 33))
        XCTAssertEqual(t.status, "Иванова Мария · 18.11 урок 3 · Работа на уроке (вес 1)")
        t.press(.mouse(row: 1, column: 14))
        XCTAssertTrue(t.screen.line(1).contains("[Посещаемость]"))
    }

    func testVimKeymapMovesWithJButOInAttendanceMeansLate() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.character(":"))
        t.type("keymap vim")
        t.press(.enter)
        XCTAssertEqual(t.status, "Раскладка клавиш: vim")
        t.type("jо")
        XCTAssertEqual(t.status, "Иванова Мария · 27.11 урок 3 · Работа на уроке (вес 1)", "j and о move down in the marks grid")
        t.press(.tab)
        t.type("оk")
        XCTAssertEqual(t.journal.writes, ["attendance 3 lesson 106 ОП"])
        XCTAssertEqual(t.status, "Иванова Мария · 27.11 урок 3 · 11:00–11:45")
    }

    func testCommandLineJumpsToAPupilNumber() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.character(":"))
        t.type("4")
        XCTAssertEqual(t.screen.line(22), ":4")
        t.press(.enter)
        XCTAssertEqual(t.status, "Константинопольская Анастасия · 27.11 урок 3 · Работа на уроке (вес 1)")
    }
}
