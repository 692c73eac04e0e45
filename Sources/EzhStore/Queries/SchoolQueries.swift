import EzhCore
import GRDB

public enum SchoolQueries {
    public static func school(_ db: Database) throws -> SchoolRecord? {
        try SchoolRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM school WHERE id = 1"))
    }

    /// Creates the single school row of an empty database.
    public static func createSchool(_ school: SchoolRecord, createdAt: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO school (id, name, time_zone, week_days, is_demo, created_at) VALUES (1, ?, ?, ?, ?, ?)",
            arguments: [school.name, school.timeZoneIdentifier, school.weekDays, school.isDemo, createdAt]
        )
    }

    /// The periods of the class's scheme in the class's academic year; closed when closed for
    /// all classes or for this one.
    public static func periods(ofClass classID: ClassID, _ db: Database) throws -> [Period] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.id, p.scheme, p.number, p.starts_on, p.ends_on,
                coalesce(p.closed_at, (SELECT pc.closed_at FROM period_class_closing pc WHERE pc.period_id = p.id AND pc.class_id = c.id)) AS closed_at
            FROM period p JOIN class c ON c.year_id = p.year_id AND c.period_scheme = p.scheme
            WHERE c.id = ? ORDER BY p.number
            """), arguments: [classID.rawValue]).map(period(from:))
    }

    /// A period as a class sees it: closed when closed for all classes or for this one.
    public static func period(_ id: PeriodID, ofClass classID: ClassID, _ db: Database) throws -> Period? {
        try periods(ofClass: classID, db).first { $0.id == id } ?? period(id, db)
    }

    public static func period(_ id: PeriodID, _ db: Database) throws -> Period? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM period WHERE id = ?"), arguments: [id.rawValue]).map(period(from:))
    }

    static func period(from row: Row) -> Period {
        Period(
            id: PeriodID(row["id"]),
            scheme: PeriodScheme(rawValue: row["scheme"]) ?? .quarters,
            number: row["number"],
            span: DateSpan(LocalDate(iso: row["starts_on"])!, LocalDate(iso: row["ends_on"])!),
            isClosed: (row["closed_at"] as String?) != nil
        )
    }

    /// The school's dictionary of work types, written when the school is created.
    public static func insertWorkTypes(_ entries: [StandardWorkTypes.Entry], _ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO work_type (name, abbreviation, weight, is_default) VALUES (?, ?, ?, ?)")
        for entry in entries {
            try statement.execute(arguments: [entry.name, entry.abbreviation, entry.weight, entry.isDefault])
        }
    }

    /// Whether `day` is a school day: a weekday within the school week and no holiday.
    public static func isSchoolDay(_ day: LocalDate, weekDays: Int, _ db: Database) throws -> Bool {
        guard day.weekday <= weekDays else { return false }
        let offCount = try Int.fetchOne(
            // A holiday of some grades only (the first grade's February week) leaves it a school day.
            db, sql: "SELECT count(*) FROM day_off WHERE ? BETWEEN starts_on AND ends_on AND grades IS NULL", arguments: [day.iso]
        ) ?? 0
        let inYear = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM academic_year WHERE ? BETWEEN starts_on AND ends_on", arguments: [day.iso]
        ) ?? 0
        return offCount == 0 && inYear > 0
    }
}
