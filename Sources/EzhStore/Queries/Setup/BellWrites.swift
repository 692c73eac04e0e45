import EzhCore
import GRDB

/// A stored bell: a lesson's times in one schedule and shift.
public struct StoredBell: Sendable, Hashable {
    public let scheduleID: Int64
    public let shift: Int
    public let number: Int
    public let times: LessonTimes
}

/// Bell schedules and their bells.
public enum BellWrites {
    public static func schedules(_ db: Database) throws -> [(id: Int64, name: String, isDefault: Bool)] {
        try Row.fetchAll(db, sql: "SELECT id, name, is_default FROM bell_schedule ORDER BY id").map { ($0["id"], $0["name"], $0["is_default"]) }
    }

    public static func bells(_ db: Database) throws -> [StoredBell] {
        try Row.fetchAll(db, sql: "SELECT schedule_id, shift, lesson_number, starts_at, ends_at FROM bell ORDER BY schedule_id, shift, lesson_number")
            .map {
                StoredBell(scheduleID: $0["schedule_id"], shift: $0["shift"], number: $0["lesson_number"],
                           times: LessonTimes(TimeOfDay(text: $0["starts_at"])!, TimeOfDay(text: $0["ends_at"])!))
            }
    }

    /// All schedules as the planner reads them; nil when the school has no bells yet.
    public static func bellSchedules(_ db: Database) throws -> BellSchedules? {
        let schedules = try schedules(db)
        guard let defaultName = schedules.first(where: \.isDefault)?.name ?? schedules.first?.name else { return nil }
        var shifts: [Int64: [Int: [Int: LessonTimes]]] = [:]
        for bell in try bells(db) { shifts[bell.scheduleID, default: [:]][bell.shift, default: [:]][bell.number] = bell.times }
        return BellSchedules(schedules.map { BellSchedule(name: $0.name, shifts: shifts[$0.id] ?? [:]) }, defaultName: defaultName)
    }

    public static func insertSchedule(name: String, _ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO bell_schedule (name, is_default) VALUES (?, 0)", arguments: [name])
        return db.lastInsertedRowID
    }

    /// Makes `id` the one default schedule.
    public static func setDefault(_ id: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE bell_schedule SET is_default = 0 WHERE is_default = 1 AND id <> ?", arguments: [id])
        try db.execute(sql: "UPDATE bell_schedule SET is_default = 1 WHERE id = ?", arguments: [id])
    }

    public static func upsert(schedule: Int64, shift: Int, number: Int, times: LessonTimes, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO bell (schedule_id, shift, lesson_number, starts_at, ends_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (schedule_id, shift, lesson_number) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at
            """, arguments: [schedule, shift, number, times.startsAt.text, times.endsAt.text])
    }

    public static func delete(schedule: Int64, shift: Int, number: Int, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM bell WHERE schedule_id = ? AND shift = ? AND lesson_number = ?", arguments: [schedule, shift, number])
    }
}
