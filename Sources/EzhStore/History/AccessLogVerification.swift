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
        let scan = ChainScan(previousHash: anchor?.hash ?? genesis)
        var expectedSeq = (anchor?.seq ?? 0) + 1
        var count = 0
        let failure: AuditVerification? = try scan.forEach(after: anchor?.seq ?? 0, db) { seq, hashHolds, linked in
            if seq != expectedSeq {
                return .broken(seq: seq, reason: seq > expectedSeq ? .removedBefore(expected: expectedSeq) : .notLinked)
            }
            if !hashHolds { return .broken(seq: seq, reason: .changed) }
            if !linked { return .broken(seq: seq, reason: .notLinked) }
            expectedSeq = seq + 1
            count += 1
            return nil
        }
        if let failure { return failure }
        let historyBefore = try anchor.map { try AccessLogQueries.lastHistoryID(upTo: $0.seq, db) } ?? 0
        if let unlogged = try AccessLogQueries.firstUnloggedChange(after: historyBefore, db) {
            return .broken(seq: expectedSeq, reason: .unloggedChange(historyID: unlogged))
        }
        return .intact(entries: count)
    }
}

/// The chain walked straight from SQLite's column bytes: each entry's hash input is built in one
/// reused buffer, hashed, and its hex compared with the stored bytes, with no row decoded into
/// strings. It is `AccessLog.hash(of:)` exactly (the same fields in the same order, integers in
/// decimal, NULL as nothing, unit separators between), at a fraction of the cost: a backup
/// checks the large school's 1.2 million entries while it copies the file.
private final class ChainScan {
    private static let separator: UInt8 = 0x1F
    private static let hexDigits = Array("0123456789abcdef".utf8)
    /// The columns of `AccessLogQueries.columns` that are hashed: all but the last, the hash.
    private static let hashedColumns: Int32 = 16
    private static let hashColumn: Int32 = 16
    private static let prevHashColumn: Int32 = 15

    private var previousHash: [UInt8]
    private var input: [UInt8] = []
    private var hex = [UInt8](repeating: 0, count: 64)
    private var digest = [UInt8](repeating: 0, count: 32)

    init(previousHash: String) {
        precondition(sodium_init() >= 0, "libsodium failed to initialise")
        self.previousHash = Array(previousHash.utf8)
        input.reserveCapacity(1024)
    }

    /// Calls `judge` with each entry after `seq` in stored order: its sequence number, whether
    /// its stored hash is the hash of its fields, whether its `prev_hash` is the stored hash of
    /// the entry before it (or the anchor's). Stops at the first verdict `judge` returns.
    func forEach(
        after seq: Int64, _ db: Database, _ judge: (_ seq: Int64, _ hashHolds: Bool, _ linked: Bool) throws -> AuditVerification?
    ) throws -> AuditVerification? {
        let statement = try db.makeStatement(sql: "SELECT \(AccessLogQueries.columns) FROM access_log WHERE seq > ? ORDER BY seq")
        statement.arguments = [seq]
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { return nil }
            guard step == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: step), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let hashHolds = storedHashMatchesFields(handle)
            let linked = bytesEqual(handle, Self.prevHashColumn, previousHash)
            if let verdict = try judge(sqlite3_column_int64(handle, 0), hashHolds, linked) { return verdict }
            previousHash.removeAll(keepingCapacity: true)
            append(handle, Self.hashColumn, to: &previousHash)
        }
    }

    private func storedHashMatchesFields(_ handle: OpaquePointer?) -> Bool {
        input.removeAll(keepingCapacity: true)
        for column in 0..<Self.hashedColumns {
            if column > 0 { input.append(Self.separator) }
            append(handle, column, to: &input)
        }
        input.withUnsafeBufferPointer { bytes in
            _ = crypto_generichash(&digest, 32, bytes.baseAddress, UInt64(bytes.count), nil, 0)
        }
        for (index, byte) in digest.enumerated() {
            hex[2 * index] = Self.hexDigits[Int(byte >> 4)]
            hex[2 * index + 1] = Self.hexDigits[Int(byte & 0x0F)]
        }
        return bytesEqual(handle, Self.hashColumn, hex)
    }

    /// The column's text (integers in decimal), NULL as nothing.
    private func append(_ handle: OpaquePointer?, _ column: Int32, to buffer: inout [UInt8]) {
        guard let text = sqlite3_column_text(handle, column) else { return }
        buffer.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))))
    }

    private func bytesEqual(_ handle: OpaquePointer?, _ column: Int32, _ expected: [UInt8]) -> Bool {
        guard let text = sqlite3_column_text(handle, column) else { return false }
        let count = Int(sqlite3_column_bytes(handle, column))
        return count == expected.count && memcmp(text, expected, count) == 0
    }
}
