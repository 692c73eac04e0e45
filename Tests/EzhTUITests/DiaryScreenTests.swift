import EzhCore
@testable import EzhTUI
import XCTest

final class DiaryScreenTests: XCTestCase {
    func testAPupilStartsInTheDiaryWithMarksWeightsAndBothAverages() {
        let t = TestApp()
        t.signIn(as: "pupil")
        XCTAssertEqual(t.text, """
             Дневник · Иванова Мария, 5А                    Иванова М.С. · 27.11.2026 11:00
             [Отметки]  Неделя   Пропуски                          2 четверть · 05.11–28.12

             Предмет            Отметки (вид работы×вес)                    Ср.  Ср.в  Итог
             Иностранный язык…  5(Р/у)                                     5.00  5.00
             Литература         —
             Математика         5(Р/у) 4(Д/з) 5(К/р×2) 3(Р/у) 4(К/р×2)     4.33  4.38  5
                                5(Д/з)
             Русский язык       3(Дикт×1.5) 4(Р/у)                         3.50  3.40

             В скобках — вид работы и вес отметки (×2); без множителя вес 1. Ср. — средний
             балл, Ср.в — средневзвешенный (Σ отметка·вес / Σ вес), Итог — отметка за
             период.










            Tab Раздел  F2 Период  C-w Сообщения  F1 Справка  F12 Блок  F10 Выход
            """)
    }

    func testTheWeekShowsTopicsHomeworkAndAttendanceAndScrolls() {
        let t = TestApp()
        t.signIn(as: "pupil")
        t.press(.tab)
        XCTAssertEqual(t.lines[3], " Неделя 23.11.2026 – 29.11.2026")
        XCTAssertEqual(t.lines[5], " Понедельник, 23.11.2026")
        XCTAssertEqual(t.lines[9], "    3 Русский язык     Н   Тема: Причастный оборот")
        XCTAssertEqual(t.lines[10], "                           ДЗ: упр. 112")
        XCTAssertEqual(t.status, "Left/Right — другая неделя · Дальше — ниже: PgDn")
        XCTAssertFalse(t.text.contains("ДЗ: № 250"), "Friday's homework is below the screen")
        t.press(.pageDown)
        XCTAssertTrue(t.text.contains("ДЗ: № 250"), t.text)
        XCTAssertEqual(t.status, "Left/Right — другая неделя")
    }

    func testWeekAndPeriodSwitchAskTheServiceForThem() {
        let t = TestApp()
        t.signIn(as: "pupil")
        t.press(.right)
        XCTAssertTrue(t.text.contains("[Неделя]"), "another week shows the week")
        XCTAssertEqual(t.lines[3], " Неделя 30.11.2026 – 06.12.2026")
        XCTAssertEqual(t.journal.people.diaryRequests.last, "pupil 3 period 2 week 30.11")
        t.press(.left, .left)
        XCTAssertEqual(t.lines[3], " Неделя 16.11.2026 – 22.11.2026")
        t.press(.function(2))
        XCTAssertTrue(t.text.contains("1 четверть  01.09–24.10"), t.text)
        t.press(.up, .enter)
        XCTAssertEqual(t.journal.people.diaryRequests.last, "pupil 3 period 1 week 31.08")
        XCTAssertTrue(t.lines[1].contains("1 четверть · 01.09–24.10"), t.lines[1])
    }

    func testAbsencesOfThePeriodWithTotals() {
        let t = TestApp()
        t.signIn(as: "pupil")
        t.press(.backTab)
        XCTAssertTrue(t.lines[1].contains("[Пропуски]"))
        XCTAssertEqual(t.lines[3], " Пропущено уроков за период: 2, из них по болезни: 1; опозданий: 1")
        XCTAssertEqual(t.lines[5], " 11.11.2026  ур. 1  Математика         Б   по болезни")
        XCTAssertEqual(t.lines[6], " 23.11.2026  ур. 3  Русский язык       Н   отсутствовал, причина не указана")
    }

    func testAParentOfTwoPicksAChildFirstAndCanSwitch() {
        let t = TestApp()
        t.signIn(as: "parent")
        XCTAssertTrue(t.text.contains("▸ Иванова Мария Сергеевна, 5А"), t.text)
        XCTAssertTrue(t.text.contains("  Иванов Пётр Сергеевич, 2Б"), t.text)
        XCTAssertEqual(t.journal.people.diaryRequests, [], "no diary is read before the choice")
        t.press(.down, .enter)
        XCTAssertTrue(t.lines[0].hasPrefix(" Дневник · Иванов Пётр, 2Б"), t.lines[0])
        XCTAssertTrue(t.text.contains("Окружающий мир"))
        XCTAssertFalse(t.text.contains("Математика"))
        t.press(.function(3))
        t.press(.up, .enter)
        XCTAssertTrue(t.lines[0].hasPrefix(" Дневник · Иванова Мария, 5А"), t.lines[0])
        XCTAssertEqual(t.journal.people.diaryRequests, ["pupil 8 period nil week nil", "pupil 3 period nil week nil"])
    }

    func testStaffKeysDoNothingInTheDiary() {
        let t = TestApp()
        t.signIn(as: "pupil")
        let before = t.text
        t.press(.function(4), .function(5), .function(2), .function(6), .escape, .enter)
        XCTAssertEqual(t.text, before)
    }

    func testAnEnglishSessionReadsTheDiaryInEnglish() {
        let t = TestApp()
        t.signIn(as: "pupil")
        t.press(.character(":"))
        t.type("lang en")
        t.press(.enter)
        XCTAssertTrue(t.lines[1].hasPrefix(" [Marks]  Week   Absences"), t.lines[1])
        XCTAssertTrue(t.lines[1].hasSuffix("Quarter 2 · 05.11–28.12"), t.lines[1])
        XCTAssertTrue(t.lines[3].hasPrefix(" Subject            Marks (work type×weight)"), t.lines[3])
        XCTAssertTrue(t.screen.line(23).hasPrefix("Tab Part  F2 Period"), t.screen.line(23))
    }
}
