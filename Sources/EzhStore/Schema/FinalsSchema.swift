import GRDB

/// Issue 11's finals: a period closed for one class (the deputy closes class by class or all at
/// once), and the order's date on a correction of a closed period's final.
enum FinalsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- A period closed for one class; a period closed for all (period.closed_at) needs none.
            CREATE TABLE period_class_closing (
                period_id INTEGER NOT NULL REFERENCES period(id),
                class_id INTEGER NOT NULL REFERENCES class(id),
                closed_at TEXT NOT NULL,
                closed_by INTEGER NOT NULL REFERENCES account(id),
                PRIMARY KEY (period_id, class_id)
            ) STRICT;

            -- The date of the order (приказ) a retake or an appeal is recorded under; null on
            -- corrections recorded before it was asked.
            ALTER TABLE final_correction ADD COLUMN order_date TEXT;
            CREATE INDEX final_correction_by_final ON final_correction(period_final_id);

            -- A page's finals are read by class and subject each time its grid opens.
            CREATE INDEX period_final_by_page ON period_final(class_id, subject_id);
            """)
    }
}
