import EzhCore
@testable import EzhDemo
import EzhStore
import XCTest

/// The school calendar: the recommended 2026/27 dates, and the same pattern in other years.
final class DemoCalendarTests: XCTestCase {
    private func day(_ text: String) -> LocalDate {
        let parts = text.split(separator: ".").map { Int($0)! }
        return LocalDate(year: parts[2], month: parts[1], day: parts[0])
    }

    private func span(_ first: String, _ last: String) -> DateSpan { DateSpan(day(first), day(last)) }

    func testYear2026HasTheRecommendedQuartersAndHolidays() {
        let calendar = DemoCalendar(startYear: 2026)
        XCTAssertEqual(calendar.quarters, [
            span("01.09.2026", "24.10.2026"), span("05.11.2026", "28.12.2026"),
            span("12.01.2027", "20.03.2027"), span("30.03.2027", "26.05.2027"),
        ])
        XCTAssertEqual(calendar.halfYears, [span("01.09.2026", "28.12.2026"), span("12.01.2027", "26.05.2027")])
        let offs = calendar.daysOff.map(\.span)
        for holiday in [span("25.10.2026", "03.11.2026"), span("29.12.2026", "11.01.2027"), span("21.03.2027", "29.03.2027")] {
            XCTAssertTrue(offs.contains(holiday), "\(holiday)")
        }
        // Public holidays on school days, or moved to the Monday after a weekend.
        for holiday in ["04.11.2026", "23.02.2027", "08.03.2027", "03.05.2027", "10.05.2027"] {
            XCTAssertTrue(offs.contains(span(holiday, holiday)), holiday)
            XCTAssertFalse(calendar.schoolDays.contains(day(holiday)), holiday)
        }
        XCTAssertTrue((160...175).contains(calendar.schoolDays.count), "\(calendar.schoolDays.count) school days")
        XCTAssertTrue(calendar.schoolDays.allSatisfy { $0.weekday <= 5 })
    }

    func testOtherYearsFollowTheSamePattern() {
        for startYear in 2024...2032 {
            let calendar = DemoCalendar(startYear: startYear)
            XCTAssertEqual(calendar.quarters[0].first, LocalDate(year: startYear, month: 9, day: 1))
            XCTAssertEqual(calendar.quarters[0].last.weekday, 6, "autumn holidays start on a Sunday")
            XCTAssertEqual(calendar.quarters[2].last.weekday, 6, "spring holidays start on a Sunday")
            for (earlier, later) in zip(calendar.quarters, calendar.quarters.dropFirst()) {
                XCTAssertLessThan(earlier.last, later.first)
            }
            XCTAssertTrue((158...178).contains(calendar.schoolDays.count), "\(startYear): \(calendar.schoolDays.count)")
        }
    }

    func testYearHoldingADayStartsOnTheSeptemberBefore() {
        XCTAssertEqual(DemoCalendar.startYear(containing: LocalDate(year: 2026, month: 11, day: 27)), 2026)
        XCTAssertEqual(DemoCalendar.startYear(containing: LocalDate(year: 2027, month: 5, day: 26)), 2026)
        XCTAssertEqual(DemoCalendar.startYear(containing: LocalDate(year: 2026, month: 9, day: 1)), 2026)
    }
}
