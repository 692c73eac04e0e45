import CSodium
import EzhCore
import Foundation
import GRDB
import GRDBSQLite

extension AccessLog {
    /// Checks the whole chain, and that every history row has its entry.
    public static func verify(_ db: Database) throws -> AuditVerification {
        try verify(db, after: nil)
    }

    /// Checks the chain only after `anchor` (an entry whose hash a signed checkpoint vouches for
    /// and an earlier check found sound; nil: from the start): the entries after it, and the
    /// history rows after the last one it links to. Entries up to the anchor are not read.
    public static func verify(_ db: Database, after anchor: (seq: Int64, hash: String)?) throws -> AuditVerification {
        try walk(db, after: anchor, inIdleTime: false, until: { false }).verification
    }

    /// `verify(_:after:)` beside other work: on a thread of the lowest priority, so that it
    /// takes only the CPU the other work leaves idle, and stopping once `done` says the other
    /// work is finished (asked every few thousand entries, so a short walk always ends at the
    /// head). A walk stopped early is sound as far as it went.
    public static func walkInIdleTime(
        _ db: Database, after anchor: (seq: Int64, hash: String)?, until done: () -> Bool
    ) throws -> ChainWalk {
        try walk(db, after: anchor, inIdleTime: true, until: done)
    }

    /// How far a walk of the chain got.
    public struct ChainWalk: Sendable, Equatable {
        public var verification: AuditVerification
        /// The last entry checked when a walk in idle time stopped before the head; nil when it
        /// reached the head (or found the chain broken).
        public var stoppedAfter: Int64?
    }

    /// The history rows are checked only by a walk that reaches the head.
    ///
    /// Every change writes its history row and its entry in one transaction, so the entries
    /// after the anchor link the history rows after it in order, one by one: when the walk sees
    /// exactly that run and it reaches the newest history row, every row has its entry, with no
    /// second pass over the history (a million rows on a large school). Anything else is looked
    /// up row by row.
    private static func walk(
        _ db: Database, after anchor: (seq: Int64, hash: String)?, inIdleTime: Bool, until stop: () -> Bool
    ) throws -> ChainWalk {
        let scan = ChainScan(previousHash: anchor?.hash ?? genesis)
        let historyBefore = try anchor.map { try AccessLogQueries.lastHistoryID(upTo: $0.seq, db) } ?? 0
        let start = anchor?.seq ?? 0
        var expectedSeq = start + 1
        var linkedRun = LinkedHistoryRun(after: historyBefore)
        let end = try scan.forEach(after: start, db, inIdleTime: inIdleTime, until: stop) { entry in
            if entry.seq != expectedSeq {
                return .broken(seq: entry.seq, reason: entry.seq > expectedSeq ? .removedBefore(expected: expectedSeq) : .notLinked)
            }
            if !entry.hashHolds { return .broken(seq: entry.seq, reason: .changed) }
            if !entry.linked { return .broken(seq: entry.seq, reason: .notLinked) }
            expectedSeq = entry.seq + 1
            linkedRun.see(entry.historyID)
            return nil
        }
        let checked = Int(expectedSeq - 1 - start)
        switch end {
        case .verdict(let broken):
            return ChainWalk(verification: broken, stoppedAfter: nil)
        case .stopped:
            return ChainWalk(verification: .intact(entries: checked), stoppedAfter: expectedSeq - 1)
        case .head:
            if !linkedRun.covers(newest: try AccessLogQueries.lastHistoryID(db)),
               let unlogged = try AccessLogQueries.firstUnloggedChange(after: historyBefore, db) {
                return ChainWalk(verification: .broken(seq: expectedSeq, reason: .unloggedChange(historyID: unlogged)), stoppedAfter: nil)
            }
            return ChainWalk(verification: .intact(entries: checked), stoppedAfter: nil)
        }
    }
}

/// The history rows the walked entries link to, while they are the unbroken run after a given
/// row: then every history row up to the run's end has its entry.
private struct LinkedHistoryRun {
    private var last: Int64
    private var unbroken = true

    init(after historyID: Int64) { last = historyID }

    mutating func see(_ historyID: Int64?) {
        guard unbroken, let historyID else { return }
        if historyID == last + 1 { last = historyID } else { unbroken = false }
    }

    /// Whether the run reaches `newest`, the newest history row: no row after the start lacks
    /// its entry.
    func covers(newest: Int64) -> Bool { unbroken && last == newest }
}

/// The chain walked straight from SQLite's column bytes: each entry's hash input is built in one
/// reused buffer, hashed, and its hex compared with the stored bytes, with no row decoded into
/// strings. It is `AccessLog.hash(of:)` exactly (the same fields in the same order, integers in
/// decimal, NULL as nothing, unit separators between), at a fraction of the cost: a backup
/// checks the large school's 1.2 million entries while it copies the file. The buffers are raw
/// memory allocated once, so the loop makes no allocation and no exclusivity check per entry.
private final class ChainScan {
    struct Entry {
        var seq: Int64
        /// The stored hash is the hash of the entry's fields.
        var hashHolds: Bool
        /// Its `prev_hash` is the stored hash of the entry before it (or the anchor's).
        var linked: Bool
        var historyID: Int64?
    }

    private static let separator: UInt8 = 0x1F
    private static let hexDigits = Array("0123456789abcdef".utf8)
    /// The columns of `AccessLogQueries.columns` that are hashed: all but the last, the hash.
    private static let hashedColumns: Int32 = 16
    private static let hashColumn: Int32 = 16
    private static let prevHashColumn: Int32 = 15
    private static let historyColumn: Int32 = 12

    private let previousHash: ByteBuffer
    private let input = ByteBuffer(capacity: 1024)
    private let hex = ByteBuffer(capacity: 64)
    private let digest = UnsafeMutablePointer<UInt8>.allocate(capacity: 32)

    init(previousHash: String) {
        precondition(sodium_init() >= 0, "libsodium failed to initialise")
        self.previousHash = ByteBuffer(capacity: 128)
        self.previousHash.append(Array(previousHash.utf8))
    }

    deinit { digest.deallocate() }

    /// How a walk ended.
    enum End {
        case verdict(AuditVerification)
        case stopped
        case head
    }

    /// Entries between two looks at the walk's `stop`.
    private static let entriesBetweenStops = 4096

    /// Calls `judge` with each entry after `seq` in stored order, until `judge` returns a verdict,
    /// `stop` says so (asked every `entriesBetweenStops` entries) or the head is passed. In idle
    /// time the entries are stepped through on a thread of the lowest priority while the caller
    /// waits; only SQLite's own calls touch the connection there.
    func forEach(
        after seq: Int64, _ db: Database, inIdleTime: Bool, until stop: () -> Bool,
        _ judge: (Entry) throws -> AuditVerification?
    ) throws -> End {
        let statement = try db.makeStatement(sql: "SELECT \(AccessLogQueries.columns) FROM access_log WHERE seq > ? ORDER BY seq")
        statement.arguments = [seq]
        let handle = statement.sqliteStatement
        let connection = db.sqliteConnection
        defer { sqlite3_reset(handle) }
        guard inIdleTime else { return try step(handle, connection, until: stop, judge) }
        return try IdleThread.run { try step(handle, connection, until: stop, judge) }
    }

    private func step(
        _ handle: OpaquePointer?, _ connection: OpaquePointer?, until stop: () -> Bool, _ judge: (Entry) throws -> AuditVerification?
    ) throws -> End {
        var untilStop = Self.entriesBetweenStops
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { return .head }
            guard step == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: step), message: String(cString: sqlite3_errmsg(connection)))
            }
            let entry = Entry(
                seq: sqlite3_column_int64(handle, 0),
                hashHolds: storedHashMatchesFields(handle),
                linked: columnEquals(handle, Self.prevHashColumn, previousHash),
                historyID: sqlite3_column_type(handle, Self.historyColumn) == SQLITE_INTEGER
                    ? sqlite3_column_int64(handle, Self.historyColumn) : nil
            )
            if let verdict = try judge(entry) { return .verdict(verdict) }
            previousHash.removeAll()
            appendColumn(handle, Self.hashColumn, to: previousHash)
            untilStop -= 1
            if untilStop == 0 {
                if stop() { return .stopped }
                untilStop = Self.entriesBetweenStops
            }
        }
    }

    private func storedHashMatchesFields(_ handle: OpaquePointer?) -> Bool {
        input.removeAll()
        for column in 0..<Self.hashedColumns {
            if column > 0 { input.append(Self.separator) }
            appendColumn(handle, column, to: input)
        }
        _ = crypto_generichash(digest, 32, input.start, UInt64(input.count), nil, 0)
        hex.removeAll()
        for index in 0..<32 {
            hex.append(Self.hexDigits[Int(digest[index] >> 4)])
            hex.append(Self.hexDigits[Int(digest[index] & 0x0F)])
        }
        return columnEquals(handle, Self.hashColumn, hex)
    }

    /// The column's text, NULL as nothing; an integer in decimal, written here rather than
    /// converted by SQLite, which would keep a text copy of it in the row.
    private func appendColumn(_ handle: OpaquePointer?, _ column: Int32, to buffer: ByteBuffer) {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL:
            return
        case SQLITE_INTEGER:
            buffer.appendDecimal(sqlite3_column_int64(handle, column))
        default:
            guard let text = sqlite3_column_text(handle, column) else { return }
            buffer.append(text, count: Int(sqlite3_column_bytes(handle, column)))
        }
    }

    private func columnEquals(_ handle: OpaquePointer?, _ column: Int32, _ expected: ByteBuffer) -> Bool {
        guard let text = sqlite3_column_text(handle, column) else { return false }
        let count = Int(sqlite3_column_bytes(handle, column))
        return count == expected.count && memcmp(text, expected.start, count) == 0
    }
}

/// A growable byte buffer in raw memory, for the chain walk's hot loop.
private final class ByteBuffer {
    // Touched for every byte of a million entries: no run-time exclusivity check (the buffer
    // is never shared, and never accessed twice at once).
    @exclusivity(unchecked) private(set) var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        start = .allocate(capacity: capacity)
    }

    deinit { start.deallocate() }

    func removeAll() { count = 0 }

    func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafePointer<UInt8>, count added: Int) {
        reserve(added)
        (start + count).update(from: bytes, count: added)
        count += added
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { append(base, count: $0.count) } }
    }

    /// `value` in decimal, as SQLite and `String(_:)` write it.
    func appendDecimal(_ value: Int64) {
        reserve(20)
        var magnitude = value.magnitude
        if value < 0 {
            start[count] = UInt8(ascii: "-")
            count += 1
        }
        let first = count
        repeat {
            start[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude > 0
        var (low, high) = (first, count - 1)
        while low < high {
            (start[low], start[high]) = (start[high], start[low])
            low += 1
            high -= 1
        }
    }

    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        capacity = max(capacity * 2, count + more)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
    }
}
