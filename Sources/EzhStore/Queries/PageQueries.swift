import EzhCore
import GRDB

/// Journal pages: a class (or subgroup) and a subject, as the teaching table defines them.
public enum PageQueries {
    private static let select = """
        SELECT t.class_id, c.grade, c.letter, t.subject_id, s.name AS subject_name,
               t.subgroup_id, g.name AS subgroup_name, t.teacher_id
        FROM teaching t
        JOIN class c ON c.id = t.class_id
        JOIN subject s ON s.id = t.subject_id
        LEFT JOIN subgroup g ON g.id = t.subgroup_id
        """
    private static let order = "ORDER BY c.grade, c.letter, s.name, g.name"

    public static func pages(taughtBy staff: StaffID, _ db: Database) throws -> [JournalPage] {
        try Row.fetchAll(db.cachedStatement(sql: "\(select) WHERE t.teacher_id = ? \(order)"), arguments: [staff.rawValue])
            .map(page(from:))
    }

    /// The pages of the lessons a teacher gives as a substitute: they open them to enter those lessons.
    public static func pages(substitutedBy staff: StaffID, _ db: Database) throws -> [JournalPage] {
        try Row.fetchAll(db.cachedStatement(sql: """
            \(select) WHERE t.id IN (SELECT teaching_id FROM lesson
                                     WHERE actual_teacher_id = ? AND scheduled_teacher_id <> actual_teacher_id) \(order)
            """), arguments: [staff.rawValue]).map(page(from:))
    }

    public static func pages(ofClass classID: ClassID, _ db: Database) throws -> [JournalPage] {
        try Row.fetchAll(db.cachedStatement(sql: "\(select) WHERE t.class_id = ? \(order)"), arguments: [classID.rawValue])
            .map(page(from:))
    }

    public static func allPages(_ db: Database) throws -> [JournalPage] {
        try Row.fetchAll(db.cachedStatement(sql: "\(select) \(order)")).map(page(from:))
    }

    /// The page a lesson belongs to.
    public static func page(of lesson: LessonID, _ db: Database) throws -> JournalPage? {
        try Row.fetchOne(db.cachedStatement(sql: """
            \(select) JOIN lesson l ON l.teaching_id = t.id WHERE l.id = ?
            """), arguments: [lesson.rawValue]).map(page(from:))
    }

    static func page(from row: Row) -> JournalPage {
        JournalPage(
            classID: ClassID(row["class_id"]),
            className: ClassName(grade: row["grade"], letter: row["letter"]),
            subjectID: SubjectID(row["subject_id"]),
            subjectName: row["subject_name"],
            subgroupID: (row["subgroup_id"] as Int64?).map(SubgroupID.init),
            subgroupName: row["subgroup_name"]
        )
    }
}
