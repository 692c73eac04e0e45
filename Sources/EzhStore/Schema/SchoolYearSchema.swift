import GRDB

/// What a real school sets up for its year, beyond the first schema: period schemes per grade,
/// working days and shortened days, several bell schedules, personal-file numbers, curriculum
/// hours a week and subgroup splits, timetable versions valid from a date, one-off lessons,
/// and closed years.
enum SchoolYearSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- A closed year stays in the file, read-only: its periods are closed and nothing is entered.
            ALTER TABLE academic_year ADD COLUMN closed_at TEXT;

            -- Holidays for some grades only (extra February holidays of the first grade): "1" or "1,2";
            -- null: every grade.
            ALTER TABLE day_off ADD COLUMN grades TEXT;

            -- The period scheme each grade level uses in a year; a new class takes its grade's.
            CREATE TABLE grade_scheme (
                year_id INTEGER NOT NULL REFERENCES academic_year(id),
                grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 11),
                scheme TEXT NOT NULL CHECK (scheme IN ('quarter', 'half', 'trimester')),
                PRIMARY KEY (year_id, grade)
            ) STRICT;

            -- A normally free day that is a school day (a working Saturday), following the
            -- timetable of the weekday `as_weekday` (1 = Monday).
            CREATE TABLE working_day (
                year_id INTEGER NOT NULL REFERENCES academic_year(id),
                date TEXT NOT NULL,
                as_weekday INTEGER NOT NULL CHECK (as_weekday BETWEEN 1 AND 7),
                name TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (year_id, date)
            ) STRICT;

            -- Bell schedules: a normal day, a shortened day; exactly one is the default.
            CREATE TABLE bell_schedule (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
            ) STRICT;
            CREATE UNIQUE INDEX bell_schedule_default ON bell_schedule(is_default) WHERE is_default = 1;

            -- The bells move under their schedule; a first-schema file keeps its every-day bells
            -- as the default schedule.
            INSERT INTO bell_schedule (id, name, is_default) SELECT 1, 'Основное', 1 WHERE EXISTS (SELECT 1 FROM bell);
            ALTER TABLE bell RENAME TO bell_v1;
            CREATE TABLE bell (
                id INTEGER PRIMARY KEY,
                schedule_id INTEGER NOT NULL REFERENCES bell_schedule(id),
                shift INTEGER NOT NULL DEFAULT 1 CHECK (shift BETWEEN 1 AND 3),
                lesson_number INTEGER NOT NULL CHECK (lesson_number BETWEEN 0 AND 12),
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                UNIQUE (schedule_id, shift, lesson_number),
                CHECK (starts_at < ends_at)
            ) STRICT;
            INSERT INTO bell (schedule_id, shift, lesson_number, starts_at, ends_at)
                SELECT 1, shift, lesson_number, starts_at, ends_at FROM bell_v1 WHERE weekday = 0;
            DROP TABLE bell_v1;

            -- A day on another schedule than the default (a shortened day before a holiday).
            CREATE TABLE day_schedule (
                year_id INTEGER NOT NULL REFERENCES academic_year(id),
                date TEXT NOT NULL,
                schedule_id INTEGER NOT NULL REFERENCES bell_schedule(id),
                PRIMARY KEY (year_id, date)
            ) STRICT;

            -- The subjects a member of staff teaches.
            CREATE TABLE staff_subject (
                staff_id INTEGER NOT NULL REFERENCES staff(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                PRIMARY KEY (staff_id, subject_id)
            ) STRICT;

            -- The personal-file number (номер личного дела): a pupil's key in the school's lists.
            ALTER TABLE pupil ADD COLUMN personal_file TEXT;
            CREATE UNIQUE INDEX pupil_by_personal_file ON pupil(personal_file) WHERE personal_file IS NOT NULL;
            ALTER TABLE pupil ADD COLUMN phone TEXT;
            ALTER TABLE pupil ADD COLUMN email TEXT;
            ALTER TABLE parent ADD COLUMN email TEXT;
            ALTER TABLE staff ADD COLUMN phone TEXT;

            -- The class's own room.
            ALTER TABLE class ADD COLUMN room TEXT NOT NULL DEFAULT '';

            -- The curriculum in hours a week, and whether the subject splits the class into subgroups.
            ALTER TABLE curriculum ADD COLUMN hours_per_week REAL;
            ALTER TABLE curriculum ADD COLUMN split INTEGER NOT NULL DEFAULT 0 CHECK (split IN (0, 1));

            -- Timetable versions: a slot holds from valid_from (null: the year's first day) through
            -- valid_to (null: the year's last day); a change from a date ends the old slots the day before.
            ALTER TABLE timetable_slot ADD COLUMN valid_from TEXT;
            ALTER TABLE timetable_slot ADD COLUMN valid_to TEXT;
            -- Who teaches the slot in its version (a new teacher from a date); null: the teaching's teacher.
            ALTER TABLE timetable_slot ADD COLUMN teacher_id INTEGER REFERENCES staff(id);
            CREATE INDEX timetable_slot_by_time ON timetable_slot(year_id, weekday, lesson_number);

            -- Lessons added or moved by hand stay when the timetable changes and lessons are made again.
            ALTER TABLE lesson ADD COLUMN origin TEXT NOT NULL DEFAULT 'timetable'
                CHECK (origin IN ('timetable', 'added', 'moved'));

            -- A timetable lesson cancelled (or moved away) by hand on one day is not made again.
            CREATE TABLE lesson_cancellation (
                id INTEGER PRIMARY KEY,
                teaching_id INTEGER NOT NULL REFERENCES teaching(id),
                date TEXT NOT NULL,
                lesson_number INTEGER NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                UNIQUE (teaching_id, date, lesson_number)
            ) STRICT;
            """)
    }
}
