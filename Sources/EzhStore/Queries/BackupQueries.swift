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

        public init(
            destination: String, startedAt: String, finishedAt: String, ok: Bool, folder: String = "", bytes: Int64 = 0,
            headSeq: Int64 = 0, detail: String = ""
        ) {
            self.destination = destination
            self.startedAt = startedAt
            self.finishedAt = finishedAt
            self.ok = ok
            self.folder = folder
            self.bytes = bytes
            self.headSeq = headSeq
            self.detail = detail
        }
    }

    public static func record(_ run: Run, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO backup_run (destination, started_at, finished_at, ok, folder, bytes, head_seq, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [run.destination, run.startedAt, run.finishedAt, run.ok ? 1 : 0, run.folder, run.bytes, run.headSeq, run.detail])
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

    /// The newest good backup anywhere, or nil.
    public static func lastGood(_ db: Database) throws -> Run? {
        guard try db.tableExists("backup_run") else { return nil }
        return try Row.fetchOne(db, sql: "SELECT * FROM backup_run WHERE ok = 1 ORDER BY finished_at DESC LIMIT 1").map(run)
    }

    private static func fetch(_ tail: String, _ destination: String, _ db: Database) throws -> Run? {
        try Row.fetchOne(db, sql: "SELECT * FROM backup_run " + tail, arguments: [destination]).map(run)
    }

    private static func run(_ row: Row) -> Run {
        Run(
            destination: row["destination"], startedAt: row["started_at"], finishedAt: row["finished_at"], ok: row["ok"] == 1,
            folder: row["folder"], bytes: row["bytes"], headSeq: row["head_seq"], detail: row["detail"]
        )
    }
}
