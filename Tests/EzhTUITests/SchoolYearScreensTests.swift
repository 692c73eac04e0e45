import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The deputy's classes, subjects and curriculum lists.
final class SchoolYearScreensTests: XCTestCase {
    private func openClasses() -> TestApp {
        let t = TestApp()
        t.signIn(as: "deputy")
        t.press(.control("k"))
        return t
    }

    func testClassesShowTheirTeacherRoomAndShiftAndARoomChanges() {
        let t = openClasses()
        XCTAssertTrue(t.screen.line(0).contains("Классы"))
        XCTAssertTrue(t.screen.line(2).contains("5А    Петрова Анна Сергеевна"), t.screen.line(2))
        XCTAssertTrue(t.screen.line(2).contains("каб. 21") && t.screen.line(2).contains("1 смена"), t.screen.line(2))
        XCTAssertTrue(t.screen.line(3).contains("нет кл. руководителя") && t.screen.line(3).contains("без кабинета"), t.screen.line(3))
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Классный руководитель: Петрова А.С."))
        t.press(.down, .enter)
        t.press(.backspace, .backspace)
        t.type("305")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["class 1 room(\"305\")"])
        XCTAssertTrue(t.screen.line(2).contains("каб. 305"), t.screen.line(2))
        XCTAssertEqual(t.status, "Класс изменён")
    }

    func testTheCurriculumOfAClassTakesHoursAndASplit() {
        let t = openClasses()
        t.press(.function(3))
        XCTAssertTrue(t.screen.line(0).contains("Учебный план 5А"))
        XCTAssertTrue(t.screen.line(2).contains("Математика") && t.screen.line(2).contains("5 ч/нед  (170 ч в год)"), t.screen.line(2))
        t.press(.function(2)) // add: the subjects not in the plan yet, Английский язык
        t.press(.enter)
        t.type("абв")
        t.press(.enter)
        XCTAssertTrue(t.status.contains("«абв» — не число часов"), t.status)
        t.press(.backspace, .backspace, .backspace)
        t.type("1,5")
        t.press(.enter, .down, .enter) // split: yes
        XCTAssertEqual(t.journal.writes, ["curriculum 1 3 1.5 true"])
        XCTAssertTrue(t.text.contains("1,5 ч/нед  (51 ч в год)  по группам"), t.text)
    }

    func testSubjectsAreAddedWithAShortNameAndARefusalKeepsTheForm() {
        let t = openClasses()
        t.press(.function(4), .function(2))
        t.type("Информатика")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Кратко: Инфо"), "a short name is offered")
        t.journal.refuseNextWrite = .invalidInput(field: BilingualText("Предмет", "Subject"), problem: BilingualText("уже есть.", "exists."))
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Кратко:"), "the form stays after a refusal")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["subject new Информатика Инфо"])
        XCTAssertTrue(t.text.contains("Информатика"))
    }

    func testHolidaysAreAddedAndRemoved() {
        let t = openClasses()
        t.press(.function(5))
        XCTAssertTrue(t.screen.line(2).contains("28.12.2026–10.01.2027   Зимние каникулы"), t.screen.line(2))
        t.press(.function(2))
        t.type("Карантин")
        t.press(.enter)
        t.type("14.12.2026")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Последний день: 14.12.2026"), "the first day is offered as the last")
        for _ in 0..<10 { t.press(.backspace) }
        t.type("19.12.2026")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["holiday Карантин 14.12.2026-19.12.2026"])
        XCTAssertEqual(t.status, "Каникулы добавлены; уроков убрано 12")
        t.press(.delete)
        XCTAssertTrue(t.text.contains("Убрать «28.12.2026–10.01.2027"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes.last, "remove holiday 1")
    }

    func testAPeriodsDatesAreEditedAndARefusalKeepsTheForm() {
        let t = openClasses()
        t.press(.function(8))
        XCTAssertTrue(t.screen.line(0).contains("Периоды учебного года"), t.screen.line(0))
        XCTAssertTrue(t.screen.line(2).contains("1 четверть") && t.screen.line(2).contains("01.09–24.10, закрыта"), t.screen.line(2))
        XCTAssertTrue(t.screen.line(4).contains("1 полугодие") && t.screen.line(4).contains("01.09–28.12, открыто"), t.screen.line(4))
        t.press(.down, .enter)
        XCTAssertTrue(t.text.contains("Первый день: 05.11.2026"), "the period's own first day is offered")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Последний день: 28.12.2026"), "and its own last day")
        for _ in 0..<10 { t.press(.backspace) }
        t.type("27.12")
        t.press(.enter)
        XCTAssertTrue(t.status.contains("27.12"), "a date without its year is refused: \(t.status)")
        for _ in 0..<5 { t.press(.backspace) }
        t.journal.refuseNextWrite = .invalidInput(field: BilingualText("Период", "Period"), problem: BilingualText("заходит на соседний.", "overlaps."))
        t.type("30.12.2026")
        t.press(.enter)
        XCTAssertTrue(t.status.contains("заходит на соседний"), t.status)
        XCTAssertTrue(t.text.contains("Последний день:"), "the form stays after a refusal")
        for _ in 0..<10 { t.press(.backspace) }
        t.type("27.12.2026")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["period 2 05.11.2026-27.12.2026"])
        XCTAssertEqual(t.status, "Даты периода изменены")
        XCTAssertTrue(t.screen.line(3).contains("05.11–27.12, открыта"), t.screen.line(3))
    }

    func testABellsTimesAreTypedAndCheckedBeforeSending() {
        let t = openClasses()
        t.press(.function(6))
        XCTAssertTrue(t.screen.line(2).contains("Основное") && t.screen.line(2).contains("08:30–09:15"), t.screen.line(2))
        t.press(.down, .function(2))
        XCTAssertTrue(t.text.contains("Основное, 1 смена, 3 урок"), "F2 adds the next lesson")
        t.type("10.30")
        t.press(.enter)
        XCTAssertTrue(t.status.contains("не время урока"), t.status)
        XCTAssertEqual(t.journal.writes, [])
        for _ in 0..<5 { t.press(.backspace) }
        t.type("10:30-11:15")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["bell Основное 1 3 10:30-11:15"])
        XCTAssertTrue(t.status.contains("изменено 30"), t.status)
    }

    func testPupilsArePlacedInTheGroupsOfASplitSubject() {
        let t = openClasses()
        t.press(.function(3), .function(7))
        XCTAssertTrue(t.status.contains("не делится на группы"), t.status)
        t.journal.schoolYear.curriculum.append(ClassCurriculumLine(subjectID: SubjectID(3), subject: "Английский язык", hoursPerWeek: 3,
                                                                   hoursPerYear: 102, split: true))
        t.press(.escape, .function(3), .down, .function(7))
        XCTAssertTrue(t.screen.line(0).contains("5А Английский язык · 2 четверть"), t.screen.line(0))
        XCTAssertTrue(t.screen.line(2).contains("Алексеев Борис Петрович") && t.screen.line(2).contains("— без группы —"), t.screen.line(2))
        t.press(.enter, .down, .enter)
        XCTAssertEqual(t.journal.writes, ["place 2 2 группа"])
        XCTAssertTrue(t.screen.line(2).contains("2 группа"), t.screen.line(2))
    }

    func testOthersDoNotHaveTheLists() {
        let t = TestApp()
        t.signIn()
        t.press(.control("k"))
        XCTAssertFalse(t.screen.line(0).contains("Классы"))
    }
}
