import GRDB

/// The lesson plan's (КТП) planned dates: a row may name the day its topic is planned for.
enum KtpSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- "YYYY-MM-DD"; null: the topic follows the timetable's lessons in order.
            ALTER TABLE lesson_plan_item ADD COLUMN planned_date TEXT;
            """)
    }
}
