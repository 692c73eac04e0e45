import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The start screen's «Что нужно внести» panel and the entry points each role has.
final class DuePanelTests: XCTestCase {
    private static func lesson(_ id: Int64, day: Int, number: Int) -> LessonSummary {
        LessonSummary(lessonID: LessonID(id), page: Fixture.math, date: LocalDate(year: 2026, month: 11, day: day),
                      lessonNumber: number, start: TimeOfDay(hour: 8 + number, minute: 0),
                      end: TimeOfDay(hour: 8 + number, minute: 45), room: "21", topic: "")
    }

    private static func at(_ day: Int, _ hour: Int) -> Date {
        FakeJournal.zone.instant(LocalDate(year: 2026, month: 11, day: day), TimeOfDay(hour: hour, minute: 0))
    }

    /// One overdue attendance, today's topic, and a test whose marks are due tonight.
    private func teacherHome() -> TestApp {
        let t = TestApp()
        t.journal.state.due = DueOverview(
            teacherName: "Петрова А.С.",
            today: [DueItem(kind: .topic, lesson: Self.lesson(106, day: 27, number: 3), deadline: Self.at(27, 21))],
            closingSoon: [DueItem(kind: .marks, lesson: Self.lesson(104, day: 23, number: 2), deadline: Self.at(30, 21),
                                  detail: "К/р: 3 из 5 без отметки")],
            overdue: [DueItem(kind: .attendance, lesson: Self.lesson(105, day: 25, number: 3), deadline: Self.at(25, 21))]
        )
        t.signIn()
        return t
    }

    func testTheHomeScreenListsWhatIsDueBelowTheJournals() {
        let t = teacherHome()
        XCTAssertEqual(t.text, """
             ezh · МБОУ «Школа № 1»               Петрова Анна Сергеевна · 27.11.2026 11:00
             учитель, кл. руководитель                             F2 Реквизиты  C-p Пароль

             Уроки сегодня, 27.11.2026
             ▸  3  10:00–10:45  5А · Математика  каб. 21

             Журналы
               5А · Математика
               5А · Физика








             Что нужно внести (3)  (Tab — перейти к списку)
              ! 25.11 ур.3 5А · Математика — посещаемость — просрочено
                27.11 ур.3 5А · Математика — тема урока — осталось 10 ч 0 мин
                23.11 ур.2 5А · Математика — отметки — осталось 3 дн 10 ч — К/р: 3 из 5 бе…

             Урок 3: 5А · Математика — Enter откроет журнал
            Enter Открыть  F1 Справка  F10 Выход  C-w Сообщения  F6 Пропуски  F7 Разрешения
            """)
        // The overdue line is bold as well as marked «!».
        XCTAssertTrue(t.screen[18, 2].style.bold)
        XCTAssertFalse(t.screen[19, 4].style.bold)
    }

    func testTabMovesIntoThePanelAndEnterOpensTheLessonWhereTheEntryIsMade() {
        let t = teacherHome()
        t.press(.tab)
        XCTAssertEqual(t.screen.line(18), " ▸! 25.11 ур.3 5А · Математика — посещаемость — просрочено")
        XCTAssertEqual(t.status, "посещаемость, срок 25.11.2026 21:00 — Enter откроет урок")
        t.press(.enter)
        XCTAssertTrue(t.screen.line(1).contains("[Посещаемость]"), t.screen.line(1))
        XCTAssertTrue(t.status.hasPrefix("Алексеев Борис · 25.11 урок 3"), t.status)
        t.press(.escape, .down, .enter)
        XCTAssertTrue(t.text.contains("Урок: 5А · Математика"), "a missing topic opens the lesson card")
        XCTAssertTrue(t.text.contains("27.11.2026, урок 3"), t.text)
    }

    func testNothingDueSaysSo() {
        let t = TestApp()
        t.signIn()
        XCTAssertEqual(t.screen.line(20), " Что нужно внести: всё внесено вовремя")
        t.press(.tab, .down)
        XCTAssertEqual(t.status, "Журнал 5А · Математика — Enter откроет", "Tab stays in the list when nothing is due")
    }

    func testEntryPointsFollowTheRoles() {
        let teacher = teacherHome()
        teacher.press(.function(8))
        XCTAssertTrue(teacher.text.contains("Уроки сегодня"), "a teacher has no substitutions screen")
        XCTAssertTrue(teacher.status.contains("замены уроков"), "and is told so: \(teacher.status)")
        teacher.press(.function(9))
        XCTAssertTrue(teacher.text.contains("Уроки сегодня"), "nor the overview of all teachers")

        let deputy = TestApp()
        deputy.type("deputy")
        deputy.press(.enter)
        deputy.type("demo")
        deputy.press(.enter)
        XCTAssertEqual(deputy.screen.line(23), "Enter Открыть  F1 Справка  F10 Выход  C-w Сообщения  F7 Разрешения  F8 Замены")
        XCTAssertFalse(deputy.text.contains("Что нужно внести"), "the deputy teaches nothing here")
        deputy.press(.function(6))
        XCTAssertFalse(deputy.text.contains("Пропуски"), "the deputy leads no class")
    }

    func testTheDeputySeesWhatEachTeacherStillHasToEnter() {
        let t = teacherHome()
        t.press(.function(12))
        t.type("deputy")
        t.press(.enter)
        t.type("demo")
        t.press(.enter, .function(9))
        XCTAssertTrue(t.text.contains("Сводка по учителям: что нужно внести"), t.text)
        // One row a teacher: overdue 1 (attendance), today 1, soon 1.
        let row = (0..<t.size.rows).map { t.screen.line($0) }.first { $0.contains("Петрова А.С.") } ?? ""
        XCTAssertTrue(row.contains("Петрова А.С.               1       0       1       0       0       1       1"), row)
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Петрова А.С.: просрочено 1, сегодня 1, скоро 1"), t.text)
        XCTAssertTrue(t.text.contains("! 25.11 ур.3 5А · Математика — посещаемость — просрочено"), t.text)
    }
}
