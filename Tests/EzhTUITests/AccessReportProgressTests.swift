import EzhCore
@testable import EzhTUI
import XCTest

/// The F3 access report reads its rows as the «Отчёты» screen makes its reports: on a thread of
/// their own, with a progress line after half a second and Esc to cancel.
final class AccessReportProgressTests: XCTestCase {
    private let thisWeeksFirstRow = "▸ ! 5А  Математика   2 четверть 27.11.2026 10:58 teacher   18.11.2026 изменение"

    private func openReport() -> TestApp {
        let t = TestApp()
        t.signIn(as: "deputy")
        t.press(.function(3))
        t.app.finishWork()
        XCTAssertEqual(t.lines[3], thisWeeksFirstRow)
        return t
    }

    /// The report opened and filtered by 6Б, its rows' thread held at `gate` until released.
    private func filterByClassWhileTheRowsAreHeld() -> (TestApp, DispatchSemaphore) {
        let t = openReport()
        let gate = DispatchSemaphore(value: 0)
        t.journal.people.reportGate = gate
        t.press(.function(2))
        t.type("6Б")
        t.press(.enter)
        return (t, gate)
    }

    /// Lets the rows' thread go on and the screen take in whatever it returns, as the idle loop does.
    private func release(_ gate: DispatchSemaphore, _ t: TestApp) {
        gate.signal()
        Thread.sleep(forTimeInterval: 0.2)
        t.app.refreshVisibleScreens()
    }

    func testASlowFilterShowsProgressAndEscCancelsItKeepingTheRowsShown() {
        let (t, gate) = filterByClassWhileTheRowsAreHeld()
        XCTAssertEqual(t.lines[3], thisWeeksFirstRow, "the rows shown stay while the others are read: \(t.text)")
        XCTAssertFalse(t.wholeStatus.hasPrefix("Формируется"), "no progress line in the first half second: \(t.wholeStatus)")
        Thread.sleep(forTimeInterval: 0.6)
        t.app.refreshVisibleScreens()
        XCTAssertTrue(t.wholeStatus.hasPrefix("Формируется «Отчёт о доступе к классному журналу»… 0 с · Esc — отменить"), t.wholeStatus)
        t.press(.down)
        XCTAssertEqual(t.lines[3], thisWeeksFirstRow, "keys other than Esc wait: \(t.text)")
        t.press(.escape)
        XCTAssertEqual(t.status, "Отчёт отменён.")
        release(gate, t)
        XCTAssertEqual(t.lines[3], thisWeeksFirstRow, "the cancelled rows never show: \(t.text)")
        XCTAssertFalse(t.lines[1].contains("6Б"), "nor their filter: \(t.lines[1])")
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Отчёт о доступе к классному журналу"), "Esc again leaves the report: \(t.text)")
    }

    func testAFilterReadInTimeShowsItsRowsWithoutAProgressLine() {
        let (t, gate) = filterByClassWhileTheRowsAreHeld()
        release(gate, t)
        XCTAssertEqual(t.lines[3], "▸   6Б  История      2 четверть 26.11.2026 12:10 sidorov   26.11.2026 изменение")
        XCTAssertTrue(t.lines[1].contains("Фильтр: 6Б"), t.lines[1])
        XCTAssertFalse(t.wholeStatus.contains("Формируется"), t.wholeStatus)
    }

    func testWhileTheFirstRowsAreReadNothingIsSaidToBeMissingAndTheLockKeyStillLocks() {
        let t = TestApp()
        t.signIn(as: "deputy")
        let gate = DispatchSemaphore(value: 0)
        t.journal.people.reportGate = gate
        t.press(.function(3))
        XCTAssertTrue(t.lines[0].contains("Отчёт о доступе к классному журналу"), t.text)
        XCTAssertFalse(t.text.contains("Ничего не найдено"), "the rows are not read yet: \(t.text)")
        t.press(.function(12))
        XCTAssertEqual(t.journal.locks, [false], "the lock key cancels the report and locks")
        release(gate, t)
        XCTAssertFalse(t.text.contains("Отчёт о доступе"), t.text)
    }
}
