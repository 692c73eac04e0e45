import EzhCore
import GRDB

/// A stored lesson as regeneration reads it.
public struct StoredLesson: Sendable, Hashable {
    public let id: LessonID
    public let teaching: Int64
    public let date: LocalDate
    public let number: Int
    public let times: LessonTimes
    public let room: String
    public let teacher: StaffID
    public let hasEntries: Bool
    public let isOneOff: Bool
}

/// The lessons made from the timetable: read, inserted, retimed and removed by regeneration.
public enum LessonGenerationQueries {
    /// Lessons of the year's classes on or after `from`. A lesson has entries when a teacher wrote
    /// anything in it: an assignment (and so marks), attendance, a topic, homework, a substitute.
    public static func lessons(year: Int64, from: LocalDate, _ db: Database) throws -> [StoredLesson] {
        try Row.fetchAll(db, sql: """
            SELECT l.id, l.teaching_id, l.date, l.lesson_number, l.starts_at, l.ends_at, l.room, l.scheduled_teacher_id, l.origin,
                   (l.topic <> '' OR l.homework <> '' OR l.actual_teacher_id IS NOT NULL OR l.attendance_taken_at IS NOT NULL
                    OR EXISTS (SELECT 1 FROM assignment a WHERE a.lesson_id = l.id)
                    OR EXISTS (SELECT 1 FROM attendance t WHERE t.lesson_id = l.id)) AS has_entries
            FROM lesson l JOIN class c ON c.id = l.class_id
            WHERE c.year_id = ? AND l.date >= ?
            ORDER BY l.date, l.lesson_number, l.id
            """, arguments: [year, from.iso]).map {
            StoredLesson(
                id: LessonID($0["id"]), teaching: $0["teaching_id"], date: LocalDate(iso: $0["date"])!, number: $0["lesson_number"],
                times: LessonTimes(TimeOfDay(text: $0["starts_at"])!, TimeOfDay(text: $0["ends_at"])!), room: $0["room"],
                teacher: StaffID($0["scheduled_teacher_id"]), hasEntries: $0["has_entries"], isOneOff: ($0["origin"] as String) != "timetable"
            )
        }
    }

    /// Places where a timetable lesson was cancelled by hand: (teaching, date, lesson number).
    public static func cancellations(year: Int64, _ db: Database) throws -> [(teaching: Int64, date: LocalDate, number: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT x.teaching_id, x.date, x.lesson_number FROM lesson_cancellation x
            JOIN teaching t ON t.id = x.teaching_id JOIN class c ON c.id = t.class_id WHERE c.year_id = ?
            """, arguments: [year]).map { ($0["teaching_id"], LocalDate(iso: $0["date"])!, $0["lesson_number"]) }
    }

    public static func insert(
        teaching: SetupTeachingRow, date: LocalDate, number: Int, times: LessonTimes, room: String, teacher: StaffID, _ db: Database
    ) throws {
        try db.cachedStatement(sql: """
            INSERT INTO lesson (teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at, room,
                                scheduled_teacher_id, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'timetable')
            """).execute(arguments: [
                teaching.id, teaching.classID.rawValue, teaching.subjectID.rawValue, teaching.subgroupID?.rawValue, date.iso, number,
                times.startsAt.text, times.endsAt.text, room, teacher.rawValue,
            ])
    }

    public static func update(_ id: LessonID, times: LessonTimes, room: String, teacher: StaffID, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE lesson SET starts_at = ?, ends_at = ?, room = ?, scheduled_teacher_id = ? WHERE id = ?")
            .execute(arguments: [times.startsAt.text, times.endsAt.text, room, teacher.rawValue, id.rawValue])
    }

    /// Removes a lesson with no entries (regeneration checked that it has none).
    public static func delete(_ id: LessonID, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM lesson WHERE id = ?").execute(arguments: [id.rawValue])
    }
}
