import GRDB

/// Every `ezh backup` to every destination, good or failed. The administrator's screen and the
/// home warning read this rather than the manifests in the destinations: the media may be
/// unplugged, on another machine or readable only by the backup's system user, and a failed
/// backup leaves no manifest at all, yet its failure is what the administrator must see.
enum BackupSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE backup_run (
                id INTEGER PRIMARY KEY,
                destination TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT NOT NULL,
                ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
                -- The backup's folder in the destination (empty when it failed).
                folder TEXT NOT NULL DEFAULT '',
                bytes INTEGER NOT NULL DEFAULT 0,
                head_seq INTEGER NOT NULL DEFAULT 0,
                -- Why it failed, in Russian and English, or what rotation removed.
                detail TEXT NOT NULL DEFAULT ''
            ) STRICT;
            CREATE INDEX backup_run_by_destination ON backup_run(destination, finished_at);
            """)
    }

    /// `ezh backup` checks a copy within the time of the copy (header, schema, digest, the chain
    /// since the last anchor); `ezh backup verify` checks it fully (integrity_check, the whole
    /// chain, every value against its history) and says when here. Only fully verified copies
    /// keep the home screen's warning away.
    static func addFullVerification(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE backup_run ADD COLUMN verified_at TEXT")
    }

    /// A school's first backup checks the chain from its start only as long as the copy takes
    /// (`JournalCopy.checkChain`); where it stopped is kept, so the next backup does not take
    /// the copy's head for a checked start. NULL: the check reached the head (every backup
    /// before this column did).
    static func addChainReach(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE backup_run ADD COLUMN chain_checked_to INTEGER")
    }
}
