import EzhCore
import EzhService
import XCTest

/// The timetable import: teachings and slots, its checks (unknown names, clashes naming both
/// lessons, curriculum hours, bells), dry runs and re-imports.
final class TimetableImportTests: XCTestCase {
    private func schoolBeforeTimetable() throws -> (YearSetupSchool, Session) {
        let school = try YearSetupSchool()
        let deputy = try school.signIn("deputy")
        _ = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        _ = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", session: deputy)
        try school.addClasses()
        _ = try school.service.importCurriculum(YearSetupSchool.curriculum(), file: "curriculum.csv", session: deputy)
        return (school, deputy)
    }

    func testTheTimetableMakesTeachingsSlotsAndTheYearsLessons() throws {
        let (school, deputy) = try schoolBeforeTimetable()
        defer { school.remove() }
        let report = try school.service.importTimetable(YearSetupSchool.timetable(), file: "timetable.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(report.added, 17)
        XCTAssertEqual(try school.strings("""
            SELECT s.last_name FROM teaching t JOIN staff s ON s.id = t.teacher_id JOIN subgroup g ON g.id = t.subgroup_id ORDER BY g.name
            """), ["Иванова", "Иванова"])
        XCTAssertEqual(try school.count("SELECT count(DISTINCT teacher_id) FROM teaching WHERE subgroup_id IS NOT NULL"), 2,
                       "«Иванова Алла Павловна» by full name, «ivanova.a» by login")
        XCTAssertEqual(report.notices.map { $0.text(in: .ru) }, ["timetable.csv: Уроки с 01.09.2026: добавлено 569, изменено 0, удалено 0."])
        XCTAssertEqual(try school.lessons("5А", on: "2026-11-05"), [
            "1 Математика 08:30-09:15 21", "3 Английский язык 1 группа 10:30-11:15 31", "3 Английский язык 2 группа 10:30-11:15 32",
        ])
        XCTAssertEqual(try school.lessons("5А", on: "2026-11-02"), [], "autumn holidays")
        XCTAssertEqual(try school.lessons("5А", on: "2027-02-23"), [], "a public holiday")
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-28"), ["1 Математика 08:30-09:00 21", "2 Русский язык 09:10-09:40 14"],
                       "the shortened day rings the shortened bells")
        XCTAssertEqual(try school.lessons("5А", on: "2027-06-07"), [], "summer")

        let history = try school.count("SELECT count(*) FROM change_history")
        let lessons = try school.count("SELECT count(*) FROM lesson")
        let again = try school.service.importTimetable(YearSetupSchool.timetable(), file: "timetable.csv", session: deputy)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 17])
        XCTAssertEqual(again.notices.count, 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), history)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson"), lessons)
    }

    func testATeacherOrRoomTakenTwiceIsRefusedNamingBothLessons() throws {
        let (school, deputy) = try schoolBeforeTimetable()
        defer { school.remove() }
        var lines = YearSetupSchool.timetable()
        // 5Б's Monday mathematics moved to the first lesson, where Петрова teaches 5А in room 21.
        let monday = lines.firstIndex { $0.className == "5Б" && $0.weekday == 1 }!
        lines[monday].number = 1
        // 10А's Russian in room 31 on Tuesday third, where 5А's first group has English.
        lines[lines.count - 1] = TimetableLine(place: lines[lines.count - 1].place, className: "10А", weekday: 2, number: 3,
                                               subject: "Русский язык", teacher: "sidorov", room: "31")
        let report = try school.service.importTimetable(lines, file: "timetable.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [
            "timetable.csv:13: Учитель: пн, 1 урок: 5Б Математика (Петрова О.И., каб. 21) совпадает с 5А Математика (Петрова О.И., каб. 21): учитель Петрова О.И. не может вести два урока сразу; перенесите один из уроков.",
            "timetable.csv:18: Кабинет: вт, 3 урок: 10А Русский язык (Сидоров П.А., каб. 31) совпадает с 5А Английский язык, 1 группа (Иванова А.П., каб. 31): кабинет 31 занят; перенесите один из уроков.",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson"), 0)
    }

    func testUnknownNamesHoursAndMissingBellsAreEachAProblemAtTheirRow() throws {
        let (school, deputy) = try schoolBeforeTimetable()
        defer { school.remove() }
        var lines = YearSetupSchool.timetable()
        lines[0].className = "5Д"
        lines[1].teacher = "Иванова А.П."
        lines[2].teacher = "Смирнов"
        lines[3].subject = "Физика"
        lines[5].subgroup = "3 группа"
        lines[6].number = 7
        let report = try school.service.importTimetable(lines, file: "timetable.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [
            "timetable.csv:2: Класс: класса «5Д» нет в учебном году; загрузите его файлом классов или исправьте название",
            "timetable.csv:3: Учитель: «Иванова А.П.» подходит нескольким сотрудникам: Иванова Анна Петровна (ivanova.a), Иванова Алла Павловна (ivanova.al); укажите логин",
            "timetable.csv:4: Учитель: сотрудника «Смирнов» нет; укажите логин учителя или его ФИО, как в файле сотрудников",
            "timetable.csv:5: Предмет: предмета «Физика» нет в школе; загрузите учебный план с этим предметом или исправьте название",
            "timetable.csv:7: Подгруппа: по учебному плану 5А Русский язык не делится на подгруппы; отметьте деление в учебном плане или уберите подгруппу",
            "timetable.csv:8: Урок: в расписании звонков «Основное» нет 7 урока 1 смены; добавьте звонок или исправьте номер",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM teaching"), 0)
    }

    func testHoursThatDifferFromTheCurriculumAreRefused() throws {
        let (school, deputy) = try schoolBeforeTimetable()
        defer { school.remove() }
        var lines = YearSetupSchool.timetable()
        lines.remove(at: 4)  // 5А mathematics on Friday
        let report = try school.service.importTimetable(lines, file: "timetable.csv", session: deputy)
        XCTAssertEqual(report.problemLines, ["timetable.csv:2: Предмет: 5А Математика: в расписании 4 ч в неделю, по учебному плану 5; исправьте расписание или учебный план"])
    }

    func testADryRunReportsWhatWouldBeDoneAndWritesNothing() throws {
        let (school, deputy) = try schoolBeforeTimetable()
        defer { school.remove() }
        let history = try school.count("SELECT count(*) FROM change_history")
        let report = try school.service.importTimetable(YearSetupSchool.timetable(), file: "timetable.csv", dryRun: true, session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(report.added, 17)
        XCTAssertEqual(report.notices.map { $0.text(in: .ru) }, ["timetable.csv: Уроки с 01.09.2026: добавлено 569, изменено 0, удалено 0."])
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM lesson"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), history)
    }

    func testReadProblemsRefuseTheImportAlongsideTheJournalsOwn() throws {
        let (school, deputy) = try schoolBeforeTimetable()
        defer { school.remove() }
        let unreadable = ImportProblem(file: "timetable.csv", row: 30, column: "Действует с", message: .verbatim("«31.02.2027» — не дата"))
        let report = try school.service.importTimetable(YearSetupSchool.timetable(), file: "timetable.csv", readProblems: [unreadable], session: deputy)
        XCTAssertEqual(report.problems, [unreadable])
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot"), 0)
    }
}
