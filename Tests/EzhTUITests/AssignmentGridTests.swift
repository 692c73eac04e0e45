import EzhCore
@testable import EzhTUI
import XCTest

/// The marks grid's assignments: the header shows each column's type and weight, the first mark
/// of an empty lesson asks for the type (Enter keeps the default), a second column on a lesson,
/// a type change that asks first when the column has marks, and exempt pupils' cells.
final class AssignmentGridTests: XCTestCase {
    func testTheHeaderShowsEachColumnsTypeAndWeight() {
        let t = TestApp()
        t.openMathGrid()
        XCTAssertEqual(t.screen.line(4), " № Ученик               │ Р/у×1 Р/у×1 Р/у×1 К/р×2 Р/у×1 Р/у×1   │")
    }

    func testTheFirstMarkOfAnEmptyLessonAsksForTheTypeAndEnterKeepsTheDefault() {
        let t = TestApp()
        t.journal.marks[Fixture.math] = Fixture.marksGrid(todayWithoutAssignment: true)
        t.openMathGrid()
        t.type("5")
        XCTAssertEqual(t.journal.writes, [], "nothing is written before the type is chosen")
        XCTAssertTrue(t.text.contains("Вид работы нового столбца (Enter — оставить)"), t.text)
        XCTAssertTrue(t.text.contains("Работа на уроке · Р/у · вес 1"), t.text)
        XCTAssertTrue(t.text.contains("Контрольная работа · К/р · вес 2"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 5"])
        XCTAssertTrue(t.screen.line(4).contains("К/р×2 Р/у×1 Р/у×1"), t.screen.line(4))
        t.type("4")
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 5", "mark 2 col 5 4"], "the column has its type now: no second question")
    }

    func testAControlWorkIsChosenWithOneKeyDown() {
        let t = TestApp()
        t.journal.marks[Fixture.math] = Fixture.marksGrid(todayWithoutAssignment: true)
        t.openMathGrid()
        t.type("5")
        t.press(.down, .enter)
        XCTAssertEqual(t.journal.writes, ["mark 1 col 5 5"])
        XCTAssertTrue(t.screen.line(4).hasSuffix("К/р×2 Р/у×1 К/р×2   │"), t.screen.line(4))
        XCTAssertEqual(t.status, "Ёлкина Юлия · 27.11 урок 3 · Контрольная работа (вес 2)")
    }

    func testEscapeFromThePickerWritesNothing() {
        let t = TestApp()
        t.journal.marks[Fixture.math] = Fixture.marksGrid(todayWithoutAssignment: true)
        t.openMathGrid()
        t.type("5")
        t.press(.escape)
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertFalse(t.text.contains("Вид работы нового столбца"))
    }

    func testASecondAssignmentIsItsOwnColumnNextToTheFirst() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.left)
        XCTAssertEqual(t.status, "Алексеев Борис · 25.11 урок 3 · Работа на уроке (вес 1)")
        t.press(.control("n"))
        XCTAssertTrue(t.text.contains("Ещё одно задание на уроке: вид работы"), t.text)
        t.press(.down, .enter)
        XCTAssertEqual(t.journal.writes, ["add assignment lesson 105 К/р"])
        XCTAssertEqual(t.screen.line(2), "                        │ 16.11 18.11 20.11 23.11 25.11 25.11   │  Ср. Ср.в Итог")
        XCTAssertTrue(t.screen.line(4).contains("К/р×2 Р/у×1 К/р×2"), t.screen.line(4))
        XCTAssertEqual(t.status, "Столбец: Контрольная работа (вес 2)")
    }

    func testChangingTheTypeOfAColumnWithMarksAsksFirst() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.left, .left, .left, .left, .left)
        XCTAssertEqual(t.status, "Алексеев Борис · 16.11 урок 2 · Работа на уроке (вес 1)")
        t.press(.control("t"))
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("В столбце 2 отм."), t.text)
        XCTAssertEqual(t.journal.writes, [], "nothing changes before the answer")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["work type col 0 К/р"])
        XCTAssertTrue(t.screen.line(4).contains("│ К/р×2"), t.screen.line(4))
        XCTAssertEqual(t.screen.line(5), " 1 Алексеев Борис       │   5     4     -     5                 │ 4.67 4.80    5",
                       "the weighted average takes the new weight: (5·2 + 4 + 5·2) / 5")
    }

    func testAnExemptPupilsCellsSayOsvAndRefuseAMark() {
        let t = TestApp()
        var grid = Fixture.marksGrid()
        let pupils = grid.pupils.map { pupil in
            pupil.id == PupilID(3) ? pupil.with(exemptDays: [DateSpan(LocalDate(year: 2026, month: 11, day: 25),
                                                                      LocalDate(year: 2026, month: 11, day: 30))]) : pupil
        }
        grid = MarksGrid(page: grid.page, period: grid.period, pupils: pupils, columns: grid.columns, cells: grid.cells, finals: grid.finals)
        t.journal.marks[Fixture.math] = grid
        t.openMathGrid()
        XCTAssertEqual(t.screen.line(7), " 3 Иванова Мария        │         2     3          осв   осв    │ 2.50 2.50")
        t.press(.left, .down, .down)
        t.type("4")
        XCTAssertTrue(t.text.contains("! Ученик освобождён на 25.11 (ОСВ): отметка не ставится."), t.text)
        XCTAssertEqual(t.journal.writes, [])
    }
}
