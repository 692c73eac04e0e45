import EzhCore
@testable import EzhTUI
import XCTest

/// Grids show each column's deadline before anyone types, and a locked cell says which rule
/// locks it when typed into.
final class DeadlineGridTests: XCTestCase {
    /// 5А mathematics with the rules' windows, at 11:00 on Friday 27.11: attendance of earlier
    /// days is past its 21:00 deadline, today's lesson (11:00) has just started.
    private func attendanceGrid(permission: LatePermission? = nil) -> TestApp {
        let t = TestApp()
        t.journal.attendance[Fixture.math] = Fixture.withWindows(Fixture.attendanceGrid(), kind: .attendance, permission: permission)
        t.journal.marks[Fixture.math] = Fixture.withWindows(Fixture.marksGrid(), kind: .mark, permission: permission)
        t.openMathGrid()
        t.press(.tab)
        return t
    }

    func testLockedColumnsAreMarkedAndTheStatusLineSaysTheDeadlineHasPassed() {
        let t = attendanceGrid()
        t.press(.left)
        XCTAssertEqual(t.text, """
             5А · Математика · 2 четверть                   Петрова А.С. · 27.11.2026 11:00
              Оценки   [Посещаемость]
                                    │ 16.11 18.11 20.11 23.11 25.11 27.11 30.11  │ Проп    Б
                                    │ ×ур.2 ×ур.3 ур.1  ×ур.2 ×ур.3 ур.3  ур.2   >
             № Ученик               │ 10:00 11:00 09:00 10:00 11:00 11:00 10:00  │
             1 Алексеев Борис       │   -     -     -     -     -           -    │    0    0
             2 Ёлкина Юлия          │   -     -     -     -    ОП           -    │    0    0
             3 Иванова Мария        │   -     -     -     -     -           -    │    0    0
             4 Константинопольская… │   Б     Б     -     -     -           -    │    2    2
             5 Петров Пётр          │   -     -     -     Н     -           -    │    1    0












             Алексеев Б. · 25.11 урок 3    срок истёк 25.11 21:00 — нужно разрешение завуча
            F1 Справка  F10 Выход  F2 Период  F3 Класс  F4 Предмет  Tab Оц/Пос  F6 История
            """)
        // Locked, not-yet-open and read-only cells are dim as well as dotted.
        XCTAssertTrue(t.screen[7, 52].style.dim, "25.11 is past its deadline")
        XCTAssertFalse(t.screen[7, 58].style.dim, "27.11 takes entries")
    }

    func testTheStatusLineTellsTheDeadlineOfEachKindOfCell() {
        let t = attendanceGrid()
        XCTAssertEqual(t.status, "Алексеев Борис · 27.11 урок 3 · 11:00–11:45             можно до 21:00 сегодня")
        t.press(.right)
        XCTAssertTrue(t.status.hasSuffix("урок ещё не начался (с 30.11 10:00)"), t.status)
        t.press(.left, .left, .left, .left)
        XCTAssertEqual(t.status, "Алексеев Борис · 20.11 урок 1 · 09:00–09:45 · только просмотр")
        // Marks have a week: the 25.11 lesson is open until 02.12.
        t.press(.right, .right, .tab)
        XCTAssertTrue(t.status.hasSuffix("можно до 02.12 21:00"), t.status)
    }

    func testTypingIntoALockedCellLeavesItAndShowsTheRuleWhileTheCursorStays() {
        let t = attendanceGrid()
        t.press(.left)
        let before = t.screen.line(5)
        let cursor = t.screen.cursor
        t.type("н")
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertEqual(t.screen.line(5), before)
        XCTAssertEqual(t.screen.cursor, cursor)
        XCTAssertEqual(t.screen.line(21), " ! Правило 1 (записи дня вносятся до конца дня): срок истёк 25.11.2026 21:00.")
        XCTAssertEqual(t.status, "Попросите у завуча разрешение на внесение с опозданием.")
    }

    func testTheDeadlinePassingWhileTheGridIsOpenLocksTheColumn() {
        let t = attendanceGrid()
        t.journal.time = TimeOfDay(hour: 21, minute: 5)
        XCTAssertTrue(t.screen.line(3).contains("×ур.3 ×ур.3"), t.screen.line(3))
        XCTAssertTrue(t.status.hasSuffix("срок истёк 27.11 21:00 — нужно разрешение завуча"), t.status)
        t.type("н")
        XCTAssertEqual(t.journal.writes, [])
        XCTAssertTrue(t.screen.line(21).contains("срок истёк 27.11.2026 21:00"), t.screen.line(21))
    }

    func testALateColumnIsMarkedAndTakesEntriesUnderThePermission() {
        let t = attendanceGrid(permission: Fixture.latePermission)
        t.press(.left)
        XCTAssertTrue(t.screen.line(3).contains("×ур.2 !ур.3 ур.3"), t.screen.line(3))
        XCTAssertTrue(t.status.hasSuffix("с опозданием по разрешению № 7 до 28.11 21:00"), t.status)
        t.type("н")
        XCTAssertEqual(t.journal.writes, ["late under 7", "attendance 1 lesson 105 Н"])
        XCTAssertTrue(t.screen.line(5).contains("-     Н           -"), t.screen.line(5))
    }

    func testDeadlinesInEnglish() {
        let t = attendanceGrid()
        t.press(.character(":"))
        t.type("lang en")
        t.press(.enter, .left)
        XCTAssertTrue(t.status.hasSuffix("deadline passed 25.11 21:00 — a deputy's permission is needed"), t.status)
    }
}
