import EzhCore
import XCTest

/// Which year the journal opens on: the open year holding the day, else the latest open one,
/// else the latest.
final class SchoolYearTests: XCTestCase {
    private func year(_ id: Int64, _ first: Int, closed: Bool) -> SchoolYear {
        SchoolYear(id: YearID(id), name: "\(first)/\(first + 1)",
                   span: DateSpan(LocalDate(year: first, month: 9, day: 1), LocalDate(year: first + 1, month: 8, day: 31)), isClosed: closed)
    }

    func testTheOpenYearHoldingTheDayComesFirst() {
        let years = [year(1, 2026, closed: false), year(2, 2027, closed: false)]
        XCTAssertEqual(SchoolYear.current(among: years, on: LocalDate(year: 2026, month: 11, day: 27))?.name, "2026/2027")
    }

    func testAfterARolloverInSummerTheNewYearIsCurrentBeforeItBegins() {
        let years = [year(2, 2027, closed: false), year(1, 2026, closed: true)]
        XCTAssertEqual(SchoolYear.current(among: years, on: LocalDate(year: 2027, month: 7, day: 1))?.name, "2027/2028")
    }

    func testWithEveryYearClosedTheLatestIsShown() {
        let years = [year(1, 2026, closed: true), year(2, 2027, closed: true)]
        XCTAssertEqual(SchoolYear.current(among: years, on: LocalDate(year: 2030, month: 1, day: 1))?.name, "2027/2028")
        XCTAssertNil(SchoolYear.current(among: [], on: LocalDate(year: 2030, month: 1, day: 1)))
    }
}
