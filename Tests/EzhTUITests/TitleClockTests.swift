@testable import EzhTUI
import EzhCore
import XCTest

/// The title bar's clock is formatted once a minute, not once a frame: it must still show each
/// new minute as the clock reaches it, and nothing else in between.
final class TitleClockTests: XCTestCase {
    func testTitleShowsTheNewMinuteOnTheNextFrame() {
        let t = TestApp()
        t.openMathGrid()
        XCTAssertTrue(t.screen.line(0).contains("27.11.2026 11:00"), t.screen.line(0))
        t.journal.time = TimeOfDay(hour: 11, minute: 1)
        XCTAssertTrue(t.screen.line(0).contains("27.11.2026 11:01"), t.screen.line(0))
        t.journal.time = TimeOfDay(hour: 14, minute: 30)
        XCTAssertTrue(t.screen.line(0).contains("27.11.2026 14:30"), t.screen.line(0))
        XCTAssertFalse(t.screen.line(0).contains("11:01"))
    }
}
