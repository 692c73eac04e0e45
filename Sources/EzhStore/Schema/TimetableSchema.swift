import GRDB

/// The weekly timetable template and the concrete lessons made from it and the calendar.
enum TimetableSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE timetable_slot (
                id INTEGER PRIMARY KEY,
                year_id INTEGER NOT NULL REFERENCES academic_year(id),
                teaching_id INTEGER NOT NULL REFERENCES teaching(id),
                weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                lesson_number INTEGER NOT NULL,
                room TEXT NOT NULL DEFAULT ''
            ) STRICT;
            CREATE INDEX timetable_slot_by_teaching ON timetable_slot(teaching_id);

            -- A concrete lesson (урок). The scheduled teacher comes from the timetable; the actual
            -- teacher is recorded when someone else (a substitute) gives it.
            CREATE TABLE lesson (
                id INTEGER PRIMARY KEY,
                teaching_id INTEGER NOT NULL REFERENCES teaching(id),
                class_id INTEGER NOT NULL REFERENCES class(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                subgroup_id INTEGER REFERENCES subgroup(id),
                date TEXT NOT NULL,
                lesson_number INTEGER NOT NULL,
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                room TEXT NOT NULL DEFAULT '',
                scheduled_teacher_id INTEGER NOT NULL REFERENCES staff(id),
                actual_teacher_id INTEGER REFERENCES staff(id),
                topic TEXT NOT NULL DEFAULT '',
                homework TEXT NOT NULL DEFAULT '',
                CHECK (starts_at < ends_at)
            ) STRICT;
            CREATE INDEX lesson_by_page ON lesson(class_id, subject_id, date);
            CREATE INDEX lesson_by_teacher_date ON lesson(scheduled_teacher_id, date);
            CREATE INDEX lesson_by_date ON lesson(date, class_id);
            CREATE INDEX lesson_by_teaching ON lesson(teaching_id, date);
            """)
    }
}
