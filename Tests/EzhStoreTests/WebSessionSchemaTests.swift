import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// Schema v4's web sessions on a journal written by the v3 binary (today's main).
final class WebSessionSchemaTests: OlderJournalTestCase {
    func testAThirdSchemaJournalGainsTheWebSessionTableAndVersion4() throws {
        let before = try DatabaseQueue(path: path)
        XCTAssertEqual(try before.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, 3)
        XCTAssertFalse(try before.read { try $0.tableExists("web_session") })
        try before.close()

        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        let columns = try store.pool.read { try $0.columns(in: "web_session").map(\.name) }
        XCTAssertEqual(columns, ["token_hash", "account_id", "created_at", "last_seen_at", "expires_at"])
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM web_session") }, 0)
    }
}
