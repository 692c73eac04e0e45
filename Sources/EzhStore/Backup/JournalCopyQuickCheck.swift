import EzhCore
import Foundation
import GRDB

extension JournalCopy {
    /// The access-log chain of the snapshot a copy is made of, checked while the copy is written.
    public struct ChainCheck: Sendable, Equatable {
        public var chain: AuditVerification
        /// The anchor's entry the chain was checked after (0: from the start).
        public var checkedAfter: Int64
        /// The last entry checked when the copy was done before the walk reached the head (the
        /// rest is the full check's); nil when it reached the head.
        public var stoppedAfter: Int64? = nil
    }

    /// Checks the access-log chain `db` reads from the newest trusted anchor to the head.
    ///
    /// `db` is inside the read transaction the copy is made in: the copy holds exactly these
    /// pages (its digest is of the very bytes read from them), so this is the copy's chain,
    /// checked while the copy is written. From an anchor it is a day's entries, checked to the
    /// head. With no anchor (a school's first backup) it walks from the start in idle time
    /// only, until `copyDone`: the whole chain of a large school is more work than the whole
    /// copy, and it must not make the backup wait. On a machine with a core to spare it gets to
    /// the head; on two cores, which the copy and its digest keep busy, not far. Where it
    /// stopped is kept (`stoppedAfter`): the rest is the full check's, `ezh backup verify`, and
    /// the backup is not a checked start for the next one.
    ///
    /// `trustedAnchor` picks, from the signed checkpoints and the newest entry an earlier good
    /// backup's checks reached, the checkpoint the chain is checked after (its signature is the
    /// caller's to judge); nil checks from the start.
    public static func checkChain(
        _ db: Database, until copyDone: () -> Bool,
        trustedAnchor: (_ checkpoints: [FoundAnchor], _ verifiedUpTo: Int64) -> LogAnchor?
    ) throws -> ChainCheck {
        let verifiedUpTo = try BackupQueries.chainCheckedUpTo(db)
        guard let anchor = trustedAnchor(try LogCheckpoints.all(db), verifiedUpTo), anchor.seq > 0 else {
            let walk = try AccessLog.walkInIdleTime(db, after: nil, until: copyDone)
            return ChainCheck(chain: walk.verification, checkedAfter: 0, stoppedAfter: walk.stoppedAfter)
        }
        let stored = try String.fetchOne(db, sql: "SELECT hash FROM access_log WHERE seq = ?", arguments: [anchor.seq])
        guard stored == anchor.hash else {
            return ChainCheck(chain: .broken(seq: anchor.seq, reason: .changed), checkedAfter: anchor.seq)
        }
        return ChainCheck(chain: try AccessLog.verify(db, after: (anchor.seq, anchor.hash)), checkedAfter: anchor.seq)
    }

    /// The checks a new backup passes before it counts, read back from the copy: the file's
    /// header and size agree with the pages copied and its schema opens; with `chain`, the
    /// snapshot's chain checked as it was copied. SQLite's full integrity_check, the whole chain
    /// and every value against its history are `ezh backup verify`'s (`facts(at:)`).
    public static func quickFacts(at path: String, pageSize: Int, pageCount: Int, chain: ChainCheck) throws -> Facts {
        if let problem = headerProblem(path, pageSize: pageSize, pageCount: pageCount) {
            return Facts(damage: [problem], chain: .intact(entries: 0), headSeq: 0, headHash: "", lastHistoryID: 0,
                         schemaVersion: 0, schoolName: "", publicKeys: [])
        }
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: immutableName(path), configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            // Every table's definition parses: the schema opens.
            _ = try Int.fetchAll(db, sql: "SELECT count(*) FROM sqlite_schema")
            let head = try LogCheckpoints.head(db)
            return Facts(
                damage: [], chain: chain.chain, headSeq: head.seq, headHash: head.hash,
                lastHistoryID: try Int64.fetchOne(db, sql: "SELECT max(id) FROM change_history") ?? 0,
                schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                schoolName: try String.fetchOne(db, sql: "SELECT name FROM school") ?? "",
                publicKeys: try SchoolKeyQueries.exists(db) ? SchoolKeyQueries.all(db).map(\.publicKeyHex) : [],
                chainCheckedAfter: chain.checkedAfter
            )
        }
    }

    /// What is wrong with the copy's first bytes and size, or nil: SQLite's magic string, the
    /// page size and page count the copy was made with, and exactly that many pages on disk.
    static func headerProblem(_ path: String, pageSize: Int, pageCount: Int) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "the copy cannot be read" }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else { return "the copy is shorter than its header" }
        let bytes = [UInt8](header)
        func number(_ at: Int, _ width: Int) -> Int { bytes[at..<at + width].reduce(0) { $0 << 8 | Int($1) } }
        guard bytes.prefix(16).elementsEqual(Array("SQLite format 3\u{0}".utf8)) else { return "not an SQLite file" }
        let headerPageSize = number(16, 2) == 1 ? 65_536 : number(16, 2)
        guard headerPageSize == pageSize else { return "page size \(headerPageSize), copied \(pageSize)" }
        guard number(28, 4) == pageCount else { return "header names \(number(28, 4)) pages, copied \(pageCount)" }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
        guard size == pageSize * pageCount else { return "file of \(size) bytes, expected \(pageSize * pageCount)" }
        return nil
    }
}
