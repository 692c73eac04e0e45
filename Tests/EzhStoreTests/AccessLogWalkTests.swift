import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// Schema v6's record of how far a backup's own check of the chain got, on a journal the v5
/// binary wrote, and the walk of the chain that stops when it is told to (a school's first
/// backup stops when its copy is done).
final class AccessLogWalkTests: OlderJournalTestCase {
    override var olderMigration: String { "v5: schema version" }

    /// More than one stretch between two looks at `stop`.
    private let entries = 5_000

    override func setUpWithError() throws {
        try super.setUpWithError()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try AccessLog.append(contentsOf: (1...entries).map { index in
                AccessLogRow(seq: 0, at: "2026-11-23T07:00:00.000Z", accountID: AccountID(1), login: "teacher", role: "teacher",
                             terminal: "pts/1", action: "read", object: "class \(index)")
            }, db)
            try db.execute(sql: """
                INSERT INTO backup_run (destination, started_at, finished_at, ok, folder, head_seq)
                VALUES ('/media/usb', '2026-11-23T20:00:00.000Z', '2026-11-23T20:00:02.000Z', 1, 'ezh-backup-a', 4000)
                """)
        }
        try queue.close()
    }

    private func tamper(entry seq: Int, _ store: JournalStore) throws {
        try store.pool.write { db in
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS access_log_is_append_only_update;
                UPDATE access_log SET object = 'class 0' WHERE seq = ?
                """, arguments: [seq])
        }
    }

    func testAFifthSchemaJournalsGoodBackupsStillCountAsCheckedToTheirHeads() throws {
        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        XCTAssertEqual(try store.pool.read(BackupQueries.chainCheckedUpTo), 4000)

        let stopped = BackupQueries.Run(destination: "/media/usb", startedAt: "2026-11-24T20:00:00.000Z",
                                        finishedAt: "2026-11-24T20:00:02.000Z", ok: true, folder: "ezh-backup-b",
                                        headSeq: 5000, chainCheckedTo: 4096)
        try store.pool.write { try BackupQueries.record(stopped, $0) }
        XCTAssertEqual(try store.pool.read(BackupQueries.chainCheckedUpTo), 4096, "a check that stopped counts as far as it got")
        try store.pool.write { db in
            XCTAssertTrue(try BackupQueries.markFullyVerified(destination: "/media/usb", folder: "ezh-backup-b",
                                                              at: "2026-11-24T20:05:00.000Z", db))
        }
        XCTAssertEqual(try store.pool.read(BackupQueries.chainCheckedUpTo), 5000, "the full check of the copy reached its head")
    }

    func testAWalkToldToStopStopsAfterAStretchSoundAsFarAsItWent() throws {
        let store = try JournalStore(path: path)
        let stopped = try store.pool.read { try AccessLog.walkInIdleTime($0, after: nil, until: { true }) }
        XCTAssertEqual(stopped, .init(verification: .intact(entries: 4096), stoppedAfter: 4096))
        let whole = try store.pool.read { try AccessLog.walkInIdleTime($0, after: nil, until: { false }) }
        XCTAssertEqual(whole, .init(verification: .intact(entries: entries), stoppedAfter: nil))

        try tamper(entry: 4500, store)
        XCTAssertEqual(try store.pool.read { try AccessLog.walkInIdleTime($0, after: nil, until: { true }) }.stoppedAfter, 4096,
                       "a change past the stop is left to the full check")
        XCTAssertEqual(try store.pool.read { try AccessLog.verify($0) }, .broken(seq: 4500, reason: .changed))

        try tamper(entry: 10, store)
        XCTAssertEqual(try store.pool.read { try AccessLog.walkInIdleTime($0, after: nil, until: { true }) },
                       .init(verification: .broken(seq: 10, reason: .changed), stoppedAfter: nil))
    }
}
