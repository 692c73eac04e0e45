import GRDB

/// The validation layer's tables: late-entry permissions, entries marked late, and the
/// correction records that are the only change to a closed period.
enum ValidationSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- A permission to enter late (разрешение), granted by the deputy or the administrator.
            CREATE TABLE late_permission (
                id INTEGER PRIMARY KEY,
                teacher_id INTEGER NOT NULL REFERENCES staff(id),
                class_id INTEGER REFERENCES class(id),
                subject_id INTEGER REFERENCES subject(id),
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                -- Comma-separated entry kinds: mark, attendance, lesson, homework, assignment, final.
                kinds TEXT NOT NULL CHECK (length(kinds) > 0),
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                expires_at TEXT NOT NULL,
                granted_by INTEGER NOT NULL REFERENCES account(id),
                granted_at TEXT NOT NULL,
                revoked_at TEXT,
                revoked_by INTEGER REFERENCES account(id),
                CHECK (starts_on <= ends_on)
            ) STRICT;
            CREATE INDEX late_permission_by_teacher ON late_permission(teacher_id, expires_at);

            -- When the teacher took the lesson's attendance (even if everyone was present), so a
            -- lesson with no absences is not mistaken for one whose attendance is missing.
            ALTER TABLE lesson ADD COLUMN attendance_taken_at TEXT;

            -- Entries made under a permission are marked late and name it.
            ALTER TABLE mark ADD COLUMN late_permission_id INTEGER REFERENCES late_permission(id);
            ALTER TABLE attendance ADD COLUMN late_permission_id INTEGER REFERENCES late_permission(id);
            ALTER TABLE lesson ADD COLUMN late_permission_id INTEGER REFERENCES late_permission(id);
            ALTER TABLE period_final ADD COLUMN late_permission_id INTEGER REFERENCES late_permission(id);
            ALTER TABLE change_history ADD COLUMN permission_id INTEGER REFERENCES late_permission(id);

            -- After a period is closed its finals change only through these reasoned records
            -- (a retake of an academic debt, an appeal); the old final stays in the history.
            CREATE TABLE final_correction (
                id INTEGER PRIMARY KEY,
                period_final_id INTEGER NOT NULL REFERENCES period_final(id),
                kind TEXT NOT NULL CHECK (kind IN ('retake', 'appeal')),
                old_value TEXT NOT NULL,
                new_value TEXT NOT NULL,
                order_number TEXT NOT NULL CHECK (length(trim(order_number)) > 0),
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                made_by INTEGER NOT NULL REFERENCES account(id),
                made_at TEXT NOT NULL
            ) STRICT;

            -- A lesson plan (КТП): the teacher's topics with hours for a page for the year.
            CREATE TABLE lesson_plan_item (
                id INTEGER PRIMARY KEY,
                teaching_id INTEGER NOT NULL REFERENCES teaching(id),
                position INTEGER NOT NULL,
                topic TEXT NOT NULL,
                hours INTEGER NOT NULL CHECK (hours > 0),
                UNIQUE (teaching_id, position)
            ) STRICT;
            """)
    }
}
