import EzhCore
import Foundation
import GRDB

/// Group commit for the access-log entries of reads. Each caller hands its entry over and waits
/// until it is committed; whoever finds no write under way writes every entry then waiting, in
/// order, in one short write transaction (one `fsync` instead of one each), and wakes their
/// callers with its outcome. A lone caller writes at once, as a plain write would, so a terminal
/// waits no longer than before; a busy web server appends the pages of many visitors at a time
/// instead of queueing them one fsync each on the one writer.
///
/// The chain is the same as entry-by-entry appends make: each entry follows the head in the same
/// `IMMEDIATE` transaction, so another process's writes interleave between groups, never inside.
/// When the transaction fails, every entry of its group fails with it and nothing of it stays.
public final class AccessLogGroupWriter: @unchecked Sendable {
    /// At most this many entries in one transaction, so the write lock is held briefly however
    /// many wait (the rest go in the next group).
    public static let largestGroup = 256

    private let pool: DatabasePool
    private let condition = NSCondition()
    /// Entries handed over and not yet taken into a group, in the order they came.
    private var waiting: [Handover] = []
    private var isWriting = false

    init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Appends `entry` (its `seq` and hashes are set here) and returns once it is committed;
    /// throws the transaction's error when it was not.
    public func append(_ entry: AccessLogRow) throws {
        let mine = Handover(entry)
        condition.lock()
        waiting.append(mine)
        while mine.outcome == nil && isWriting { condition.wait() }
        if let outcome = mine.outcome {
            condition.unlock()
            return try outcome.get()
        }
        isWriting = true
        let group = Array(waiting.prefix(Self.largestGroup))
        waiting.removeFirst(group.count)
        condition.unlock()

        let outcome = Result<Void, any Error> {
            try pool.write { db in try AccessLog.append(contentsOf: group.map(\.entry), db) }
        }

        condition.lock()
        for handover in group { handover.outcome = outcome }
        isWriting = false
        condition.broadcast()
        condition.unlock()
        try outcome.get()
    }

    /// One caller's entry and, once its group is written, how that went. Read and written only
    /// under the writer's lock.
    private final class Handover {
        let entry: AccessLogRow
        var outcome: Result<Void, any Error>?

        init(_ entry: AccessLogRow) { self.entry = entry }
    }
}
