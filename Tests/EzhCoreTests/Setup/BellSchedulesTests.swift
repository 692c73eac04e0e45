import EzhCore
import XCTest

final class BellSchedulesTests: XCTestCase {
    private typealias F = SetupFixtures

    func testTimesComeFromTheDaysScheduleAndTheClassesShift() {
        XCTAssertEqual(F.bells.times(schedule: nil, shift: 1, number: 2), F.times("09:25", "10:10"))
        XCTAssertEqual(F.bells.times(schedule: "Сокращённое", shift: 2, number: 3), F.times("14:50", "15:20"))
        XCTAssertNil(F.bells.times(schedule: nil, shift: 1, number: 7), "no bell for a seventh lesson")
        XCTAssertEqual(F.bells.problems, [])
    }

    func testBadTimesAndNumbersAreReportedWithTheirPlace() {
        let bells = BellSchedules([
            BellSchedule(name: "Основное", shifts: [1: [
                0: F.times("08:00", "08:40"), 1: F.times("08:30", "09:15"), 2: F.times("09:40", "09:25"), 13: F.times("20:00", "20:40"),
            ]]),
        ], defaultName: "Основное")
        let place = { BellPlace(schedule: "Основное", shift: 1, number: $0) }
        XCTAssertEqual(bells.problems, [
            .overlapsPrevious(place(1), F.times("08:30", "09:15"), previousNumber: 0, previousTimes: F.times("08:00", "08:40")),
            .endsBeforeStart(place(2), F.times("09:40", "09:25")),
            .numberOutOfRange(place(13)),
        ])
        XCTAssertEqual(bells.problems[0].text.russian,
                       "«Основное», 1 смена, 1 урок (08:30–09:15) начинается раньше, чем кончается 0 урок (08:00–08:40); исправьте время.")
    }

    func testAFourthShiftIsRefused() {
        let bells = BellSchedules([BellSchedule(name: "Основное", shifts: [4: [1: F.times("18:00", "18:40")]])], defaultName: "Основное")
        XCTAssertEqual(bells.problems, [.shiftOutOfRange(schedule: "Основное", shift: 4)])
    }

    func testTheDefaultScheduleMustExist() {
        let bells = BellSchedules([BellSchedule(name: "Сокращённое", shifts: [1: [1: F.times("08:30", "09:00")]])], defaultName: "Основное")
        XCTAssertEqual(bells.problems, [.noDefault("Основное")])
        XCTAssertNil(bells.times(schedule: nil, shift: 1, number: 1))
    }
}

final class WeekdayBellsTests: XCTestCase {
    private typealias F = SetupFixtures

    func testAWeekdayRingsItsOwnScheduleUnlessTheCalendarSaysOtherwise() {
        let mondays = BellSchedules(
            Array(F.bells.schedules.values) + [BellSchedule(name: "Понедельник", shifts: [1: [1: F.times("09:15", "10:00")]])],
            defaultName: "Основное", weekdaySchedules: [1: "Понедельник"])
        let maths = F.line(1, "5А", "Математика", teacher: "Иванова И.И.", weekday: 1, number: 1)
        let lessons = LessonPlanner.plan(days: F.calendar().schoolDays, bells: mondays, shifts: [:], entries: [maths]).lessons
        let startOf = { (iso: String) in lessons.first { $0.date == F.day(iso) }?.startsAt.text }
        XCTAssertEqual(startOf("2026-12-21"), "09:15", "an ordinary Monday")
        XCTAssertEqual(startOf("2026-11-07"), "09:15", "the working Saturday follows Monday's bells too")
        XCTAssertEqual(startOf("2026-12-28"), "08:30", "the shortened day the calendar names wins")
        XCTAssertEqual(mondays.problems, [])
        let broken = BellSchedules(Array(F.bells.schedules.values), defaultName: "Основное", weekdaySchedules: [1: "Понедельник"])
        XCTAssertEqual(broken.problems, [.unknownWeekdaySchedule(weekday: 1, name: "Понедельник")])
    }
}
