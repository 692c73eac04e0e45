import EzhCore
import GRDB

/// The school's own particulars the administrator changes: its name and its week.
public enum SchoolSettingsQueries {
    public static func setName(_ name: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE school SET name = ? WHERE id = 1", arguments: [name])
    }

    public static func setWeekDays(_ days: Int, _ db: Database) throws {
        try db.execute(sql: "UPDATE school SET week_days = ? WHERE id = 1", arguments: [days])
    }

    /// Whether an open year's timetable has Saturday lessons (a six-day week in use).
    public static func timetableUsesSaturday(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM timetable_slot t JOIN academic_year y ON y.id = t.year_id
                           WHERE t.weekday = 6 AND y.closed_at IS NULL)
            """) ?? false
    }
}
