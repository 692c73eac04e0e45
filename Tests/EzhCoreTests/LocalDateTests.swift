import EzhCore
import XCTest

final class LocalDateTests: XCTestCase {
    func testDayNumbersRoundTripAcrossLeapYearsAndCenturies() {
        for day in [
            LocalDate(year: 1970, month: 1, day: 1), LocalDate(year: 2000, month: 2, day: 29),
            LocalDate(year: 2026, month: 12, day: 31), LocalDate(year: 2100, month: 3, day: 1),
        ] {
            XCTAssertEqual(LocalDate(dayNumber: day.dayNumber), day)
        }
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1).dayNumber, 0)
    }

    func testWeekdaysAreIsoNumbered() {
        XCTAssertEqual(LocalDate(year: 2026, month: 11, day: 27).weekday, 5, "a Friday")
        XCTAssertEqual(LocalDate(year: 2026, month: 11, day: 29).weekday, 7, "a Sunday")
        XCTAssertEqual(LocalDate(year: 2026, month: 9, day: 1).weekday, 2, "a Tuesday")
    }

    func testAddingDaysCrossesMonthAndYearEnds() {
        XCTAssertEqual(LocalDate(year: 2026, month: 12, day: 28).adding(days: 7), LocalDate(year: 2027, month: 1, day: 4))
        XCTAssertEqual(LocalDate(year: 2028, month: 2, day: 28).adding(days: 1), LocalDate(year: 2028, month: 2, day: 29))
    }

    func testParsingRefusesDaysThatDoNotExist() {
        XCTAssertNil(LocalDate(iso: "2026-02-29"))
        XCTAssertNil(LocalDate(iso: "2026-13-01"))
        XCTAssertNil(LocalDate(iso: "27.11.2026"))
        XCTAssertEqual(LocalDate(iso: "2028-02-29")?.russian, "29.02.2028")
    }

    func testTimesOfDayParseAndFormat() {
        XCTAssertEqual(TimeOfDay(text: "08:30")?.minutes, 510)
        XCTAssertEqual(TimeOfDay(hour: 9, minute: 5).text, "09:05")
        XCTAssertNil(TimeOfDay(text: "24:00"))
    }
}

final class SchoolTimeZoneTests: XCTestCase {
    func testLocalDaysAndTimesFollowTheSchoolsZoneNotTheMachines() {
        let yekaterinburg = SchoolTimeZone(identifier: "Asia/Yekaterinburg")!
        // 2026-11-27 17:30 UTC is 22:30 in Yekaterinburg (UTC+5), already past 21:00 there.
        let instant = Date(timeIntervalSince1970: 1_795_800_600)
        XCTAssertEqual(yekaterinburg.localDate(of: instant), LocalDate(year: 2026, month: 11, day: 27))
        XCTAssertEqual(yekaterinburg.timeOfDay(of: instant).text, "22:30")
        XCTAssertEqual(
            yekaterinburg.instant(LocalDate(year: 2026, month: 11, day: 27), TimeOfDay(hour: 22, minute: 30)), instant
        )
        let moscow = SchoolTimeZone(identifier: "Europe/Moscow")!
        XCTAssertEqual(moscow.russianDateTime(instant), "27.11.2026 20:30")
    }

    func testUnknownZonesAreRefused() {
        XCTAssertNil(SchoolTimeZone(identifier: "Europe/Atlantis"))
    }
}

final class ClockTests: XCTestCase {
    func testAShiftedClockStartsAtTheChosenMomentAndKeepsTicking() {
        let base = ManualClock(Date(timeIntervalSince1970: 1_000_000))
        let start = Date(timeIntervalSince1970: 2_000_000)
        let shifted = ShiftedClock(startingAt: start, base: base)
        XCTAssertEqual(shifted.now(), start)
        base.advance(by: 90)
        XCTAssertEqual(shifted.now(), start + 90)
        XCTAssertFalse(shifted.isRealTime)
        XCTAssertTrue(SystemClock().isRealTime)
    }
}
