import EzhCore
import GRDB

/// A stored timetable slot with its version's first and last day.
public struct StoredSlot: Sendable, Hashable {
    public let id: Int64
    public let teaching: Int64
    public let weekday: Int
    public let number: Int
    public let room: String
    /// The slot's own teacher in its version; nil: the teaching's.
    public let teacher: StaffID?
    public let validFrom: LocalDate?
    public let validTo: LocalDate?
}

public enum TimetableWrites {
    public static func slots(year: Int64, _ db: Database) throws -> [StoredSlot] {
        try Row.fetchAll(db, sql: """
            SELECT id, teaching_id, weekday, lesson_number, room, teacher_id, valid_from, valid_to FROM timetable_slot
            WHERE year_id = ? ORDER BY id
            """, arguments: [year]).map {
            StoredSlot(id: $0["id"], teaching: $0["teaching_id"], weekday: $0["weekday"], number: $0["lesson_number"], room: $0["room"],
                       teacher: ($0["teacher_id"] as Int64?).map(StaffID.init),
                       validFrom: ($0["valid_from"] as String?).flatMap(LocalDate.init(iso:)),
                       validTo: ($0["valid_to"] as String?).flatMap(LocalDate.init(iso:)))
        }
    }

    public static func insert(
        year: Int64, teaching: Int64, weekday: Int, number: Int, room: String, teacher: StaffID?, validFrom: LocalDate?, _ db: Database
    ) throws {
        try db.execute(sql: """
            INSERT INTO timetable_slot (year_id, teaching_id, weekday, lesson_number, room, teacher_id, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [year, teaching, weekday, number, room, teacher?.rawValue, validFrom?.iso])
    }

    public static func end(_ id: Int64, on last: LocalDate, _ db: Database) throws {
        try db.execute(sql: "UPDATE timetable_slot SET valid_to = ? WHERE id = ?", arguments: [last.iso, id])
    }

    public static func delete(_ id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM timetable_slot WHERE id = ?", arguments: [id])
    }
}
