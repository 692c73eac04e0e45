import GRDB

/// Staff, pupils, parents, classes with their membership over time, subgroups, accounts.
enum PeopleSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE staff (
                id INTEGER PRIMARY KEY,
                last_name TEXT NOT NULL,
                first_name TEXT NOT NULL,
                patronymic TEXT NOT NULL DEFAULT '',
                position TEXT NOT NULL DEFAULT ''
            ) STRICT;

            CREATE TABLE pupil (
                id INTEGER PRIMARY KEY,
                last_name TEXT NOT NULL,
                first_name TEXT NOT NULL,
                patronymic TEXT NOT NULL DEFAULT '',
                gender TEXT NOT NULL CHECK (gender IN ('m', 'f')),
                birth_date TEXT
            ) STRICT;

            CREATE TABLE parent (
                id INTEGER PRIMARY KEY,
                last_name TEXT NOT NULL,
                first_name TEXT NOT NULL,
                patronymic TEXT NOT NULL DEFAULT '',
                phone TEXT
            ) STRICT;

            CREATE TABLE parent_pupil (
                parent_id INTEGER NOT NULL REFERENCES parent(id),
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                relation TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (parent_id, pupil_id)
            ) STRICT;

            CREATE TABLE class (
                id INTEGER PRIMARY KEY,
                year_id INTEGER NOT NULL REFERENCES academic_year(id),
                grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 11),
                letter TEXT NOT NULL,
                period_scheme TEXT NOT NULL CHECK (period_scheme IN ('quarter', 'half', 'trimester')),
                class_teacher_id INTEGER REFERENCES staff(id),
                shift INTEGER NOT NULL DEFAULT 1,
                UNIQUE (year_id, grade, letter)
            ) STRICT;

            -- A pupil's stay in a class: arrivals and departures (движение) with dates and orders.
            CREATE TABLE class_membership (
                id INTEGER PRIMARY KEY,
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                class_id INTEGER NOT NULL REFERENCES class(id),
                from_date TEXT NOT NULL,
                to_date TEXT,
                arrival_order TEXT,
                arrived_from TEXT,
                departure_order TEXT,
                departed_to TEXT,
                CHECK (to_date IS NULL OR from_date <= to_date)
            ) STRICT;
            CREATE INDEX class_membership_by_class ON class_membership(class_id, from_date);
            CREATE INDEX class_membership_by_pupil ON class_membership(pupil_id);

            CREATE TABLE subgroup (
                id INTEGER PRIMARY KEY,
                class_id INTEGER NOT NULL REFERENCES class(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                name TEXT NOT NULL,
                UNIQUE (class_id, subject_id, name)
            ) STRICT;

            -- Subgroup membership per period: transfers happen only at a period's end.
            CREATE TABLE subgroup_membership (
                subgroup_id INTEGER NOT NULL REFERENCES subgroup(id),
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                period_id INTEGER NOT NULL REFERENCES period(id),
                PRIMARY KEY (subgroup_id, pupil_id, period_id)
            ) STRICT;

            -- Curriculum (учебный план): hours per subject per class per year.
            CREATE TABLE curriculum (
                class_id INTEGER NOT NULL REFERENCES class(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                hours_per_year INTEGER NOT NULL CHECK (hours_per_year > 0),
                PRIMARY KEY (class_id, subject_id)
            ) STRICT;

            -- Who teaches what (нагрузка): a class or one of its subgroups, a subject, a teacher.
            CREATE TABLE teaching (
                id INTEGER PRIMARY KEY,
                class_id INTEGER NOT NULL REFERENCES class(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                subgroup_id INTEGER REFERENCES subgroup(id),
                teacher_id INTEGER NOT NULL REFERENCES staff(id)
            ) STRICT;
            CREATE UNIQUE INDEX teaching_page ON teaching(class_id, subject_id, ifnull(subgroup_id, 0));
            CREATE INDEX teaching_by_teacher ON teaching(teacher_id);

            CREATE TABLE account (
                id INTEGER PRIMARY KEY,
                login TEXT NOT NULL UNIQUE COLLATE NOCASE,
                password_hash TEXT NOT NULL,
                staff_id INTEGER REFERENCES staff(id),
                parent_id INTEGER REFERENCES parent(id),
                pupil_id INTEGER REFERENCES pupil(id),
                language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),
                keymap TEXT NOT NULL DEFAULT 'default',
                must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                -- Exactly one kind of person behind an account.
                CHECK ((staff_id IS NOT NULL) + (parent_id IS NOT NULL) + (pupil_id IS NOT NULL) = 1)
            ) STRICT;

            -- Roles held by an account; class_teacher names its class.
            CREATE TABLE account_role (
                account_id INTEGER NOT NULL REFERENCES account(id),
                role TEXT NOT NULL CHECK (role IN
                    ('administrator', 'director', 'deputy', 'teacher', 'class_teacher', 'parent', 'pupil')),
                PRIMARY KEY (account_id, role)
            ) STRICT;
            """)
    }
}
