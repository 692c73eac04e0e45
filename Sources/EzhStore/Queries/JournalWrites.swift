import EzhCore
import Foundation
import GRDB

/// The statements that change journal cells. Only the service calls these, inside its write
/// transaction, together with `ChangeLog.record`.
public enum JournalWrites {
    public static func defaultWorkType(_ db: Database) throws -> WorkType? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM work_type ORDER BY is_default DESC, id LIMIT 1")).map { row in
            WorkType(id: WorkTypeID(row["id"]), name: row["name"], abbreviation: row["abbreviation"], weight: row["weight"])
        }
    }

    /// Adds an assignment to a lesson after its existing ones.
    public static func addAssignment(to lesson: LessonID, workType: WorkTypeID, _ db: Database) throws -> AssignmentID {
        let position = try Int.fetchOne(
            db, sql: "SELECT ifnull(max(position), 0) + 1 FROM assignment WHERE lesson_id = ?", arguments: [lesson.rawValue]
        ) ?? 1
        try db.execute(
            sql: "INSERT INTO assignment (lesson_id, work_type_id, position) VALUES (?, ?, ?)",
            arguments: [lesson.rawValue, workType.rawValue, position]
        )
        return AssignmentID(db.lastInsertedRowID)
    }

    /// A lesson's first assignment, if it has any.
    public static func firstAssignment(of lesson: LessonID, _ db: Database) throws -> (id: AssignmentID, workType: WorkType)? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT a.id, w.id AS wt_id, w.name, w.abbreviation, w.weight
            FROM assignment a JOIN work_type w ON w.id = a.work_type_id
            WHERE a.lesson_id = ? ORDER BY a.position LIMIT 1
            """), arguments: [lesson.rawValue]).map { row in
            (AssignmentID(row["id"]),
             WorkType(id: WorkTypeID(row["wt_id"]), name: row["name"], abbreviation: row["abbreviation"], weight: row["weight"]))
        }
    }

    /// The lesson an assignment belongs to.
    public static func lesson(ofAssignment assignment: AssignmentID, _ db: Database) throws -> LessonID? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT lesson_id FROM assignment WHERE id = ?"), arguments: [assignment.rawValue])
            .map(LessonID.init)
    }

    public static func mark(assignment: AssignmentID, pupil: PupilID, _ db: Database) throws -> MarkValue? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT value FROM mark WHERE assignment_id = ? AND pupil_id = ?"),
            arguments: [assignment.rawValue, pupil.rawValue]
        ).flatMap(MarkValue.init(code:))
    }

    public static func setMark(
        _ value: MarkValue?, assignment: AssignmentID, pupil: PupilID, at instant: Date, by account: AccountID,
        permission: PermissionID?, _ db: Database
    ) throws {
        if let value {
            try db.cachedStatement(sql: """
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by, late_permission_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (assignment_id, pupil_id)
                DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                              late_permission_id = excluded.late_permission_id
                """).execute(arguments: [
                    assignment.rawValue, pupil.rawValue, value.code, InstantFormat.string(instant), account.rawValue,
                    permission?.rawValue,
                ])
        } else {
            try db.cachedStatement(sql: "DELETE FROM mark WHERE assignment_id = ? AND pupil_id = ?")
                .execute(arguments: [assignment.rawValue, pupil.rawValue])
        }
    }

    public static func attendance(lesson: LessonID, pupil: PupilID, _ db: Database) throws -> AttendanceCode? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT code FROM attendance WHERE lesson_id = ? AND pupil_id = ?"),
            arguments: [lesson.rawValue, pupil.rawValue]
        ).flatMap(AttendanceCode.init(rawValue:))
    }

    public static func setAttendance(
        _ code: AttendanceCode?, lesson: LessonID, pupil: PupilID, at instant: Date, by account: AccountID,
        permission: PermissionID?, _ db: Database
    ) throws {
        if let code {
            try db.cachedStatement(sql: """
                INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by, late_permission_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (lesson_id, pupil_id)
                DO UPDATE SET code = excluded.code, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                              late_permission_id = excluded.late_permission_id
                """).execute(arguments: [
                    lesson.rawValue, pupil.rawValue, code.rawValue, InstantFormat.string(instant), account.rawValue,
                    permission?.rawValue,
                ])
        } else {
            try db.cachedStatement(sql: "DELETE FROM attendance WHERE lesson_id = ? AND pupil_id = ?")
                .execute(arguments: [lesson.rawValue, pupil.rawValue])
        }
    }
}
