import EzhCore
import GRDB

/// Substitutions: their states, the lessons a teacher gives on a day (for the clash check), the
/// lessons both teachers of a substitution are told about, and the pages a substitute opens.
public enum SubstitutionQueries {
    /// How the lesson's substitution came about; nil: none recorded in this table.
    public static func state(of lesson: LessonID, _ db: Database) throws -> (substitute: StaffID, state: SubstitutionState)? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT substitute_id, state FROM lesson_substitution WHERE lesson_id = ?"),
                         arguments: [lesson.rawValue])
            .flatMap { row in SubstitutionState(rawValue: row["state"]).map { (StaffID(row["substitute_id"]), $0) } }
    }

    public static func setState(_ state: SubstitutionState, substitute: StaffID, of lesson: LessonID, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO lesson_substitution (lesson_id, substitute_id, state) VALUES (?, ?, ?)
            ON CONFLICT (lesson_id) DO UPDATE SET substitute_id = excluded.substitute_id, state = excluded.state
            """, arguments: [lesson.rawValue, substitute.rawValue, state.rawValue])
    }

    public static func removeState(of lesson: LessonID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM lesson_substitution WHERE lesson_id = ?", arguments: [lesson.rawValue])
    }

    /// The lessons a teacher gives on a day: their own not handed to a substitute, and the ones
    /// they substitute.
    public static func lessonsGiven(by teacher: StaffID, on day: LocalDate, _ db: Database) throws -> [LessonRecord] {
        try LessonRecord.fetchAll(db.cachedStatement(sql: """
            SELECT l.* FROM lesson l
            WHERE l.date = ? AND ((l.scheduled_teacher_id = ? AND l.actual_teacher_id IS NULL) OR l.actual_teacher_id = ?)
            ORDER BY l.starts_at, l.lesson_number
            """), arguments: [day.iso, teacher.rawValue, teacher.rawValue])
    }

    /// Substituted lessons within `span` that concern a teacher: the ones they give for someone
    /// else and their own that someone else gives, in time order.
    public static func substitutedLessons(
        concerning teacher: StaffID, in span: DateSpan, _ db: Database
    ) throws -> [(lesson: LessonRecord, state: SubstitutionState?)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT l.*, s.state AS substitution_state FROM lesson l
            LEFT JOIN lesson_substitution s ON s.lesson_id = l.id
            WHERE l.actual_teacher_id IS NOT NULL AND l.actual_teacher_id <> l.scheduled_teacher_id
              AND l.date BETWEEN ? AND ? AND (l.actual_teacher_id = ? OR l.scheduled_teacher_id = ?)
            ORDER BY l.date, l.starts_at, l.lesson_number
            """), arguments: [span.first.iso, span.last.iso, teacher.rawValue, teacher.rawValue])
            .map { (LessonRecord(row: $0), ($0["substitution_state"] as String?).flatMap(SubstitutionState.init)) }
    }

    /// Lessons whose substitution is in `state`, in time order (the deputy's declared ones).
    public static func lessons(in state: SubstitutionState, _ db: Database) throws -> [LessonRecord] {
        try LessonRecord.fetchAll(db.cachedStatement(sql: """
            SELECT l.* FROM lesson l JOIN lesson_substitution s ON s.lesson_id = l.id
            WHERE s.state = ? ORDER BY l.date, l.starts_at, l.lesson_number
            """), arguments: [state.rawValue])
    }
}
