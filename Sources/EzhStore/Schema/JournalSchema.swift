import GRDB

/// What teachers enter: assignments, marks, attendance, period finals; and the change history.
enum JournalSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- An assignment (задание) given in a lesson, with its work type. Marks belong to it.
            CREATE TABLE assignment (
                id INTEGER PRIMARY KEY,
                lesson_id INTEGER NOT NULL REFERENCES lesson(id),
                work_type_id INTEGER NOT NULL REFERENCES work_type(id),
                topic TEXT NOT NULL DEFAULT '',
                position INTEGER NOT NULL DEFAULT 1,
                UNIQUE (lesson_id, position)
            ) STRICT;

            -- At most one mark per pupil per assignment. A removed mark is a deleted row here and
            -- a history row saying so: the history keeps every value the cell ever had.
            CREATE TABLE mark (
                assignment_id INTEGER NOT NULL REFERENCES assignment(id),
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                value TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5', '.')),
                changed_at TEXT NOT NULL,
                changed_by INTEGER NOT NULL REFERENCES account(id),
                PRIMARY KEY (assignment_id, pupil_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX mark_by_pupil ON mark(pupil_id);

            CREATE TABLE attendance (
                lesson_id INTEGER NOT NULL REFERENCES lesson(id),
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                code TEXT NOT NULL CHECK (code IN ('Н', 'ОП', 'Б', 'УП', 'НП', 'ОСВ')),
                note TEXT NOT NULL DEFAULT '',
                changed_at TEXT NOT NULL,
                changed_by INTEGER NOT NULL REFERENCES account(id),
                PRIMARY KEY (lesson_id, pupil_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX attendance_by_pupil ON attendance(pupil_id);

            -- Period, year, exam and final marks per pupil per subject.
            CREATE TABLE period_final (
                id INTEGER PRIMARY KEY,
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                class_id INTEGER NOT NULL REFERENCES class(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                kind TEXT NOT NULL CHECK (kind IN ('period', 'year', 'exam', 'final')),
                period_id INTEGER REFERENCES period(id),
                value TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5', 'н/а', 'зач', 'незач', 'осв')),
                changed_at TEXT NOT NULL,
                changed_by INTEGER NOT NULL REFERENCES account(id),
                CHECK ((kind = 'period') = (period_id IS NOT NULL))
            ) STRICT;
            CREATE UNIQUE INDEX period_final_cell
                ON period_final(pupil_id, subject_id, kind, ifnull(period_id, 0));

            -- Nothing is lost: every change to journal data, old and new value, who, when, where.
            -- Written by the service in the same transaction as the change itself.
            CREATE TABLE change_history (
                id INTEGER PRIMARY KEY,
                entity TEXT NOT NULL,
                -- The changed row's key, e.g. "assignment=12;pupil=40".
                entity_key TEXT NOT NULL,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT,
                account_id INTEGER NOT NULL REFERENCES account(id),
                changed_at TEXT NOT NULL,
                terminal TEXT NOT NULL
            ) STRICT;
            CREATE INDEX change_history_by_entity ON change_history(entity, entity_key);
            """)
    }
}
