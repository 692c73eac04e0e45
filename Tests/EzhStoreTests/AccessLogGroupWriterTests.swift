import EzhCore
import EzhStore
import Foundation
import GRDB
import XCTest

/// The access-log entries of reads, committed in groups: every entry handed over is in the log,
/// each caller's in the order it handed them, on an intact chain; entries that wait together
/// share a commit; a group that cannot be written leaves nothing and every caller hears of it.
final class AccessLogGroupWriterTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-grouplog-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private var path: String { directory.appendingPathComponent("journal.sqlite").path }

    private static func entry(_ object: String) -> AccessLogRow {
        AccessLogRow(seq: 0, at: "2026-11-30T18:00:00.000Z", accountID: nil, login: "pupil", role: "ученик",
                     terminal: "web (127.0.0.1)", action: "read", object: object)
    }

    private func objects(_ store: JournalStore) throws -> [String] {
        try store.pool.read { db in try String.fetchAll(db, sql: "SELECT object FROM access_log ORDER BY seq") }
    }

    /// Runs `body(index)` on `count` threads of their own at once and returns the errors thrown.
    private func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) -> [any Error] {
        let errors = ErrorList()
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread.detachNewThread {
                do { try body(index) } catch { errors.add(error) }
                group.leave()
            }
        }
        group.wait()
        return errors.all
    }

    /// Another connection takes the write lock, as another ezh process would, and keeps it
    /// until the returned semaphore is signalled.
    private func holdWriteLock() throws -> DispatchSemaphore {
        let other = try DatabaseQueue(path: path)
        let taken = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? other.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    taken.signal()
                    release.wait()
                    return .commit
                }
            }
        }
        taken.wait()
        return release
    }

    func testEveryCallersEntriesAreThereInItsOrderOnAnIntactChain() throws {
        let store = try JournalStore(path: path)
        try store.pool.write { db in try AccessLog.append(Self.entry("before"), db) }
        let errors = onThreads(12) { thread in
            for number in 0..<40 { try store.readLog.append(Self.entry("thread \(thread) page \(number)")) }
        }
        XCTAssertTrue(errors.isEmpty, "\(errors)")
        try store.pool.write { db in try AccessLog.append(Self.entry("after"), db) }

        let objects = try objects(store)
        XCTAssertEqual(objects.count, 2 + 12 * 40)
        XCTAssertEqual(objects.first, "before")
        XCTAssertEqual(objects.last, "after")
        for thread in 0..<12 {
            let own = objects.filter { $0.hasPrefix("thread \(thread) ") }
            XCTAssertEqual(own, (0..<40).map { "thread \(thread) page \($0)" }, "thread \(thread)'s pages, in the order it read them")
        }
        XCTAssertEqual(try store.pool.read(AccessLog.verify), .intact(entries: 2 + 12 * 40))
    }

    func testEntriesThatWaitTogetherShareOneCommit() throws {
        let store = try JournalStore(path: path)
        let commits = CommitCounter()
        store.pool.add(transactionObserver: commits)
        // Another process holds the write lock: the first entry's group waits for it, and the
        // entries that come meanwhile wait for that group.
        let release = try holdWriteLock()
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { release.signal() }
        let errors = onThreads(60) { number in try store.readLog.append(Self.entry("page \(number)")) }
        XCTAssertTrue(errors.isEmpty, "\(errors)")

        XCTAssertEqual(try objects(store).count, 60)
        XCTAssertEqual(try store.pool.read(AccessLog.verify), .intact(entries: 60))
        XCTAssertTrue((1...6).contains(commits.count), "60 entries that waited together: a few commits, not one each (\(commits.count))")
    }

    func testAGroupThatCannotBeWrittenLeavesNothingAndEveryCallerHearsOfIt() throws {
        setenv("EZH_BUSY_TIMEOUT", "0.3", 1)
        defer { unsetenv("EZH_BUSY_TIMEOUT") }
        let store = try JournalStore(path: path)
        let release = try holdWriteLock()
        let errors = onThreads(8) { number in try store.readLog.append(Self.entry("page \(number)")) }
        release.signal()
        Thread.sleep(forTimeInterval: 0.2)

        XCTAssertEqual(errors.count, 8, "each caller is told its entry was not written")
        XCTAssertTrue(errors.allSatisfy { ($0 as? DatabaseError)?.resultCode == .SQLITE_BUSY }, "\(errors)")
        XCTAssertEqual(try objects(store), [])
        try store.readLog.append(Self.entry("later"))
        XCTAssertEqual(try objects(store), ["later"], "the writer works again once the lock is free")
    }
}

private final class ErrorList: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    var all: [any Error] { lock.withLock { errors } }
    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
}

/// Counts the commits of the store's writer connection.
private final class CommitCounter: TransactionObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var commits = 0
    var count: Int { lock.withLock { commits } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseDidCommit(_ db: Database) { lock.withLock { commits += 1 } }
    func databaseDidRollback(_ db: Database) {}
}
