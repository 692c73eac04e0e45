import EzhCore
import GRDB

/// A stored holiday or day off, with the grades it is for (nil: every grade).
public struct StoredDayOff: Sendable, Hashable {
    public let id: Int64
    public let span: DateSpan
    public let name: String
    public let grades: Set<Int>?
}

/// A stored period of a year.
public struct StoredPeriod: Sendable, Hashable {
    public let id: Int64
    public let scheme: PeriodScheme
    public let number: Int
    public let span: DateSpan
}

/// The year's calendar: periods, grade schemes, days off, working days, days on another bell schedule.
public enum CalendarWrites {
    public static func periods(year: Int64, _ db: Database) throws -> [StoredPeriod] {
        try Row.fetchAll(db, sql: "SELECT id, scheme, number, starts_on, ends_on FROM period WHERE year_id = ? ORDER BY scheme, number",
                         arguments: [year]).map {
            StoredPeriod(id: $0["id"], scheme: PeriodScheme(rawValue: $0["scheme"]) ?? .quarters, number: $0["number"],
                         span: DateSpan(LocalDate(iso: $0["starts_on"])!, LocalDate(iso: $0["ends_on"])!))
        }
    }

    public static func insertPeriod(year: Int64, scheme: PeriodScheme, number: Int, span: DateSpan, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO period (year_id, scheme, number, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)",
                       arguments: [year, scheme.rawValue, number, span.first.iso, span.last.iso])
    }

    public static func movePeriod(_ id: Int64, to span: DateSpan, _ db: Database) throws {
        try db.execute(sql: "UPDATE period SET starts_on = ?, ends_on = ? WHERE id = ?", arguments: [span.first.iso, span.last.iso, id])
    }

    public static func gradeSchemes(year: Int64, _ db: Database) throws -> [Int: PeriodScheme] {
        var schemes: [Int: PeriodScheme] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT grade, scheme FROM grade_scheme WHERE year_id = ?", arguments: [year]) {
            schemes[row["grade"]] = PeriodScheme(rawValue: row["scheme"])
        }
        return schemes
    }

    public static func setGradeScheme(year: Int64, grade: Int, scheme: PeriodScheme, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO grade_scheme (year_id, grade, scheme) VALUES (?, ?, ?)
            ON CONFLICT (year_id, grade) DO UPDATE SET scheme = excluded.scheme
            """, arguments: [year, grade, scheme.rawValue])
    }

    public static func setClassScheme(_ classID: ClassID, _ scheme: PeriodScheme, _ db: Database) throws {
        try db.execute(sql: "UPDATE class SET period_scheme = ? WHERE id = ?", arguments: [scheme.rawValue, classID.rawValue])
    }

    public static func daysOff(year: Int64, _ db: Database) throws -> [StoredDayOff] {
        try Row.fetchAll(db, sql: "SELECT id, starts_on, ends_on, name, grades FROM day_off WHERE year_id = ? ORDER BY starts_on, id",
                         arguments: [year]).map {
            StoredDayOff(id: $0["id"], span: DateSpan(LocalDate(iso: $0["starts_on"])!, LocalDate(iso: $0["ends_on"])!), name: $0["name"],
                         grades: ($0["grades"] as String?).map(gradeSet))
        }
    }

    public static func insertDayOff(year: Int64, span: DateSpan, name: String, grades: Set<Int>?, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO day_off (year_id, starts_on, ends_on, name, grades) VALUES (?, ?, ?, ?, ?)",
                       arguments: [year, span.first.iso, span.last.iso, name, grades.map(gradeText)])
    }

    public static func deleteDayOff(_ id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM day_off WHERE id = ?", arguments: [id])
    }

    public static func workingDays(year: Int64, _ db: Database) throws -> [LocalDate: (worksAs: Int, name: String)] {
        var days: [LocalDate: (worksAs: Int, name: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT date, as_weekday, name FROM working_day WHERE year_id = ?", arguments: [year]) {
            days[LocalDate(iso: row["date"])!] = (row["as_weekday"], row["name"])
        }
        return days
    }

    public static func setWorkingDay(year: Int64, date: LocalDate, worksAs: Int, name: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO working_day (year_id, date, as_weekday, name) VALUES (?, ?, ?, ?)
            ON CONFLICT (year_id, date) DO UPDATE SET as_weekday = excluded.as_weekday, name = excluded.name
            """, arguments: [year, date.iso, worksAs, name])
    }

    public static func deleteWorkingDay(year: Int64, date: LocalDate, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM working_day WHERE year_id = ? AND date = ?", arguments: [year, date.iso])
    }

    /// Days on another bell schedule than the default, with the schedule's name.
    public static func scheduleDays(year: Int64, _ db: Database) throws -> [LocalDate: String] {
        var days: [LocalDate: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT d.date, s.name FROM day_schedule d JOIN bell_schedule s ON s.id = d.schedule_id WHERE d.year_id = ?
            """, arguments: [year]) {
            days[LocalDate(iso: row["date"])!] = row["name"]
        }
        return days
    }

    public static func setScheduleDay(year: Int64, date: LocalDate, schedule: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO day_schedule (year_id, date, schedule_id) VALUES (?, ?, ?)
            ON CONFLICT (year_id, date) DO UPDATE SET schedule_id = excluded.schedule_id
            """, arguments: [year, date.iso, schedule])
    }

    public static func deleteScheduleDay(year: Int64, date: LocalDate, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM day_schedule WHERE year_id = ? AND date = ?", arguments: [year, date.iso])
    }

    /// "1,2,3": grades as stored.
    public static func gradeText(_ grades: Set<Int>) -> String { grades.sorted().map(String.init).joined(separator: ",") }

    static func gradeSet(_ text: String) -> Set<Int> { Set(text.split(separator: ",").compactMap { Int($0) }) }
}
