import EzhCore
import EzhService
@testable import EzhTUI
import XCTest

/// The deputy's timetable editor as the screen shows it: a class's week, a teacher's, changes to
/// a cell from a day with the service's refusal in view, and one-off changes.
final class TimetableScreenTests: XCTestCase {
    /// The deputy with 5А's week of 27.11.2026 open, the cursor on Monday, lesson 1.
    private func openEditor() -> TestApp {
        let t = TestApp()
        t.signIn(as: "deputy")
        t.press(.control("t"))
        return t
    }

    /// The text of one grid cell's two rows: (weekday, lesson number) on an 80-column screen.
    private func cell(_ t: TestApp, weekday: Int, number: Int) -> [String] {
        let screen = t.screen
        let left = 4 + (weekday - 1) * 15
        let top = 2 + (number - 1) * 2
        return [top, top + 1].map { row in
            String(screen.line(row).dropFirst(left).prefix(14)).trimmingCharacters(in: .whitespaces)
        }
    }

    func testTheDeputySeesAClassWeekWithSubgroupsSideBySide() {
        let t = openEditor()
        XCTAssertTrue(t.screen.line(0).contains("Расписание 5А · 23.11–29.11.2026"), t.screen.line(0))
        XCTAssertTrue(t.screen.line(1).contains("пн 23.11"), t.screen.line(1))
        XCTAssertTrue(t.screen.line(1).contains("пт 27.11"), t.screen.line(1))
        XCTAssertEqual(cell(t, weekday: 1, number: 1), ["Мат 21", "Петрова А.С."])
        XCTAssertEqual(cell(t, weekday: 1, number: 2), ["Англ1/Англ2", "Петрова/Лебед…"])
        XCTAssertEqual(cell(t, weekday: 3, number: 3), ["Рус 14", "Сидоров И.П."])
        XCTAssertTrue(t.text.contains("пн 23.11, 1 урок: 5А Математика (Петрова А.С., каб. 21)"), t.text)
        t.press(.down)
        let detail = t.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(detail.contains("5А Английский язык, 1 группа (Петрова А.С., каб. 31); 5А Английский язык, 2 группа (Лебедева А.Ю., каб. 32)"),
                      detail)
        t.press(.pageDown)
        XCTAssertTrue(t.screen.line(0).contains("30.11–06.12.2026"))
        XCTAssertEqual(t.journal.timetable.reads, ["27.11.2026", "04.12.2026"])
    }

    func testATeachersWeekAndBackToTheClassOfACell() {
        let t = openEditor()
        t.press(.function(3))
        // The picker opens on the teacher of the selected cell, Петрова.
        t.press(.enter)
        XCTAssertTrue(t.screen.line(0).contains("Расписание учителя Петрова А.С."), t.screen.line(0))
        XCTAssertEqual(cell(t, weekday: 1, number: 1), ["5А Мат", "каб. 21"])
        XCTAssertEqual(cell(t, weekday: 1, number: 2), ["5А Англ1", "каб. 31"])
        t.press(.enter)
        XCTAssertTrue(t.screen.line(0).contains("Расписание 5А"), "Enter opens the class of the cell")
        t.press(.function(4)) // rooms 14, 21, 31, 32: on the cell's own, 21
        t.press(.up, .enter)
        XCTAssertTrue(t.screen.line(0).contains("Расписание каб. 14"), t.screen.line(0))
        XCTAssertEqual(cell(t, weekday: 1, number: 3), ["6Б Рус", "Сидоров И.П."])
        XCTAssertEqual(cell(t, weekday: 3, number: 3), ["5А Рус", "Сидоров И.П."])
    }

    func testAClashIsSaidAndTheFormStaysForAnotherTry() {
        let t = openEditor()
        t.press(.down, .down, .enter) // Monday 3, empty: subject first
        XCTAssertTrue(t.text.contains("Предмет"))
        t.press(.down, .down, .enter) // Русский язык
        XCTAssertTrue(t.text.contains("Сидоров Иван Петрович (ведёт этот предмет)"), t.text)
        t.press(.enter) // its teacher, Сидоров
        t.press(.backspace, .backspace)
        t.type("14")
        t.press(.enter)
        XCTAssertTrue(t.text.contains("Действует с: 30.11.2026"), "next Monday by default")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["put 1 3 subject 2 class teacher 3 room 14 replacing nil from 30.11.2026"])
        XCTAssertTrue(t.text.contains("Сидоров И.П. в это время ведёт 6Б Русский язык, каб. 14"), t.text)
        XCTAssertTrue(t.text.contains("Действует с:"), "the form stays open")
        t.press(.escape)
        XCTAssertEqual(cell(t, weekday: 1, number: 3), ["", ""], "nothing changed")
    }

    func testALessonPutFromADayShowsInTheWeek() {
        let t = openEditor()
        t.press(.down, .down, .down, .enter) // Monday 4
        t.press(.down, .enter) // Математика
        t.press(.enter) // Петрова, its teacher
        t.press(.enter) // the class's room, 21
        for _ in 0..<10 { t.press(.backspace) }
        t.type("07.12.2026")
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["put 1 4 subject 1 class teacher 1 room 21 replacing nil from 07.12.2026"])
        XCTAssertTrue(t.status.contains("Расписание изменено с 07.12.2026; уроков добавлено 4, изменено 0, убрано 1"), t.status)
        XCTAssertEqual(cell(t, weekday: 1, number: 4), ["Мат 21", "Петрова А.С."])
    }

    func testChangingALineOfTwoSubgroupsAndRemovingALesson() {
        let t = openEditor()
        t.press(.down, .enter) // Monday 2: two subgroups
        XCTAssertTrue(t.text.contains("Изменить: 5А Английский язык, 1 группа"), t.text)
        XCTAssertTrue(t.text.contains("Убрать: 5А Английский язык, 2 группа"), t.text)
        t.press(.escape)
        t.press(.up, .delete)
        XCTAssertTrue(t.text.contains("Убрать: 5А Математика (Петрова А.С., каб. 21)"), t.text)
        t.press(.enter)
        XCTAssertEqual(t.journal.writes, ["remove 1 1 subject 1 from 30.11.2026"])
        XCTAssertEqual(cell(t, weekday: 1, number: 1), ["", ""])
    }

    func testOneOffChangesOfADate() {
        let t = openEditor()
        t.journal.timetable.lessons = [
            TimetableWeekLesson(id: LessonID(50), date: LocalDate(year: 2026, month: 11, day: 30), number: 1, subjectID: FakeTimetable.math,
                                subjectShort: "Мат", subgroup: nil, room: "21", origin: .timetable, hasEntries: false),
            TimetableWeekLesson(id: LessonID(51), date: LocalDate(year: 2026, month: 12, day: 2), number: 2, subjectID: FakeTimetable.russian,
                                subjectShort: "Рус", subgroup: nil, room: "14", origin: .added, hasEntries: false),
        ] + ["1 группа", "2 группа"].enumerated().map { index, group in
            TimetableWeekLesson(id: LessonID(52 + Int64(index)), date: LocalDate(year: 2026, month: 11, day: 30), number: 2,
                                subjectID: FakeTimetable.english, subjectShort: "Англ", subgroup: group, room: "31", origin: .timetable,
                                hasEntries: false)
        }
        t.press(.pageDown)
        XCTAssertEqual(cell(t, weekday: 3, number: 2), ["+ разово Рус", ""], "an added lesson shows in its cell")
        XCTAssertEqual(cell(t, weekday: 3, number: 3), ["Рус 14", "отменён"], "the day has lessons, but not this one")
        XCTAssertEqual(cell(t, weekday: 4, number: 3), ["", ""], "a day with no lessons made says nothing")
        t.press(.function(7))
        XCTAssertTrue(t.text.contains("Разово на 30.11.2026, 1 урок"), t.text)
        t.press(.enter) // Отменить: Мат
        XCTAssertEqual(t.journal.writes, ["cancel 50"])
        XCTAssertTrue(t.status.contains("Урок 30.11.2026 отменён"), t.status)
        XCTAssertEqual(cell(t, weekday: 1, number: 1), ["Мат 21", "отменён"], "the timetable stays, its lesson that day is gone")
        t.press(.function(7))
        t.press(.enter) // Добавить урок в этот день: the only item left
        t.press(.down, .down, .enter, .enter, .enter) // Русский, Сидоров, room 21
        XCTAssertEqual(t.journal.writes.last, "add 2 on 30.11.2026 1 room 21")
    }

    func testAnIdleEditorShowsAnotherTerminalsChange() {
        let t = TestApp()
        t.signIn(as: "deputy")
        let screen = TimetableScreen(day: FakeJournal.today)
        t.app.push(screen)
        screen.refresh(app: t.app)
        XCTAssertEqual(t.journal.timetable.reads.count, 1, "nothing committed elsewhere: nothing read")
        t.journal.timetable.lines.removeAll { $0.weekday == 1 && $0.number == 1 }
        t.journal.commitElsewhere()
        screen.refresh(app: t.app)
        XCTAssertEqual(cell(t, weekday: 1, number: 1), ["", ""])
        XCTAssertEqual(t.journal.timetable.reads.count, 2)
    }

    func testOnlyTheDeputyAndAdministratorHaveTheEditor() {
        let t = TestApp()
        t.signIn()
        XCTAssertFalse(t.text.contains("Расписание"))
        t.press(.control("t"))
        XCTAssertFalse(t.screen.line(0).contains("Расписание"))
        XCTAssertTrue(t.status.contains("Нет доступа"), t.status)
    }
}
