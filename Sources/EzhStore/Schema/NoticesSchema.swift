import GRDB

/// Notices to parents (prepared per class and round, reviewed and sent by the class teacher),
/// the school's announcements and the classes' events of the month.
enum NoticesSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- One preparation of a class's notices a round (the round named by its first day), so a
            -- round is prepared once however often its notices are opened.
            CREATE TABLE notice_round (
                class_id INTEGER NOT NULL REFERENCES class(id),
                round_start TEXT NOT NULL,
                prepared_at TEXT NOT NULL,
                PRIMARY KEY (class_id, round_start)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE notice (
                id INTEGER PRIMARY KEY,
                class_id INTEGER NOT NULL REFERENCES class(id),
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                round_start TEXT NOT NULL,
                -- Why, as prepared: «Математика 2.33; НП: 5».
                reasons TEXT NOT NULL,
                text TEXT NOT NULL,
                -- draft: waits for the class teacher; superseded: a later round's took its place.
                state TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'dismissed', 'superseded')),
                sent_at TEXT,
                sent_by INTEGER REFERENCES account(id),
                UNIQUE (class_id, pupil_id, round_start),
                CHECK ((state = 'sent') = (sent_at IS NOT NULL))
            ) STRICT;
            CREATE INDEX notice_by_sent_at ON notice(sent_at) WHERE sent_at IS NOT NULL;

            CREATE TABLE announcement (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                -- The audience, comma-separated; empty: every role, the whole school.
                roles TEXT NOT NULL,
                grades TEXT NOT NULL,
                classes TEXT NOT NULL,
                author_id INTEGER NOT NULL REFERENCES account(id),
                posted_on TEXT NOT NULL,
                last_day TEXT NOT NULL,
                removed_at TEXT,
                CHECK (posted_on <= last_day)
            ) STRICT;
            CREATE INDEX announcement_by_last_day ON announcement(last_day) WHERE removed_at IS NULL;

            CREATE TABLE class_event (
                id INTEGER PRIMARY KEY,
                class_id INTEGER NOT NULL REFERENCES class(id),
                date TEXT NOT NULL,
                time TEXT NOT NULL,
                title TEXT NOT NULL,
                place TEXT NOT NULL,
                author_id INTEGER NOT NULL REFERENCES account(id),
                removed_at TEXT
            ) STRICT;
            CREATE INDEX class_event_by_class ON class_event(class_id, date) WHERE removed_at IS NULL;
            """)
    }
}
