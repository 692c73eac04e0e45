import EzhCore
import GRDB

/// The database's signed checkpoints of the access log's head.
public enum LogCheckpoints {
    /// The head a new checkpoint signs: the newest entry's sequence and hash (0 and the genesis
    /// hash in an empty log).
    public static func head(_ db: Database) throws -> (seq: Int64, hash: String) {
        let head = try AccessLogQueries.head(db)
        return (head?.seq ?? 0, head?.hash ?? AccessLog.genesis)
    }

    @discardableResult
    public static func insert(_ anchor: LogAnchor, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO log_checkpoint (seq, hash, at, reason, public_key, signature) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [anchor.seq, anchor.hash, anchor.at, anchor.reason, anchor.publicKey, anchor.signature]
        )
        return db.lastInsertedRowID
    }

    /// Every checkpoint, oldest first. A file made before schema v3 has none.
    public static func all(_ db: Database) throws -> [FoundAnchor] {
        guard try db.tableExists("log_checkpoint") else { return [] }
        return try Row.fetchAll(db, sql: "SELECT * FROM log_checkpoint ORDER BY id").map { row in
            FoundAnchor(
                anchor: LogAnchor(
                    seq: row["seq"], hash: row["hash"], at: row["at"], reason: row["reason"],
                    publicKey: row["public_key"], signature: row["signature"]
                ),
                source: .database(id: row["id"])
            )
        }
    }

    /// Holds the chain against `anchors` (their signatures already judged): each anchor's entry
    /// must exist and have the anchor's hash. Returns the failures, earliest entry first.
    public static func check(_ anchors: [FoundAnchor], _ db: Database) throws -> [AnchorVerification.Failure] {
        let logEnd = try AccessLogQueries.head(db)?.seq ?? 0
        let hashAt = try db.cachedStatement(sql: "SELECT hash FROM access_log WHERE seq = ?")
        var lastHolding: Int64?
        var failures: [AnchorVerification.Failure] = []
        for found in anchors.sorted(by: { $0.anchor.seq < $1.anchor.seq }) {
            let anchor = found.anchor
            if anchor.seq == 0 { continue }
            if anchor.seq > logEnd {
                failures.append(.init(found: found, problem: .beyondEnd(logEnd: logEnd)))
            } else if try String.fetchOne(hashAt, arguments: [anchor.seq]) != anchor.hash {
                failures.append(.init(found: found, problem: .rewritten(since: lastHolding)))
            } else if failures.isEmpty {
                lastHolding = anchor.seq
            }
        }
        return failures
    }
}
