import EzhCore
import GRDB

/// One pupil's own data, for the diary (электронный дневник) of the pupil and their parents.
///
/// The diary is the web's busiest page: its statements are prepared once per connection and
/// reused (`cachedStatement`), not parsed and authorized anew on every page.
public enum DiaryQueries {
    public struct PupilRef: Sendable, Hashable {
        public let id: PupilID
        public let name: PersonName
        public let classID: ClassID
        public let className: ClassName
    }

    /// The pupil's class on a day (the latest membership that covers it).
    public static func pupil(_ id: PupilID, on day: LocalDate, _ db: Database) throws -> PupilRef? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT p.id, p.last_name, p.first_name, p.patronymic, c.id AS class_id, c.grade, c.letter
            FROM pupil p JOIN class_membership m ON m.pupil_id = p.id JOIN class c ON c.id = m.class_id
            WHERE p.id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
            ORDER BY m.from_date DESC LIMIT 1
            """), arguments: [id.rawValue, day.iso, day.iso]).map(ref(from:))
    }

    /// A parent's children who are pupils of the school on that day.
    public static func children(of parent: ParentID, on day: LocalDate, _ db: Database) throws -> [PupilRef] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT pupil_id FROM parent_pupil WHERE parent_id = ? ORDER BY pupil_id"),
                           arguments: [parent.rawValue])
            .compactMap { try pupil(PupilID($0), on: day, db) }
    }

    public struct MarkRow: Sendable, Hashable {
        public let subject: String
        public let date: LocalDate
        public let value: MarkValue
        public let workType: WorkType
    }

    public static func marks(of pupil: PupilID, in span: DateSpan, _ db: Database) throws -> [MarkRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.name AS subject, l.date, m.value, w.id AS wt_id, w.name AS wt_name, w.abbreviation, w.weight
            FROM mark m JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id
            JOIN subject s ON s.id = l.subject_id JOIN work_type w ON w.id = a.work_type_id
            WHERE m.pupil_id = ? AND l.date BETWEEN ? AND ?
            ORDER BY s.name, l.date, l.lesson_number, a.position
            """), arguments: [pupil.rawValue, span.first.iso, span.last.iso]).compactMap { row in
            // By position, in the order selected: a year's marks are a page's most rows, and a
            // column found by name is a case-insensitive search each time.
            MarkValue(code: row[2]).map { value in
                MarkRow(
                    subject: row[0], date: LocalDate(iso: row[1])!, value: value,
                    workType: WorkType(id: WorkTypeID(row[3]), name: row[4], abbreviation: row[5], weight: row[6])
                )
            }
        }
    }

    public struct AttendanceRow: Sendable, Hashable {
        public let subject: String
        public let date: LocalDate
        public let lessonNumber: Int
        public let code: AttendanceCode
    }

    public static func attendance(of pupil: PupilID, in span: DateSpan, _ db: Database) throws -> [AttendanceRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.name AS subject, l.date, l.lesson_number, t.code
            FROM attendance t JOIN lesson l ON l.id = t.lesson_id JOIN subject s ON s.id = l.subject_id
            WHERE t.pupil_id = ? AND l.date BETWEEN ? AND ? ORDER BY l.date, l.lesson_number
            """), arguments: [pupil.rawValue, span.first.iso, span.last.iso]).compactMap { row in
            AttendanceCode(rawValue: row["code"]).map {
                AttendanceRow(subject: row["subject"], date: LocalDate(iso: row["date"])!, lessonNumber: row["lesson_number"], code: $0)
            }
        }
    }

    public struct LessonRow: Sendable, Hashable {
        public let subject: String
        public let date: LocalDate
        public let lessonNumber: Int
        public let topic: String
        public let homework: String
    }

    /// The pupil's lessons in a span: the whole class's, and their own subgroups'.
    public static func lessons(of pupil: PupilRef, in span: DateSpan, _ db: Database) throws -> [LessonRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.name AS subject, l.date, l.lesson_number, l.topic, l.homework
            FROM lesson l JOIN subject s ON s.id = l.subject_id
            WHERE l.class_id = ? AND l.date BETWEEN ? AND ?
              AND (l.subgroup_id IS NULL OR l.subgroup_id IN
                   (SELECT subgroup_id FROM subgroup_membership WHERE pupil_id = ?))
            ORDER BY l.date, l.lesson_number
            """), arguments: [pupil.classID.rawValue, span.first.iso, span.last.iso, pupil.id.rawValue]).map { row in
            LessonRow(subject: row["subject"], date: LocalDate(iso: row["date"])!, lessonNumber: row["lesson_number"],
                      topic: row["topic"], homework: row["homework"])
        }
    }

    public static func finals(of pupil: PupilID, period: PeriodID, _ db: Database) throws -> [String: String] {
        Dictionary(try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.name, f.value FROM period_final f JOIN subject s ON s.id = f.subject_id
            WHERE f.pupil_id = ? AND f.kind = 'period' AND f.period_id = ?
            """), arguments: [pupil.rawValue, period.rawValue]).map { ($0["name"] as String, $0["value"] as String) },
            uniquingKeysWith: { $1 })
    }

    private static func ref(from row: Row) -> PupilRef {
        PupilRef(
            id: PupilID(row["id"]),
            name: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
            classID: ClassID(row["class_id"]), className: ClassName(grade: row["grade"], letter: row["letter"])
        )
    }
}
