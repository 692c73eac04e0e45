import EzhCore
import EzhService
import XCTest

/// Bells, calendar and curriculum imports: what they write, their problems at file:row: column,
/// dry runs and re-imports.
final class YearFrameImportTests: XCTestCase {
    func testBellsAreWrittenOnceAndAReimportChangesNothing() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        let first = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        XCTAssertEqual(first.problemLines, [])
        XCTAssertEqual(first.added, 12)
        XCTAssertEqual(try school.strings("SELECT name FROM bell_schedule WHERE is_default = 1"), ["Основное"])
        let history = try school.count("SELECT count(*) FROM change_history")
        let log = try school.count("SELECT count(*) FROM access_log")

        let again = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 12])
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), history, "a re-import records no change")
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log"), log + 1, "only the import itself is logged")

        var moved = YearSetupSchool.bells()
        moved[2].startsAt = TimeOfDay(text: "10:35")!
        let changed = try school.service.importBells(moved, file: "bells.csv", session: deputy)
        XCTAssertEqual([changed.added, changed.changed, changed.unchanged], [0, 1, 11])
        XCTAssertEqual(try school.strings("""
            SELECT old_value || ' > ' || new_value FROM change_history WHERE entity = 'bell' AND entity_key = 'schedule=Основное;shift=1;lesson=3' AND old_value IS NOT NULL
            """), ["10:30–11:15 > 10:35–11:15"])
    }

    func testBellProblemsNameFileRowAndColumnAndNothingIsWritten() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        var lines = YearSetupSchool.bells()
        lines[1].startsAt = TimeOfDay(text: "09:00")!  // starts before lesson 1 ends
        lines.append(BellLine(place: SheetPlace(file: "bells.csv", row: 14), schedule: "Основное", number: 2,
                              startsAt: TimeOfDay(text: "09:25")!, endsAt: TimeOfDay(text: "10:10")!))
        let report = try school.service.importBells(lines, file: "bells.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [
            "bells.csv:3: Начало: «Основное», 1 смена, 2 урок (09:00–10:10) начинается раньше, чем кончается 1 урок (08:30–09:15); исправьте время.",
            "bells.csv:14: Урок: 2 урок 1 смены уже есть в строке 3; оставьте одну строку",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM bell"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), 0)
    }

    func testADryRunCountsButWritesNothing() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        let log = try school.count("SELECT count(*) FROM access_log")
        let report = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", dryRun: true, session: deputy)
        XCTAssertEqual(report.problemLines, ["calendar.csv:15: Расписание звонков: Расписания звонков «Сокращённое» нет; сначала загрузите его или исправьте название."],
                       "the calendar's shortened day needs the bells first")
        _ = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        let bellsLog = try school.count("SELECT count(*) FROM access_log")
        XCTAssertGreaterThan(bellsLog, log)
        let dry = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", dryRun: true, session: deputy)
        XCTAssertEqual(dry.problemLines, [])
        XCTAssertTrue(dry.dryRun)
        XCTAssertEqual(dry.added, 14)
        XCTAssertEqual(try school.count("SELECT count(*) FROM academic_year"), 0)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log"), bellsLog)
    }

    func testTheCalendarMakesTheYearItsPeriodsPerGradeAndItsDays() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        _ = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        let report = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(try school.strings("SELECT name || ' ' || starts_on || ' ' || ends_on FROM academic_year"), ["2026/2027 2026-09-01 2027-08-31"])
        XCTAssertEqual(try school.count("SELECT count(*) FROM period WHERE scheme = 'quarter'"), 4)
        XCTAssertEqual(try school.strings("SELECT scheme FROM grade_scheme WHERE grade IN (1, 9, 10, 11) ORDER BY grade"),
                       ["quarter", "quarter", "half", "half"])
        XCTAssertEqual(try school.count("SELECT count(*) FROM day_off"), 6)
        XCTAssertEqual(try school.strings("SELECT d.date || ' ' || s.name FROM day_schedule d JOIN bell_schedule s ON s.id = d.schedule_id"),
                       ["2026-12-28 Сокращённое"])

        let history = try school.count("SELECT count(*) FROM change_history")
        let again = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", session: deputy)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 14])
        XCTAssertEqual(try school.count("SELECT count(*) FROM change_history"), history)
    }

    func testCalendarDatesOutsideTheYearAndUncoveredDaysAreRefused() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        _ = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        var lines = YearSetupSchool.calendar()
        lines[8].end = LocalDate(iso: "2027-09-11")  // winter holidays into the next year
        lines[7].start = YearSetupSchool.day("2026-08-25")  // autumn holidays from before the year
        let report = try school.service.importCalendar(lines, file: "calendar.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [
            "calendar.csv:9: Начало: «Осенние каникулы» (25.08.2026–04.11.2026) выходит за пределы учебного года; исправьте даты.",
            "calendar.csv:10: Начало: «Зимние каникулы» (29.12.2026–11.09.2027) выходит за пределы учебного года; исправьте даты.",
        ])
        lines[8].end = LocalDate(iso: "2027-01-11")
        lines[7].start = YearSetupSchool.day("2026-10-26")  // 25 October is a Sunday; 26 October no quarter holds
        lines.removeLast(2)                            // no summer holidays: June to August would be school days
        let uncovered = try school.service.importCalendar(lines, file: "calendar.csv", session: deputy)
        XCTAssertEqual(uncovered.problemLines.map { String($0.prefix { $0 != "–" }) }, [
            "calendar.csv:3: Вид: Учебные дни вне всех периодов (четверти): 01.06.2027",
            "calendar.csv:7: Вид: Учебные дни вне всех периодов (полугодия): 01.06.2027",
        ], "each at its scheme's first row")
        XCTAssertEqual(try school.count("SELECT count(*) FROM academic_year"), 0)

        let noYear = try school.service.importCalendar(Array(YearSetupSchool.calendar().dropFirst()), file: "calendar.csv", session: deputy)
        XCTAssertEqual(noYear.problemLines, [
            "calendar.csv: в журнале ещё нет учебного года; добавьте строку «Учебный год» с его первым и последним днём",
        ])
    }

    func testTheCurriculumCreatesSubjectsAndSubgroupsAndNamesUnknownClasses() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        _ = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        _ = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", session: deputy)
        try school.addClasses()
        var lines = YearSetupSchool.curriculum()
        lines.append(CurriculumHoursLine(place: SheetPlace(file: "curriculum.csv", row: 7), className: "5Д", subject: "Математика", hoursPerWeek: 5))
        lines.append(CurriculumHoursLine(place: SheetPlace(file: "curriculum.csv", row: 8), className: "5а", subject: "математика", hoursPerWeek: 4))
        let refused = try school.service.importCurriculum(lines, file: "curriculum.csv", session: deputy)
        XCTAssertEqual(refused.problemLines, [
            "curriculum.csv:7: Класс: класса «5Д» нет в учебном году; загрузите его файлом классов или исправьте название",
            "curriculum.csv:8: Предмет: 5А математика уже есть в строке 2; оставьте одну строку",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM subject"), 0)

        let report = try school.service.importCurriculum(YearSetupSchool.curriculum(), file: "curriculum.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [])
        XCTAssertEqual(report.added, 5)
        XCTAssertEqual(report.notices.map { $0.text(in: .ru) }, [
            "curriculum.csv:2: Предмет: предмета «Математика» не было; он добавлен",
            "curriculum.csv:3: Предмет: предмета «Русский язык» не было; он добавлен",
            "curriculum.csv:4: Предмет: предмета «Английский язык» не было; он добавлен",
        ])
        XCTAssertEqual(try school.strings("SELECT name FROM subgroup ORDER BY name"), ["1 группа", "2 группа"])
        XCTAssertEqual(try school.strings("SELECT hours_per_year FROM curriculum WHERE class_id = 1 ORDER BY subject_id"), ["170", "68", "68"])

        let again = try school.service.importCurriculum(YearSetupSchool.curriculum(), file: "curriculum.csv", session: deputy)
        XCTAssertEqual([again.added, again.changed, again.unchanged], [0, 0, 5])
        XCTAssertEqual(again.notices.count, 0)
    }

    func testATeacherMayNotImportTheYearsFrame() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        XCTAssertThrowsError(try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: try school.signIn("petrova")))
        XCTAssertEqual(try school.count("SELECT count(*) FROM bell"), 0)
    }

    func testTheNextYearsCalendarWaitsForTheRollover() throws {
        let school = try YearSetupSchool()
        defer { school.remove() }
        let deputy = try school.signIn("deputy")
        _ = try school.service.importBells(YearSetupSchool.bells(), file: "bells.csv", session: deputy)
        _ = try school.service.importCalendar(YearSetupSchool.calendar(), file: "calendar.csv", session: deputy)
        try school.execute("UPDATE academic_year SET closed_at = '2027-08-20T10:00:00.000Z'")
        school.clock.set(YearSetupSchool.at(YearSetupSchool.day("2027-08-25")))
        var next = YearSetupSchool.calendar()
        next[0] = CalendarLine(place: next[0].place, kind: .schoolYear, start: YearSetupSchool.day("2027-09-01"),
                               end: YearSetupSchool.day("2028-08-31"), name: "2027/2028")
        let report = try school.service.importCalendar(Array(next.prefix(1)), file: "calendar.csv", session: deputy)
        XCTAssertEqual(report.problemLines, [
            "calendar.csv: в журнале нет открытого учебного года на сегодня и после него; закройте прошлый год (ezh year close), начните следующий (ezh year start) и тогда загрузите его календарь",
        ])
        XCTAssertEqual(try school.count("SELECT count(*) FROM academic_year"), 1)
    }
}
