import GRDB

/// Threads and messages between staff and families (and staff and the deputy). Nothing here is
/// ever updated or deleted: a correction is a new version of a message, a read is a receipt.
enum MessagesSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE message_thread (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('family', 'staff')),
                subject TEXT NOT NULL,
                -- The class a thread is about (the child's class for a family thread).
                class_id INTEGER REFERENCES class(id),
                -- The pupil whose family it is; its parents read it only while linked to the pupil.
                pupil_id INTEGER REFERENCES pupil(id),
                started_by INTEGER NOT NULL REFERENCES account(id),
                started_at TEXT NOT NULL,
                CHECK (kind = 'staff' OR pupil_id IS NOT NULL)
            ) STRICT;
            CREATE INDEX message_thread_by_pupil ON message_thread(pupil_id, started_by);

            CREATE TABLE message_thread_member (
                thread_id INTEGER NOT NULL REFERENCES message_thread(id),
                account_id INTEGER NOT NULL REFERENCES account(id),
                joined_at TEXT NOT NULL,
                PRIMARY KEY (thread_id, account_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX message_thread_member_by_account ON message_thread_member(account_id, thread_id);

            CREATE TABLE message (
                id INTEGER PRIMARY KEY,
                thread_id INTEGER NOT NULL REFERENCES message_thread(id),
                author_id INTEGER NOT NULL REFERENCES account(id),
                kind TEXT NOT NULL CHECK (kind IN ('message', 'notice')),
                sent_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX message_by_thread ON message(thread_id, id);

            CREATE TABLE message_version (
                message_id INTEGER NOT NULL REFERENCES message(id),
                version INTEGER NOT NULL CHECK (version >= 1),
                body TEXT NOT NULL,
                written_at TEXT NOT NULL,
                PRIMARY KEY (message_id, version)
            ) STRICT, WITHOUT ROWID;

            -- A read receipt: who opened which version of a message, and when.
            CREATE TABLE message_read (
                message_id INTEGER NOT NULL REFERENCES message(id),
                version INTEGER NOT NULL,
                account_id INTEGER NOT NULL REFERENCES account(id),
                read_at TEXT NOT NULL,
                PRIMARY KEY (message_id, version, account_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX message_read_by_account ON message_read(account_id, message_id);
            """)
        for table in ["message_thread", "message_thread_member", "message", "message_version", "message_read"] {
            try db.execute(sql: """
                CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
                CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
                """)
        }
    }
}
