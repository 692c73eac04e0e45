import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// Schema v3's checkpoint table on files an older ezh made.
final class AnchorSchemaTests: OlderJournalTestCase {
    override var olderMigration: String { "v2: school year setup" }

    func testASecondSchemaJournalReadsWithNoCheckpointsAndMigratesToTheTable() throws {
        let readOnly = try JournalStore(path: path, access: .readOnly)
        XCTAssertEqual(try readOnly.pool.read(LogCheckpoints.all), [], "a v2 file read as it is has none")
        try readOnly.pool.close()

        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        let anchor = LogAnchor(seq: 0, hash: AccessLog.genesis, at: "2026-11-27T09:00:00.000Z", reason: "manual", publicKey: "ab", signature: "cd")
        try store.pool.write { try LogCheckpoints.insert(anchor, $0) }
        XCTAssertEqual(try store.pool.read(LogCheckpoints.all).map(\.anchor), [anchor])
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "DELETE FROM log_checkpoint") }, "append-only")
    }
}
