import EzhCore
import EzhService
import XCTest

/// Lessons made from the timetable, the calendar and the bells, and made again when they change.
final class LessonGenerationTests: XCTestCase {
    /// The school set up before the year, then the clock moved to Friday 20 November 2026.
    private func schoolInNovember() throws -> (YearSetupSchool, Session) {
        let school = try YearSetupSchool()
        let deputy = try school.signIn("deputy")
        try school.setUpYear(deputy)
        school.clock.set(YearSetupSchool.at(YearSetupSchool.day("2026-11-20")))
        return (school, deputy)
    }

    /// 5А's week from 1 December: mathematics moves from Friday first to Friday fourth, with Сидоров
    /// instead of Петрова on Friday, in room 22.
    private func decemberWeek() -> [TimetableLine] {
        YearSetupSchool.timetable(validFrom: YearSetupSchool.day("2026-12-01")).filter { $0.className == "5А" }.map { line in
            guard line.subject == "Математика", line.weekday == 5 else { return line }
            var moved = line
            moved.number = 4
            moved.teacher = "sidorov"
            moved.room = "22"
            return moved
        }
    }

    func testATimetableFromADateChangesOnlyTheLessonsFromThatDate() throws {
        let (school, deputy) = try schoolInNovember()
        defer { school.remove() }
        let report = try school.service.importTimetable(decemberWeek(), file: "timetable-dec.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual([report.added, report.changed, report.unchanged], [1, 0, 10],
                       "of 5А's new week from 1 December only Friday's mathematics is new; the lines it keeps stay as stored")
        XCTAssertEqual(try school.lessons("5А", on: "2026-11-27"), ["1 Математика 08:30-09:15 21"], "November keeps the old week")
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-04"), ["4 Математика 11:35-12:20 22"])
        XCTAssertEqual(try school.strings("""
            SELECT s.last_name FROM lesson l JOIN staff s ON s.id = l.scheduled_teacher_id WHERE l.date = '2026-12-04' AND l.class_id = 1
            """), ["Сидоров"])
        XCTAssertEqual(try school.lessons("5Б", on: "2026-12-04"), ["2 Математика 09:25-10:10 21"], "other classes keep their week")
        XCTAssertEqual(try school.strings("SELECT DISTINCT valid_to FROM timetable_slot WHERE valid_to IS NOT NULL"), ["2026-11-30"])
        XCTAssertEqual(report.notices.map { $0.text(in: .ru) }, ["timetable-dec.csv: Уроки с 20.11.2026: добавлено 23, изменено 0, удалено 23."],
                       "every Friday from 4 December to 28 May but the holidays'; past lessons are never touched")

        let again = try school.service.importTimetable(decemberWeek(), file: "timetable-dec.csv", session: deputy)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 11])
        XCTAssertEqual(again.notices.count, 0)
    }

    func testAChangeThatWouldDropLessonsWithEntriesIsRefusedListingThem() throws {
        let (school, deputy) = try schoolInNovember()
        defer { school.remove() }
        // Петрова planned homework for Friday 4 December, and the lesson of 11 December has attendance.
        try school.execute("""
            UPDATE lesson SET homework = 'с. 45, № 3' WHERE class_id = 1 AND date = '2026-12-04' AND lesson_number = 1;
            INSERT INTO pupil VALUES (1, 'Алексеев', 'Борис', 'Петрович', 'm', '2015-05-02', NULL, NULL, NULL);
            INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by)
                SELECT id, 1, 'Н', '2026-12-11T07:00:00.000Z', 2 FROM lesson WHERE class_id = 1 AND date = '2026-12-11' AND lesson_number = 1;
            """)
        let slots = try school.count("SELECT count(*) FROM timetable_slot")
        let history = try school.count("SELECT count(*) FROM change_history")
        let report = try school.service.importTimetable(decemberWeek(), file: "timetable-dec.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [
            "timetable-dec.csv: Новое расписание убрало бы уроки, в которых уже есть записи (отметки, посещаемость, тема или задание): 04.12.2026, 1 урок, 5А Математика; 11.12.2026, 1 урок, 5А Математика. Ничего не изменено; выберите более позднюю дату начала или перенесите эти уроки вручную.",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM timetable_slot"), slots)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), history)
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-04"), ["1 Математика 08:30-09:15 21"])
    }

    func testLessonsAddedByHandAndCancelledLessonsAreLeftAsTheyAre() throws {
        let (school, deputy) = try schoolInNovember()
        defer { school.remove() }
        // A lesson added by hand on Saturday 5 December, and Friday 4 December's mathematics cancelled.
        try school.execute("""
            INSERT INTO lesson (teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, room, scheduled_teacher_id, origin)
                SELECT teaching_id, class_id, subject_id, '2026-12-05', 1, '09:00', '09:45', '21', 2, 'added'
                FROM lesson WHERE class_id = 1 AND date = '2026-12-04' AND lesson_number = 1;
            INSERT INTO lesson_cancellation (teaching_id, date, lesson_number, reason)
                SELECT teaching_id, date, lesson_number, 'экскурсия' FROM lesson WHERE class_id = 1 AND date = '2026-12-04' AND lesson_number = 1;
            """)
        let report = try school.service.generateLessons(deputy)
        XCTAssertTrue(report.isAccepted)
        XCTAssertEqual([report.added, report.updated, report.deleted], [0, 0, 1], "the cancelled lesson goes")
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-04"), [])
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-05"), ["1 Математика 09:00-09:45 21"])

        try school.execute("UPDATE lesson SET room = '40' WHERE class_id = 1 AND date = '2026-12-03' AND lesson_number = 1")
        let dry = try school.service.generateLessons(deputy, dryRun: true)
        XCTAssertEqual([dry.added, dry.updated, dry.deleted], [0, 1, 0])
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-03").first, "1 Математика 08:30-09:15 40", "a dry run changes nothing")
        _ = try school.service.generateLessons(deputy)
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-03").first, "1 Математика 08:30-09:15 21")
        XCTAssertEqual(try school.lessons("5А", on: "2026-12-05"), ["1 Математика 09:00-09:45 21"], "the added lesson stays")
    }

    func testNewBellsRetimeTheComingLessonsAndAHolidayForOneGradeOnlyEmptiesItsClasses() throws {
        let (school, deputy) = try schoolInNovember()
        defer { school.remove() }
        var bells = YearSetupSchool.bells()
        bells[0].startsAt = TimeOfDay(text: "08:00")!
        bells[0].endsAt = TimeOfDay(text: "08:45")!
        let report = try school.service.importBells(bells, file: "bells.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(try school.lessons("10А", on: "2026-11-16"), ["1 Русский язык 08:30-09:15 14"], "the past keeps its times")
        XCTAssertEqual(try school.lessons("10А", on: "2026-11-23"), ["1 Русский язык 08:00-08:45 14"])

        var calendar = YearSetupSchool.calendar()
        calendar.append(CalendarLine(
            place: SheetPlace(file: "calendar.csv", row: 16), kind: .holiday, start: YearSetupSchool.day("2026-11-30"),
            end: YearSetupSchool.day("2026-12-04"), name: "Карантин", grades: [10, 11]))
        XCTAssertEqual(try school.service.importCalendar(calendar, file: "calendar.csv", session: deputy).problemLines, [])
        XCTAssertEqual(try school.lessons("10А", on: "2026-11-30"), [])
        XCTAssertEqual(try school.lessons("5А", on: "2026-11-30").count, 2)
    }

    func testRemovedBellsThatTheTimetableNeedsAreRefused() throws {
        let (school, deputy) = try schoolInNovember()
        defer { school.remove() }
        let report = try school.service.importBells(Array(YearSetupSchool.bells().dropFirst()), file: "bells.csv", session: deputy)
        XCTAssertEqual(report.problemLines.first,
                       "bells.csv: «Основное», 1 смена, 1 урок: нет времени урока, а по расписанию он нужен (5А Математика, впервые 20.11.2026); добавьте звонок или исправьте расписание.")
        XCTAssertEqual(try school.count("SELECT count(*) FROM bell"), 12)
    }

    func testANewRoomFromADateCountsAsAChangeAndMovesOnlyTheLessonsFromThatDay() throws {
        let (school, deputy) = try schoolInNovember()
        defer { school.remove() }
        let lines = YearSetupSchool.timetable(validFrom: YearSetupSchool.day("2026-12-07")).map { line in
            var moved = line
            if line.className == "10А" { moved.room = "40" }
            return moved
        }
        let report = try school.service.importTimetable(lines, file: "timetable.csv", session: deputy)
        XCTAssertEqual([report.added, report.changed, report.unchanged], [0, 1, 16])
        XCTAssertEqual(try school.lessons("10А", on: "2026-11-30"), ["1 Русский язык 08:30-09:15 14"])
        XCTAssertEqual(try school.lessons("10А", on: "2026-12-07"), ["1 Русский язык 08:30-09:15 40"])
        XCTAssertEqual(try school.strings("SELECT room || ' ' || ifnull(valid_from, '-') || ' ' || ifnull(valid_to, '-') FROM timetable_slot WHERE teaching_id = (SELECT id FROM teaching WHERE class_id = 3) ORDER BY id"),
                       ["14 - 2026-12-06", "40 2026-12-07 -"])
    }

    func testAWorkingSaturdayFollowsItsWeekdaysTimetable() throws {
        let (school, deputy) = try schoolInNovember()
        defer { school.remove() }
        var calendar = YearSetupSchool.calendar()
        calendar.append(CalendarLine(
            place: SheetPlace(file: "calendar.csv", row: 16), kind: .workingDay(worksAs: 1), start: YearSetupSchool.day("2026-11-28"),
            name: "Перенос с 4 января"))
        let report = try school.service.importCalendar(calendar, file: "calendar.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(try school.lessons("5А", on: "2026-11-28"), ["1 Математика 08:30-09:15 21", "2 Русский язык 09:25-10:10 14"])

        calendar[calendar.count - 1].start = YearSetupSchool.day("2026-11-27")
        XCTAssertEqual(try school.service.importCalendar(calendar, file: "calendar.csv", session: deputy).problemLines, [
            "calendar.csv:16: Начало: 27.11.2026 и так учебный день; рабочим днём указывают только выходной.",
        ])
    }
}
