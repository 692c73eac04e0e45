import GRDB

/// The web diary's sessions (issue 14): server-side, one row per signed-in browser. The cookie
/// holds a random token; only its BLAKE2b-256 hash is stored, so a copy of the file signs nobody in.
enum WebSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE web_session (
                token_hash TEXT PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                created_at TEXT NOT NULL,
                last_seen_at TEXT NOT NULL,
                -- The absolute end; an idle session ends earlier (the service judges last_seen_at).
                expires_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX web_session_by_account ON web_session(account_id);
            """)
    }
}
