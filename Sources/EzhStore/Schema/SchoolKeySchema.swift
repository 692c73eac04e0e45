import GRDB

/// The public halves of the school's Ed25519 signing keys (issue 13). The secret half never
/// enters the database: it lives in `<db>.key` beside it. A school whose key was lost gets a new
/// one as a new row; the old rows stay, so backups and anchors signed years ago still verify
/// against a key the journal itself vouches for. Append-only, like the history.
enum SchoolKeySchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE school_key (
                id INTEGER PRIMARY KEY,
                -- 32 bytes as lower-case hex.
                public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),
                created_at TEXT NOT NULL
            ) STRICT;

            CREATE TRIGGER school_key_is_append_only_update BEFORE UPDATE ON school_key
            BEGIN SELECT RAISE(ABORT, 'school_key is append-only'); END;
            CREATE TRIGGER school_key_is_append_only_delete BEFORE DELETE ON school_key
            BEGIN SELECT RAISE(ABORT, 'school_key is append-only'); END;
            """)
    }
}
