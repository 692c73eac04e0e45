import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// The v3 table of the school's public keys: a file made by the v2 binary gains it, and it is
/// append-only.
final class SchoolKeySchemaTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-keyschema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private var path: String { directory.appendingPathComponent("journal.sqlite").path }

    func testAFileOfTheSecondSchemaGainsTheKeyTable() throws {
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v2: school year setup")
        XCTAssertFalse(try queue.read { try SchoolKeyQueries.exists($0) })
        try queue.close()
        chmod(path, 0o600)

        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        XCTAssertEqual(try store.pool.read(SchoolKeyQueries.all), [])
    }

    func testPublicKeysAreOnlyEverAdded() throws {
        let store = try JournalStore(path: path)
        try store.pool.write { db in
            try SchoolKeyQueries.insert(publicKeyHex: String(repeating: "ab", count: 32), createdAt: "2026-11-30T10:00:00.000Z", db)
        }
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "UPDATE school_key SET public_key = public_key") })
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "DELETE FROM school_key") })
        XCTAssertEqual(try store.pool.read(SchoolKeyQueries.all).count, 1)
    }
}
