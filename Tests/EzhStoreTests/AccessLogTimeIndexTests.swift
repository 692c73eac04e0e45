import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// Schema v5's index on the access log's time, on a journal the v4 binary (today's main) wrote,
/// and the listings by days that read along it.
final class AccessLogTimeIndexTests: OlderJournalTestCase {
    override var olderMigration: String { "v4: schema version" }

    override func setUpWithError() throws {
        try super.setUpWithError()
        let queue = try DatabaseQueue(path: path)
        // Entries of two days, the last one written by a clock that ran behind the one before.
        try queue.write { db in
            for (at, login, classID) in [
                ("2026-11-23T07:00:00.000Z", "teacher", 5), ("2026-11-23T08:00:00.000Z", "sidorov", 6),
                ("2026-11-24T07:00:00.000Z", "teacher", 5), ("2026-11-24T06:00:00.000Z", "teacher", 5),
            ] {
                try AccessLog.append(AccessLogRow(seq: 0, at: at, accountID: AccountID(1), login: login, role: "teacher",
                                                  terminal: "pts/1", action: "change", object: "mark", classID: ClassID(Int64(classID))), db)
            }
        }
        try queue.close()
    }

    private func indexes(_ db: Database) throws -> [String] {
        try db.indexes(on: "access_log").map(\.name)
    }

    func testAFourthSchemaJournalGainsTheTimeIndexAndTheNewestVersionWithItsChainIntact() throws {
        let before = try DatabaseQueue(path: path)
        XCTAssertEqual(try before.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, 4)
        XCTAssertFalse(try before.read(indexes).contains("access_log_by_time"))
        try before.close()

        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        XCTAssertTrue(try store.pool.read(indexes).contains("access_log_by_time"))
        XCTAssertEqual(try store.pool.read { try AccessLog.verify($0) }, .intact(entries: 4), "an index leaves the chain as it was")
        try store.pool.write { db in
            try AccessLog.append(AccessLogRow(seq: 0, at: "2026-11-25T07:00:00.000Z", accountID: AccountID(1), login: "teacher",
                                              role: "teacher", terminal: "pts/1", action: "change", object: "mark"), db)
        }
        XCTAssertEqual(try store.pool.read { try AccessLog.verify($0) }, .intact(entries: 5), "and the entries after it chain on")
    }

    /// The plan SQLite makes for `filter`'s query, one line per step.
    private func plan(_ filter: AccessLogFilter, _ store: JournalStore) throws -> String {
        let (sql, arguments) = AccessLogQueries.select(filter)
        return try store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }.joined(separator: "\n")
    }

    func testDaysAreReadAlongAnIndexByTimeFromTheSpansEndWithoutSortingIt() throws {
        let store = try JournalStore(path: path)
        var emptyDays = AccessLogFilter(since: "2026-08-01T00:00:00.000Z", until: "2026-08-06T00:00:00.000Z", limit: 10_000)
        emptyDays.journalOnly = true
        var neverWrote = AccessLogFilter(login: "nobody", since: "2026-11-22T21:00:00.000Z", limit: 10_000)
        neverWrote.journalOnly = true
        for filter in [emptyDays, neverWrote, AccessLogFilter(until: "2026-11-24T00:00:00.000Z", limit: 2_000)] {
            let steps = try plan(filter, store)
            XCTAssertTrue(steps.contains("USING INDEX access_log_by_time"), steps)
            XCTAssertFalse(steps.contains("TEMP B-TREE"), "no sort of the whole span: \(steps)")
        }
        let classAndQuarter = AccessLogFilter(since: "2026-11-01T00:00:00.000Z", until: "2026-12-28T00:00:00.000Z", classID: ClassID(5))
        let classPlan = try plan(classAndQuarter, store)
        XCTAssertTrue(classPlan.contains("access_log_by_class (class_id=? AND at>? AND at<?)"), classPlan)
        XCTAssertFalse(classPlan.contains("TEMP B-TREE"), classPlan)
        XCTAssertEqual(try plan(AccessLogFilter(), store), "SCAN access_log", "the whole log streams in stored order")
    }

    func testDaysListNewestFirstByTimeAndTheWholeLogInStoredOrder() throws {
        let store = try JournalStore(path: path)
        let week = AccessLogFilter(since: "2026-11-22T21:00:00.000Z")
        XCTAssertEqual(try store.pool.read { try AccessLogQueries.entries(week, $0) }.map(\.seq), [3, 4, 2, 1],
                       "the entry whose clock ran behind goes by its time")
        XCTAssertEqual(try store.pool.read { try AccessLogQueries.entries(AccessLogFilter(), $0) }.map(\.seq), [4, 3, 2, 1])
        var none = AccessLogFilter(login: "nobody", since: "2026-11-22T21:00:00.000Z")
        none.journalOnly = true
        XCTAssertEqual(try store.pool.read { try AccessLogQueries.entries(none, $0) }.count, 0)
        let sidorov = AccessLogFilter(login: "SIDOROV", since: "2026-11-22T21:00:00.000Z", until: "2026-11-23T21:00:00.000Z")
        XCTAssertEqual(try store.pool.read { try AccessLogQueries.entries(sidorov, $0) }.map(\.seq), [2])
    }
}
