import GRDB

/// The access log: append-only and hash-chained. Each entry's hash covers its fields and the
/// previous entry's hash, so a changed, removed, inserted or reordered row breaks the chain
/// whatever tool made the change; triggers refuse UPDATE and DELETE outright.
enum AccessLogSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- Context of a change, for the access report (class, subject, lesson date).
            ALTER TABLE change_history ADD COLUMN class_id INTEGER REFERENCES class(id);
            ALTER TABLE change_history ADD COLUMN subject_id INTEGER REFERENCES subject(id);
            ALTER TABLE change_history ADD COLUMN lesson_date TEXT;

            CREATE TABLE access_log (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                account_id INTEGER,
                login TEXT NOT NULL,
                role TEXT NOT NULL,
                terminal TEXT NOT NULL,
                action TEXT NOT NULL,
                object TEXT NOT NULL,
                class_id INTEGER,
                subject_id INTEGER,
                lesson_date TEXT,
                period_id INTEGER,
                history_id INTEGER,
                late_permission_id INTEGER,
                detail TEXT NOT NULL DEFAULT '',
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL UNIQUE
            ) STRICT;
            CREATE INDEX access_log_by_account ON access_log(account_id, at);
            CREATE INDEX access_log_by_class ON access_log(class_id, at);
            CREATE INDEX access_log_by_action ON access_log(action, at);
            CREATE INDEX access_log_by_history ON access_log(history_id) WHERE history_id IS NOT NULL;

            CREATE TRIGGER access_log_is_append_only_update BEFORE UPDATE ON access_log
            BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
            CREATE TRIGGER access_log_is_append_only_delete BEFORE DELETE ON access_log
            BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;

            -- The history is append-only too: nothing is ever lost.
            CREATE TRIGGER change_history_is_append_only_update BEFORE UPDATE ON change_history
            BEGIN SELECT RAISE(ABORT, 'change_history is append-only'); END;
            CREATE TRIGGER change_history_is_append_only_delete BEFORE DELETE ON change_history
            BEGIN SELECT RAISE(ABORT, 'change_history is append-only'); END;
            """)
    }

    /// Schema v5: the entries by time, for a listing filtered by days. It is read newest first
    /// along this index (`ORDER BY at DESC, seq DESC`), so a span of days costs the entries in it
    /// up to the listing's limit, however long the log, and a span with none costs nothing.
    /// An index leaves the entries and their hash chain as they are.
    static func addTimeIndex(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX access_log_by_time ON access_log(at)")
    }
}
