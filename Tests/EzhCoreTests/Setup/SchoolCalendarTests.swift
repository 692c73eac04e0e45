import EzhCore
import XCTest

final class SchoolCalendarTests: XCTestCase {
    private typealias F = SetupFixtures

    private func schoolDay(_ iso: String, in calendar: SchoolCalendar = F.calendar()) -> SchoolDay? {
        calendar.schoolDays.first { $0.date == F.day(iso) }
    }

    func testHolidaysAndWeekendsAreNotTaughtAndAWorkingSaturdayFollowsMonday() {
        let calendar = F.calendar()
        XCTAssertEqual(schoolDay("2026-09-01", in: calendar), SchoolDay(date: F.day("2026-09-01"), weekday: 2))
        XCTAssertNil(schoolDay("2026-09-05", in: calendar), "a Saturday in a five-day week")
        XCTAssertNil(schoolDay("2026-10-28", in: calendar), "autumn holidays")
        XCTAssertNil(schoolDay("2026-11-04", in: calendar), "a single day off")
        XCTAssertNil(schoolDay("2027-01-05", in: calendar), "winter holidays")
        XCTAssertNil(schoolDay("2027-03-24", in: calendar), "spring holidays")
        XCTAssertEqual(schoolDay("2026-11-07", in: calendar)?.weekday, 1, "the working Saturday follows Monday")
        XCTAssertEqual(calendar.problems(), [])
    }

    func testAShortenedDayRingsItsSchedule() {
        XCTAssertEqual(schoolDay("2026-12-28")?.schedule, "Сокращённое")
        XCTAssertNil(schoolDay("2026-12-21")?.schedule, "an ordinary day rings the default bells")
    }

    func testASixDayWeekTeachesSaturdaysButNotSundays() {
        let calendar = F.calendar(week: .sixDays)
        XCTAssertEqual(schoolDay("2026-09-05", in: calendar)?.weekday, 6)
        XCTAssertNil(schoolDay("2026-09-06", in: calendar))
        XCTAssertEqual(calendar.problems(), [.workingDayIsSchoolDay(F.workingSaturday)],
                       "in a six-day week Saturday is taught anyway")
        let fiveDays = F.calendar().schoolDays.count, sixDays = calendar.schoolDays.count
        XCTAssertEqual(sixDays - fiveDays, 33, "34 Saturdays from 1 September to 26 May outside the holidays, less the one already working")
    }

    func testAHolidayOutsideTheYearIsReported() {
        var calendar = F.calendar()
        let stray = DayOff(F.span("2026-08-25", "2026-09-02"), name: "Лишние каникулы")
        calendar.daysOff.append(stray)
        XCTAssertEqual(calendar.problems(), [.dayOffOutsideYear(stray)])
        XCTAssertTrue(calendar.problems()[0].text.russian.contains("«Лишние каникулы» (25.08.2026–02.09.2026) выходит за пределы учебного года"))
    }

    func testAYearThatEndsBeforeItStartsIsTheOneProblem() {
        var calendar = F.calendar()
        calendar.year = F.span("2027-05-26", "2026-09-01")
        XCTAssertEqual(calendar.problems(), [.yearEndsBeforeStart(calendar.year)])
        XCTAssertEqual(calendar.schoolDays, [])
    }

    func testOverlappingPeriodsAreReportedByName() {
        var calendar = F.calendar()
        let longFirst = CalendarPeriod(scheme: .halfYears, number: 1, span: F.span("2026-09-01", "2027-01-20"))
        calendar.periods = F.quarters + [longFirst, F.halfYears[1]]
        XCTAssertEqual(calendar.problems(), [.periodsOverlap(longFirst, F.halfYears[1])])
        XCTAssertEqual(calendar.problems()[0].text.english,
                       "“Half-year 1” (01.09.2026–20.01.2027) and “Half-year 2” (12.01.2027–26.05.2027) overlap; correct the dates.")
    }

    func testSchoolDaysOutsideEveryPeriodAreListedAsSpans() {
        var calendar = F.calendar()
        calendar.daysOff.removeAll { $0 == F.spring }
        let problems = calendar.problems()
        let expected = [F.span("2027-03-22", "2027-03-26"), F.span("2027-03-29", "2027-03-29")]
        XCTAssertEqual(problems, [.daysNotCovered(.quarters, expected)], "half-years cover spring; quarters do not")
        XCTAssertTrue(problems[0].text.russian.contains("(четверти): 22.03.2027–26.03.2027, 29.03.2027"))
    }

    func testASchemeInUseWithoutPeriodsCoversNothing() {
        var calendar = F.calendar()
        calendar.periods = F.quarters
        guard case .daysNotCovered(.halfYears, let spans)? = calendar.problems(schemesInUse: [.quarters, .halfYears]).first else {
            return XCTFail("half-years are in use but have no periods")
        }
        XCTAssertEqual(spans.first?.first, F.day("2026-09-01"))
    }

    func testMissingOrRepeatedPeriodNumbersAreReported() {
        var calendar = F.calendar()
        calendar.periods = Array(F.quarters.prefix(3)) + F.halfYears
        XCTAssertTrue(calendar.problems().contains(.periodNumbers(.quarters, found: [1, 2, 3])))
    }

    func testWorkingDaysThatCannotWorkAreReported() {
        var calendar = F.calendar()
        let inHolidays = WorkingDay(F.day("2026-10-31"), worksAs: 1)
        let onTuesday = WorkingDay(F.day("2026-09-08"), worksAs: 3)
        let asSunday = WorkingDay(F.day("2026-11-14"), worksAs: 7)
        calendar.workingDays = [inHolidays, onTuesday, asSunday]
        XCTAssertEqual(calendar.problems(), [
            .workingDayIsDayOff(inHolidays, F.autumn), .workingDayIsSchoolDay(onTuesday), .workingDayWeekday(asSunday, week: .fiveDays),
        ])
        XCTAssertNil(schoolDay("2026-10-31", in: calendar), "the holiday wins")
        XCTAssertEqual(calendar.problems()[0].text.russian,
                       "Рабочий день 31.10.2026 попадает на «Осенние каникулы»; уберите одно из двух.")
    }

    func testAShortenedDayOnAHolidayOrWithAnUnknownScheduleIsReported() {
        var calendar = F.calendar()
        let onHoliday = ScheduleDay(F.span("2026-12-30", "2026-12-30"), schedule: "Сокращённое")
        let unknown = ScheduleDay(F.span("2026-12-25", "2026-12-25"), schedule: "Праздничное")
        calendar.scheduleDays = [onHoliday, unknown]
        XCTAssertEqual(calendar.problems(knownSchedules: ["Основное", "Сокращённое"]), [
            .scheduleDayNotTaught(onHoliday, date: F.day("2026-12-30")), .unknownSchedule(unknown),
        ])
    }
}
