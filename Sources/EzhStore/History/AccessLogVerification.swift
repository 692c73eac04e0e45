import EzhCore
import GRDB

extension AccessLog {
    /// Checks the whole chain, and that every history row has its entry.
    public static func verify(_ db: Database) throws -> AuditVerification {
        try verify(db, after: nil)
    }

    /// Checks the chain only after `anchor` (an entry whose hash a signed checkpoint vouches for
    /// and an earlier check found sound; nil: from the start): the entries after it, and the
    /// history rows after the last one it links to. Entries up to the anchor are not read.
    public static func verify(_ db: Database, after anchor: (seq: Int64, hash: String)?) throws -> AuditVerification {
        var expectedSeq = (anchor?.seq ?? 0) + 1
        var previousHash = anchor?.hash ?? genesis
        var count = 0
        var failure: AuditVerification?
        try AccessLogQueries.forEach(after: anchor?.seq ?? 0, db) { row in
            guard failure == nil else { return }
            if row.seq != expectedSeq {
                failure = .broken(seq: row.seq, reason: row.seq > expectedSeq ? .removedBefore(expected: expectedSeq) : .notLinked)
            } else if hash(of: row) != row.hash {
                failure = .broken(seq: row.seq, reason: .changed)
            } else if row.prevHash != previousHash {
                failure = .broken(seq: row.seq, reason: .notLinked)
            }
            expectedSeq = row.seq + 1
            previousHash = row.hash
            count += 1
        }
        if let failure { return failure }
        let historyBefore = try anchor.map { try AccessLogQueries.lastHistoryID(upTo: $0.seq, db) } ?? 0
        if let unlogged = try AccessLogQueries.firstUnloggedChange(after: historyBefore, db) {
            return .broken(seq: expectedSeq, reason: .unloggedChange(historyID: unlogged))
        }
        return .intact(entries: count)
    }
}
