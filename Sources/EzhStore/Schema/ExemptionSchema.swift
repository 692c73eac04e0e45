import GRDB

/// Exemptions (ОСВ) with their days and subjects: a pupil excused from attending some or all
/// subjects from one day through another, on an order or certificate.
enum ExemptionSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE exemption (
                id INTEGER PRIMARY KEY,
                pupil_id INTEGER NOT NULL REFERENCES pupil(id),
                first_day TEXT NOT NULL,
                last_day TEXT NOT NULL,
                -- 1: every subject; 0: the subjects in exemption_subject.
                all_subjects INTEGER NOT NULL CHECK (all_subjects IN (0, 1)),
                -- The order or certificate it rests on.
                reason TEXT NOT NULL,
                changed_at TEXT NOT NULL,
                changed_by INTEGER NOT NULL REFERENCES account(id),
                CHECK (first_day <= last_day)
            ) STRICT;
            CREATE INDEX exemption_by_pupil ON exemption(pupil_id, first_day);

            CREATE TABLE exemption_subject (
                exemption_id INTEGER NOT NULL REFERENCES exemption(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                PRIMARY KEY (exemption_id, subject_id)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
