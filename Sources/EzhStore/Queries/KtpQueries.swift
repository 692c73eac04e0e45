import EzhCore
import GRDB

/// What the lesson plan (КТП) editor, the topic suggestion and «given vs planned» read beyond the
/// plan itself: a teaching's lessons, the plans it may be copied from, and a year's teachings.
public enum KtpQueries {
    /// A teaching with its page and teacher, as the copy picker and the deputy's table name it.
    public struct TeachingRow: Sendable {
        public let id: Int64
        public let page: JournalPage
        public let teacher: PersonName
        public let yearName: String
    }

    /// A lesson of a teaching in order: its id, day, number that day and topic.
    public struct LessonRow: Sendable {
        public let id: LessonID
        public let date: LocalDate
        public let number: Int
        public let topic: String
    }

    private static let teachingSelect = """
        SELECT t.id, t.class_id, c.grade, c.letter, t.subject_id, s.name AS subject_name,
               t.subgroup_id, g.name AS subgroup_name, st.last_name, st.first_name, st.patronymic, y.name AS year_name
        FROM teaching t
        JOIN class c ON c.id = t.class_id
        JOIN academic_year y ON y.id = c.year_id
        JOIN subject s ON s.id = t.subject_id
        JOIN staff st ON st.id = t.teacher_id
        LEFT JOIN subgroup g ON g.id = t.subgroup_id
        """

    private static func teaching(from row: Row) -> TeachingRow {
        TeachingRow(
            id: row["id"], page: PageQueries.page(from: row),
            teacher: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
            yearName: row["year_name"]
        )
    }

    public static func teaching(_ id: Int64, _ db: Database) throws -> TeachingRow? {
        try Row.fetchOne(db, sql: "\(teachingSelect) WHERE t.id = ?", arguments: [id]).map(teaching(from:))
    }

    /// The teaching a lesson belongs to.
    public static func teachingID(ofLesson lesson: LessonID, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT teaching_id FROM lesson WHERE id = ?", arguments: [lesson.rawValue])
    }

    /// The teaching's lessons in the order they are held.
    public static func lessons(ofTeaching teaching: Int64, _ db: Database) throws -> [LessonRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, date, lesson_number, topic FROM lesson WHERE teaching_id = ? ORDER BY date, lesson_number, id
            """), arguments: [teaching]).compactMap(lesson(from:))
    }

    private static func lesson(from row: Row) -> LessonRow? {
        guard let date = LocalDate(iso: row["date"]) else { return nil }
        return LessonRow(id: LessonID(row["id"]), date: date, number: row["lesson_number"], topic: row["topic"])
    }

    /// Plans a teaching may copy: the same subject in the same grade, with at least one row, in
    /// the teaching's own year (a colleague's class) or the year before it (last year's plan).
    /// The newest year first, then by class.
    public static func copySources(for teaching: Int64, _ db: Database) throws -> [TeachingRow] {
        guard let own = try Row.fetchOne(db, sql: """
            SELECT t.subject_id, c.grade, y.id AS year_id, y.starts_on FROM teaching t
            JOIN class c ON c.id = t.class_id JOIN academic_year y ON y.id = c.year_id WHERE t.id = ?
            """, arguments: [teaching]) else { return [] }
        let yearID: Int64 = own["year_id"]
        let previous = try Int64.fetchOne(db, sql: """
            SELECT id FROM academic_year WHERE starts_on < ? ORDER BY starts_on DESC LIMIT 1
            """, arguments: [own["starts_on"] as String]) ?? yearID
        return try Row.fetchAll(db, sql: """
            \(teachingSelect)
            WHERE t.subject_id = ? AND c.grade = ? AND t.id <> ? AND c.year_id IN (?, ?)
              AND EXISTS (SELECT 1 FROM lesson_plan_item p WHERE p.teaching_id = t.id)
            ORDER BY y.starts_on DESC, c.letter, g.name
            """, arguments: [own["subject_id"] as Int64, own["grade"] as Int, teaching, yearID, previous]).map(teaching(from:))
    }

    /// Every teaching of a year, by class, subject and group.
    public static func teachings(ofYear year: YearID, _ db: Database) throws -> [TeachingRow] {
        try Row.fetchAll(db, sql: """
            \(teachingSelect) WHERE c.year_id = ? ORDER BY c.grade, c.letter, s.name, g.name
            """, arguments: [year.rawValue]).map(teaching(from:))
    }

    /// The plans of a year's teachings, each in order: one read for the deputy's table.
    public static func plans(ofYear year: YearID, _ db: Database) throws -> [Int64: [PlanRow]] {
        var plans: [Int64: [PlanRow]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.teaching_id, p.topic, p.hours, p.planned_date FROM lesson_plan_item p
            JOIN teaching t ON t.id = p.teaching_id JOIN class c ON c.id = t.class_id
            WHERE c.year_id = ? ORDER BY p.teaching_id, p.position
            """, arguments: [year.rawValue])
        while let row = try rows.next() {
            plans[row["teaching_id"], default: []].append(PlanRow(
                topic: row["topic"], hours: row["hours"], plannedDate: (row["planned_date"] as String?).flatMap(LocalDate.init(iso:))))
        }
        return plans
    }

    /// The lessons of a year's teachings, each in order: one read for the deputy's table.
    public static func lessons(ofYear year: YearID, _ db: Database) throws -> [Int64: [LessonRow]] {
        var lessons: [Int64: [LessonRow]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT l.teaching_id, l.id, l.date, l.lesson_number, l.topic FROM lesson l
            JOIN class c ON c.id = l.class_id
            WHERE c.year_id = ? ORDER BY l.teaching_id, l.date, l.lesson_number, l.id
            """, arguments: [year.rawValue])
        while let row = try rows.next() {
            if let lesson = lesson(from: row) { lessons[row["teaching_id"], default: []].append(lesson) }
        }
        return lessons
    }
}

extension KtpQueries {
    /// The first and last day of the school year a class belongs to.
    public static func yearSpan(ofClass classID: ClassID, _ db: Database) throws -> DateSpan? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT y.starts_on, y.ends_on FROM class c JOIN academic_year y ON y.id = c.year_id WHERE c.id = ?
            """, arguments: [classID.rawValue]),
            let first = LocalDate(iso: row["starts_on"]), let last = LocalDate(iso: row["ends_on"]) else { return nil }
        return DateSpan(first, last)
    }
}
