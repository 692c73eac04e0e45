import Foundation
import GRDB

/// The record of backups made (`backup_run`).
public enum BackupQueries {
    public struct Run: Sendable, Equatable {
        public var destination: String
        public var startedAt: String
        public var finishedAt: String
        public var ok: Bool
        public var folder: String
        public var bytes: Int64
        public var headSeq: Int64
        public var detail: String
        /// When `ezh backup verify` last checked the copy fully; nil: only the backup's own checks.
        public var verifiedAt: String?
        /// The last access-log entry the backup's own check of the chain reached, when the copy
        /// was done before it reached the head; nil: it reached the head.
        public var chainCheckedTo: Int64?

        public init(
            destination: String, startedAt: String, finishedAt: String, ok: Bool, folder: String = "", bytes: Int64 = 0,
            headSeq: Int64 = 0, detail: String = "", verifiedAt: String? = nil, chainCheckedTo: Int64? = nil
        ) {
            self.destination = destination
            self.startedAt = startedAt
            self.finishedAt = finishedAt
            self.ok = ok
            self.folder = folder
            self.bytes = bytes
            self.headSeq = headSeq
            self.detail = detail
            self.verifiedAt = verifiedAt
            self.chainCheckedTo = chainCheckedTo
        }
    }

    public static func record(_ run: Run, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO backup_run (destination, started_at, finished_at, ok, folder, bytes, head_seq, detail, chain_checked_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                run.destination, run.startedAt, run.finishedAt, run.ok ? 1 : 0, run.folder, run.bytes, run.headSeq, run.detail,
                run.chainCheckedTo,
            ])
    }

    /// The newest access-log entry up to which a check of a good backup walked the chain: the
    /// backup's own check (to the head, or as far as it got while the copy was made) or the
    /// full check of `ezh backup verify` (to the copy's head). 0 when none did.
    public static func chainCheckedUpTo(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            SELECT max(CASE WHEN verified_at IS NOT NULL THEN head_seq ELSE ifnull(chain_checked_to, head_seq) END)
            FROM backup_run WHERE ok = 1
            """) ?? 0
    }

    /// Each destination's last run and its last good one, destinations by name.
    public static func latest(_ db: Database) throws -> [(last: Run, lastGood: Run?)] {
        guard try db.tableExists("backup_run") else { return [] }
        let destinations = try String.fetchAll(db, sql: "SELECT DISTINCT destination FROM backup_run ORDER BY destination")
        return try destinations.map { destination in
            let last = try fetch("WHERE destination = ? ORDER BY id DESC LIMIT 1", destination, db)!
            let good = try fetch("WHERE destination = ? AND ok = 1 ORDER BY id DESC LIMIT 1", destination, db)
            return (last, good)
        }
    }

    /// The newest good backup anywhere that `ezh backup verify` has checked fully, or nil.
    public static func lastFullyVerified(_ db: Database) throws -> Run? {
        guard try recordsFullVerification(db) else { return nil }
        return try Row.fetchOne(db, sql: """
            SELECT * FROM backup_run WHERE ok = 1 AND verified_at IS NOT NULL ORDER BY finished_at DESC LIMIT 1
            """).map(run)
    }

    /// Notes that the backup in `folder` (its name) of `destination` was verified fully at `at`;
    /// false when no good run made it (a copy made elsewhere, or its record is gone). The
    /// destination may be spelt another way than the backup spelt it (a trailing slash, a
    /// relative path): a folder name only one good run made is enough.
    public static func markFullyVerified(destination: String, folder: String, at: String, _ db: Database) throws -> Bool {
        let runs = try Row.fetchAll(db, sql: "SELECT id, destination FROM backup_run WHERE folder = ? AND ok = 1", arguments: [folder])
        let wanted = standardized(destination)
        guard let id: Int64 = (runs.first { standardized($0["destination"]) == wanted } ?? (runs.count == 1 ? runs[0] : nil))?["id"]
        else { return false }
        try db.execute(sql: "UPDATE backup_run SET verified_at = ? WHERE id = ?", arguments: [at, id])
        return true
    }

    /// A journal opened read-only before its v4 migration has no `verified_at` yet.
    private static func recordsFullVerification(_ db: Database) throws -> Bool {
        try db.tableExists("backup_run") && db.columns(in: "backup_run").contains { $0.name == "verified_at" }
    }

    private static func standardized(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// When each backup folder (by name: names are instants, one per copy) was last verified fully.
    public static func fullVerifications(_ db: Database) throws -> [String: String] {
        guard try recordsFullVerification(db) else { return [:] }
        let rows = try Row.fetchAll(db, sql: "SELECT folder, verified_at FROM backup_run WHERE ok = 1 AND verified_at IS NOT NULL")
        return Dictionary(rows.map { ($0["folder"], $0["verified_at"]) }, uniquingKeysWith: { $1 })
    }

    private static func fetch(_ tail: String, _ destination: String, _ db: Database) throws -> Run? {
        try Row.fetchOne(db, sql: "SELECT * FROM backup_run " + tail, arguments: [destination]).map(run)
    }

    private static func run(_ row: Row) -> Run {
        Run(
            destination: row["destination"], startedAt: row["started_at"], finishedAt: row["finished_at"], ok: row["ok"] == 1,
            folder: row["folder"], bytes: row["bytes"], headSeq: row["head_seq"], detail: row["detail"],
            verifiedAt: row["verified_at"], chainCheckedTo: row["chain_checked_to"]
        )
    }
}
