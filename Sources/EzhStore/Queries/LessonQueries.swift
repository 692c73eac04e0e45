import EzhCore
import GRDB

public enum LessonQueries {
    /// The filter that picks one page's lessons: class, subject, and the subgroup or none.
    static let pageFilter = "l.class_id = ? AND l.subject_id = ? AND ifnull(l.subgroup_id, 0) = ?"

    static func pageArguments(_ page: JournalPage) -> StatementArguments {
        [page.classID.rawValue, page.subjectID.rawValue, page.subgroupID?.rawValue ?? 0]
    }

    public static func lesson(_ id: LessonID, _ db: Database) throws -> LessonRecord? {
        try LessonRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM lesson WHERE id = ?"), arguments: [id.rawValue])
    }

    /// A page's lessons within a span of days, in date and lesson-number order.
    public static func lessons(of page: JournalPage, in span: DateSpan, _ db: Database) throws -> [LessonRecord] {
        try LessonRecord.fetchAll(db.cachedStatement(sql: """
            SELECT l.* FROM lesson l
            WHERE \(pageFilter) AND l.date BETWEEN ? AND ?
            ORDER BY l.date, l.lesson_number
            """), arguments: pageArguments(page) + [span.first.iso, span.last.iso])
    }

    /// The lessons a teacher gives on a day: scheduled ones and ones they substitute.
    public static func lessons(of teacher: StaffID, on day: LocalDate, _ db: Database) throws -> [LessonRecord] {
        try LessonRecord.fetchAll(db.cachedStatement(sql: """
            SELECT l.* FROM lesson l
            WHERE l.date = ? AND (l.scheduled_teacher_id = ? OR l.actual_teacher_id = ?)
            ORDER BY l.lesson_number
            """), arguments: [day.iso, teacher.rawValue, teacher.rawValue])
    }
}
