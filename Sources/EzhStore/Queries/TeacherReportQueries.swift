import EzhCore
import GRDB

/// What the teacher's reports read beyond the grid's queries: a page's marks with their day and
/// weight (for running averages), and the pages of one class and subject.
public enum TeacherReportQueries {
    public struct DatedMark: Sendable, Hashable {
        public let pupil: PupilID
        public let date: LocalDate
        public let value: MarkValue
        public let weight: Double
    }

    /// A page's marks over a span with the lesson's day and the work type's weight, in day order.
    public static func datedMarks(of page: JournalPage, in span: DateSpan, _ db: Database) throws -> [DatedMark] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT m.pupil_id, l.date, m.value, w.weight FROM mark m
            JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id
            JOIN work_type w ON w.id = a.work_type_id
            WHERE \(LessonQueries.pageFilter) AND l.date BETWEEN ? AND ?
            ORDER BY l.date, l.lesson_number, a.position
            """), arguments: LessonQueries.pageArguments(page) + [span.first.iso, span.last.iso]).compactMap { row in
            guard let date = LocalDate(iso: row["date"]), let value = MarkValue(code: row["value"]) else { return nil }
            return DatedMark(pupil: PupilID(row["pupil_id"] as Int64), date: date, value: value, weight: row["weight"])
        }
    }

    /// The pages (the whole class, or each of its groups) on which `subject` is taught in the class.
    public static func pages(ofClass classID: ClassID, subject: SubjectID, _ db: Database) throws -> [JournalPage] {
        try PageQueries.pages(ofClass: classID, db).filter { $0.subjectID == subject }
    }

    /// The teacher of a page, for the signature line.
    public static func teacher(of page: JournalPage, _ db: Database) throws -> PersonName? {
        guard let teaching = try LessonPlanQueries.teachingID(of: page, db) else { return nil }
        return try KtpQueries.teaching(teaching, db)?.teacher
    }

    public static func staffName(_ staff: StaffID, _ db: Database) throws -> PersonName? {
        try Row.fetchOne(db, sql: "SELECT last_name, first_name, patronymic FROM staff WHERE id = ?", arguments: [staff.rawValue])
            .map { PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]) }
    }
}
