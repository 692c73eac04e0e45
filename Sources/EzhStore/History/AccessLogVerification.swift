import EzhCore
import GRDB

extension AccessLog {
    public static func verify(_ db: Database) throws -> AuditVerification {
        var expectedSeq: Int64 = 1
        var previousHash = genesis
        var count = 0
        var failure: AuditVerification?
        try AccessLogQueries.forEach(db) { row in
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
        if let unlogged = try AccessLogQueries.firstUnloggedChange(db) {
            return .broken(seq: expectedSeq, reason: .unloggedChange(historyID: unlogged))
        }
        return .intact(entries: count)
    }
}
