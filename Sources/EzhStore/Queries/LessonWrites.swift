import EzhCore
import GRDB

/// Changes to a lesson's own record: topic, homework, the teacher who actually gave it.
public enum LessonWrites {
    public enum Field: String, Sendable {
        case topic
        case homework
        case actualTeacher = "actual_teacher_id"
    }

    public static func value(_ field: Field, of lesson: LessonID, _ db: Database) throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT CAST(\(field.rawValue) AS TEXT) FROM lesson WHERE id = ?", arguments: [lesson.rawValue]
        )
    }

    public static func set(
        _ field: Field, of lesson: LessonID, to value: String?, permission: PermissionID?, _ db: Database
    ) throws {
        let stored: DatabaseValueConvertible? = switch field {
        case .actualTeacher: value.flatMap(Int64.init)
        case .topic, .homework: value ?? ""
        }
        try db.execute(
            sql: "UPDATE lesson SET \(field.rawValue) = ?, late_permission_id = ? WHERE id = ?",
            arguments: [stored, permission?.rawValue, lesson.rawValue]
        )
    }
}

extension LessonWrites {
    /// Notes that the lesson's attendance was taken (the first time only).
    public static func markAttendanceTaken(_ lesson: LessonID, at instant: String, _ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "UPDATE lesson SET attendance_taken_at = ? WHERE id = ? AND attendance_taken_at IS NULL")
            .execute(arguments: [instant, lesson.rawValue])
        return db.changesCount > 0
    }
}
