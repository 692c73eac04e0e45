import EzhCore
@testable import EzhTUI
import XCTest

/// Dates typed into forms and filters must fall in 2000-2100: «01.01.0001» is a slip, not a day.
final class TypedDateYearsTests: XCTestCase {
    func testFormDatesOutsideTheYearsAreNoDates() {
        XCTAssertNil(DateInput.date("31.12.1999"))
        XCTAssertNil(DateInput.date("01.01.2101"))
        XCTAssertNil(DateInput.date("01.01.0000"))
        XCTAssertEqual(DateInput.date("01.01.2000"), LocalDate(year: 2000, month: 1, day: 1))
        XCTAssertEqual(DateInput.date("31.12.2100"), LocalDate(year: 2100, month: 12, day: 31))
    }

    func testLogFilterDatesOutsideTheYearsAreRefused() {
        for text in ["01.01.0001", "0001-01-01", "31.12.1999", "2101-01-01"] {
            XCTAssertThrowsError(try LogFilterInput.date(text, field: BilingualText("С", "From")), text)
        }
        XCTAssertEqual(try LogFilterInput.date("2026-11-27", field: BilingualText("С", "From")), LocalDate(year: 2026, month: 11, day: 27))
    }
}
