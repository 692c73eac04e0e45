import EzhCore
import EzhStore
import GRDB
import XCTest

/// The demo's simulated year is written as if through the service: every value it holds has the
/// history row `ezh audit verify` compares it with.
final class DemoAuditTests: XCTestCase {
    func testEveryDemoValueMatchesItsNewestHistoryRow() throws {
        let store = DemoFixture.imported.store
        let values = try store.pool.read(JournalValueCheck.run)
        XCTAssertEqual(values, ValueVerification(mismatches: 0, first: nil), values.message(in: .en))
        XCTAssertGreaterThan(DemoFixture.count("SELECT count(*) FROM change_history WHERE entity = 'lesson' AND field = 'topic'"), 0)
        XCTAssertGreaterThan(DemoFixture.count("SELECT count(*) FROM change_history WHERE entity = 'period_final'"), 0)
        guard case .intact = try store.pool.read(AccessLog.verify) else { return XCTFail("the demo's chain is broken") }
    }
}
