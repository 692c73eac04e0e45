import EzhCore
import GRDB

/// A lesson's assignments and the school's work types, for the service's assignment writes.
/// Only the service calls the writes, inside its transaction, with `ChangeLog.record`.
public enum AssignmentQueries {
    public struct AssignmentRow: Sendable, Hashable {
        public let id: AssignmentID
        public let lessonID: LessonID
        public let workType: WorkType
        public let topic: String
    }

    /// The school's work types in their dictionary order, and the one a new column starts with.
    public static func workTypes(_ db: Database) throws -> (types: [WorkType], defaultID: WorkTypeID?) {
        var defaultID: WorkTypeID?
        let types = try Row.fetchAll(db, sql: "SELECT * FROM work_type ORDER BY id").map { row in
            let type = workType(row, id: "id")
            if defaultID == nil, row["is_default"] as Int == 1 { defaultID = type.id }
            return type
        }
        return (types, defaultID ?? types.first?.id)
    }

    public static func workType(_ id: WorkTypeID, _ db: Database) throws -> WorkType? {
        try Row.fetchOne(db, sql: "SELECT * FROM work_type WHERE id = ?", arguments: [id.rawValue]).map { workType($0, id: "id") }
    }

    public static func assignment(_ id: AssignmentID, _ db: Database) throws -> AssignmentRow? {
        try Row.fetchOne(db, sql: """
            SELECT a.id, a.lesson_id, a.topic, w.id AS wt_id, w.name, w.abbreviation, w.weight
            FROM assignment a JOIN work_type w ON w.id = a.work_type_id WHERE a.id = ?
            """, arguments: [id.rawValue]).map { row in
            AssignmentRow(id: AssignmentID(row["id"]), lessonID: LessonID(row["lesson_id"]),
                          workType: workType(row, id: "wt_id"), topic: row["topic"])
        }
    }

    public static func assignmentCount(of lesson: LessonID, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM assignment WHERE lesson_id = ?", arguments: [lesson.rawValue]) ?? 0
    }

    public static func markCount(of assignment: AssignmentID, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM mark WHERE assignment_id = ?", arguments: [assignment.rawValue]) ?? 0
    }

    public static func setWorkType(_ type: WorkTypeID, of assignment: AssignmentID, _ db: Database) throws {
        try db.execute(sql: "UPDATE assignment SET work_type_id = ? WHERE id = ?", arguments: [type.rawValue, assignment.rawValue])
    }

    public static func setTopic(_ topic: String, of assignment: AssignmentID, _ db: Database) throws {
        try db.execute(sql: "UPDATE assignment SET topic = ? WHERE id = ?", arguments: [topic, assignment.rawValue])
    }

    /// Removes an assignment that has no marks (the caller checks; the mark table's foreign key
    /// refuses otherwise).
    public static func remove(_ assignment: AssignmentID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM assignment WHERE id = ?", arguments: [assignment.rawValue])
    }

    private static func workType(_ row: Row, id column: String) -> WorkType {
        WorkType(id: WorkTypeID(row[column]), name: row["name"], abbreviation: row["abbreviation"], weight: row["weight"])
    }
}
