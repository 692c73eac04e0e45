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
    /// With `missingOnly`, only lessons that still lack their attendance, topic or homework.
    public static func lessonStates(
        of teacher: StaffID?, in span: DateSpan, missingOnly: Bool = false, _ db: Database
    ) throws -> [LessonState] {
        let (clause, arguments) = givenBy(teacher)
        let missing = missingOnly
            ? "AND (l.topic = '' OR l.homework = '' OR (l.attendance_taken_at IS NULL AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id)))"
            : ""
        // A cursor, not fetchAll: a copied row looks each column up by lowercasing every name
        // it holds, which cost most of the deputy's overview.
        return try Array(Row.fetchCursor(db.cachedStatement(sql: """
            SELECT l.*, (l.topic <> '') AS has_topic, (l.homework <> '') AS has_homework,
                   (l.attendance_taken_at IS NOT NULL
                    OR EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id)) AS attendance_taken
            FROM lesson l
            WHERE l.date BETWEEN ? AND ? \(clause) \(missing)
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

    /// Planned works in a teacher's lessons within a span: every pupil at the lesson writes them,
    /// so rule 3 wants a mark from each. An oral answer, class work or homework is marked for
    /// those who answered or handed it in, and the default type a typed mark makes is the same:
    /// none of them counts. A pupil absent from the lesson (any code but ОП, a lateness) owes
    /// no mark within the week; a dot (the pupil owes the work) counts as marked.
    public struct OpenAssignment: Sendable, Hashable {
        public let lesson: LessonRecord
        public let workType: String
        /// Pupils at the lesson with no mark yet.
        public let unmarked: Int
        /// Pupils at the lesson (in the class or group that day, not absent).
        public let pupils: Int
    }

    public static func openAssignments(of teacher: StaffID?, in span: DateSpan, _ db: Database) throws -> [OpenAssignment] {
        let (clause, arguments) = givenBy(teacher)
        let selective = StandardWorkTypes.markedSelectively.map { "'\($0)'" }.joined(separator: ", ")
        // A group's pupils are checked one by one by the membership's key (EXISTS): a list of
        // the group's pupils (IN) was made again for each pupil of the class, most of the
        // deputy's overview.
        return try Array(Row.fetchCursor(db.cachedStatement(sql: """
            SELECT l.*, w.name AS work_type,
                   count(cm.pupil_id) AS pupils,
                   count(cm.pupil_id) - count(m.pupil_id) AS unmarked
            FROM assignment a
            JOIN lesson l ON l.id = a.lesson_id
            JOIN work_type w ON w.id = a.work_type_id
            JOIN class_membership cm ON cm.class_id = l.class_id AND cm.from_date <= l.date
                 AND (cm.to_date IS NULL OR cm.to_date >= l.date)
            LEFT JOIN mark m ON m.assignment_id = a.id AND m.pupil_id = cm.pupil_id
            WHERE w.is_default = 0 AND w.name NOT IN (\(selective)) AND l.date BETWEEN ? AND ? \(clause)
              AND (l.subgroup_id IS NULL OR EXISTS (
                   SELECT 1 FROM subgroup_membership sm WHERE sm.subgroup_id = l.subgroup_id AND sm.pupil_id = cm.pupil_id))
              AND NOT EXISTS (
                   SELECT 1 FROM attendance at WHERE at.lesson_id = l.id AND at.pupil_id = cm.pupil_id AND at.code <> 'ОП')
            GROUP BY a.id
            HAVING unmarked > 0
            ORDER BY l.date, l.lesson_number
            """), arguments: [span.first.iso, span.last.iso] + arguments).map { row in
            OpenAssignment(lesson: LessonRecord(row: row), workType: row["work_type"], unmarked: row["unmarked"], pupils: row["pupils"])
        })
    }

    /// Every class's periods with their state, in one query: the overview looks up a period for
    /// each lesson.
    public static func periodStates(_ db: Database) throws -> [ClassID: [(PeriodID, PeriodState)]] {
        var periods: [ClassID: [(PeriodID, PeriodState)]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id AS class_id, p.id, p.starts_on, p.ends_on, p.closed_at, p.finals_due_on
            FROM class c JOIN period p ON p.year_id = c.year_id AND p.scheme = c.period_scheme
            ORDER BY c.id, p.starts_on
            """)
        while let row = try rows.next() {
            guard let first = LocalDate(iso: row["starts_on"]), let last = LocalDate(iso: row["ends_on"]) else { continue }
            periods[ClassID(row["class_id"]), default: []].append((PeriodID(row["id"]), PeriodState(
                span: DateSpan(first, last), isClosed: (row["closed_at"] as String?) != nil,
                finalsDue: (row["finals_due_on"] as String?).flatMap(LocalDate.init(iso:))
            )))
        }
        return periods
    }

    /// Staff who teach, for the deputy's overview.
    public static func teachers(_ db: Database) throws -> [StaffID] {
        try Int64.fetchAll(db, sql: "SELECT DISTINCT teacher_id FROM teaching ORDER BY teacher_id").map(StaffID.init)
    }
}
