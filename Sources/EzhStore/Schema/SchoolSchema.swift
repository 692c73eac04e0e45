import GRDB

/// The school, its settings, the academic year with its periods and holidays, the bell
/// schedule, subjects and work types.
enum SchoolSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE school (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                week_days INTEGER NOT NULL DEFAULT 5 CHECK (week_days IN (5, 6)),
                -- A demo school may run on a shifted clock; a real school never.
                is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
                created_at TEXT NOT NULL
            ) STRICT;

            -- School settings (rules, thresholds); every change is audited by the service.
            CREATE TABLE setting (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;

            CREATE TABLE academic_year (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                CHECK (starts_on < ends_on)
            ) STRICT;

            -- Periods of one scheme; a grade level uses one scheme (see class.period_scheme).
            CREATE TABLE period (
                id INTEGER PRIMARY KEY,
                year_id INTEGER NOT NULL REFERENCES academic_year(id),
                scheme TEXT NOT NULL CHECK (scheme IN ('quarter', 'half', 'trimester')),
                number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 4),
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                -- Date of the school's order by which the period's finals are due.
                finals_due_on TEXT,
                closed_at TEXT,
                UNIQUE (year_id, scheme, number),
                CHECK (starts_on <= ends_on)
            ) STRICT;

            -- Holidays (каникулы) and single non-school days.
            CREATE TABLE day_off (
                id INTEGER PRIMARY KEY,
                year_id INTEGER NOT NULL REFERENCES academic_year(id),
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                name TEXT NOT NULL,
                CHECK (starts_on <= ends_on)
            ) STRICT;

            -- Bell schedule: lesson number -> times. weekday 0 means every day.
            CREATE TABLE bell (
                id INTEGER PRIMARY KEY,
                shift INTEGER NOT NULL DEFAULT 1,
                weekday INTEGER NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 7),
                lesson_number INTEGER NOT NULL CHECK (lesson_number BETWEEN 0 AND 12),
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                UNIQUE (shift, weekday, lesson_number),
                CHECK (starts_at < ends_at)
            ) STRICT;

            CREATE TABLE subject (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                short_name TEXT NOT NULL
            ) STRICT;

            CREATE TABLE work_type (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                abbreviation TEXT NOT NULL,
                weight REAL NOT NULL CHECK (weight > 0),
                -- The type a new assignment gets when a teacher types a mark into an empty lesson.
                is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
            ) STRICT;
            """)
    }
}
