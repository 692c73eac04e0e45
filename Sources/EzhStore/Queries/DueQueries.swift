import EzhCore
import GRDB

/// Lessons and assignments with entries still missing, for the "what is due" panel.
public enum DueQueries {
    /// A lesson with what has and has not been entered for it.
    public struct LessonState: Sendable, Hashable {
        public let lesson: LessonRecord
        public let hasTopic: Bool
        public let hasHomework: Bool
        public let attendanceTaken: Bool
    }

    /// A teacher's lessons (scheduled or substituted) in a span of days; every teacher's when
    /// `teacher` is nil (one query for the deputy's overview, not one per teacher).
    public static func lessonStates(of teacher: StaffID?, in span: DateSpan, _ db: Database) throws -> [LessonState] {
        let (clause, arguments) = givenBy(teacher)
        // A cursor, not fetchAll: a copied row looks each column up by lowercasing every name
        // it holds, which cost most of the deputy's overview.
        return try Array(Row.fetchCursor(db.cachedStatement(sql: """
            SELECT l.*, (l.topic <> '') AS has_topic, (l.homework <> '') AS has_homework,
                   (l.attendance_taken_at IS NOT NULL
                    OR EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id)) AS attendance_taken
            FROM lesson l
            WHERE l.date BETWEEN ? AND ? \(clause)
            ORDER BY l.date, l.lesson_number
            """), arguments: [span.first.iso, span.last.iso] + arguments).map { row in
            LessonState(
                lesson: LessonRecord(row: row), hasTopic: row["has_topic"], hasHomework: row["has_homework"],
                attendanceTaken: row["attendance_taken"]
            )
        })
    }

    /// Lessons given by `teacher` (the substitute when one is recorded), or every lesson.
    private static func givenBy(_ teacher: StaffID?) -> (String, StatementArguments) {
        guard let teacher else { return ("", []) }
        return (
            "AND ((l.scheduled_teacher_id = ? AND l.actual_teacher_id IS NULL) OR l.actual_teacher_id = ?)",
            [teacher.rawValue, teacher.rawValue]
        )
    }

    /// Planned works (an assignment of a type other than the everyday default) in a teacher's
    /// lessons within a span, with how many of the page's pupils still have no mark.
    public struct OpenAssignment: Sendable, Hashable {
        public let lesson: LessonRecord
        public let workType: String
        public let marked: Int
        public let pupils: Int
    }

    public static func openAssignments(of teacher: StaffID?, in span: DateSpan, _ db: Database) throws -> [OpenAssignment] {
        let (clause, arguments) = givenBy(teacher)
        return try Array(Row.fetchCursor(db.cachedStatement(sql: """
            SELECT l.*, w.name AS work_type,
                   (SELECT count(*) FROM mark m WHERE m.assignment_id = a.id) AS marked,
                   (SELECT count(*) FROM class_membership cm
                     WHERE cm.class_id = l.class_id AND cm.from_date <= l.date
                       AND (cm.to_date IS NULL OR cm.to_date >= l.date)
                       AND (l.subgroup_id IS NULL OR cm.pupil_id IN
                            (SELECT sm.pupil_id FROM subgroup_membership sm WHERE sm.subgroup_id = l.subgroup_id))
                   ) AS pupils
            FROM assignment a
            JOIN lesson l ON l.id = a.lesson_id
            JOIN work_type w ON w.id = a.work_type_id
            WHERE w.is_default = 0 AND l.date BETWEEN ? AND ? \(clause)
            ORDER BY l.date, l.lesson_number
            """), arguments: [span.first.iso, span.last.iso] + arguments).compactMap { row in
            let marked: Int = row["marked"]
            let pupils: Int = row["pupils"]
            return marked < pupils
                ? OpenAssignment(lesson: LessonRecord(row: row), workType: row["work_type"], marked: marked, pupils: pupils)
                : nil
        })
    }

    /// Staff who teach, for the deputy's overview.
    public static func teachers(_ db: Database) throws -> [StaffID] {
        try Int64.fetchAll(db, sql: "SELECT DISTINCT teacher_id FROM teaching ORDER BY teacher_id").map(StaffID.init)
    }
}
