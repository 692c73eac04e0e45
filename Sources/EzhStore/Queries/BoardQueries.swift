import EzhCore
import GRDB

/// The school's announcements and the classes' events of the month.
public enum BoardQueries {
    public static func insertAnnouncement(
        title: String, body: String, audience: AnnouncementAudience, author: AccountID, postedOn: LocalDate, lastDay: LocalDate, _ db: Database
    ) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO announcement (title, body, roles, grades, classes, author_id, posted_on, last_day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [title, body, audience.roles.map(\.rawValue).sorted().joined(separator: ","),
                             audience.grades.sorted().map(String.init).joined(separator: ","),
                             audience.classes.sorted().map(\.description).joined(separator: ","),
                             author.rawValue, postedOn.iso, lastDay.iso])
        return db.lastInsertedRowID
    }

    public static func updateAnnouncement(_ id: Int64, title: String, body: String, lastDay: LocalDate, _ db: Database) throws {
        try db.execute(sql: "UPDATE announcement SET title = ?, body = ?, last_day = ? WHERE id = ?", arguments: [title, body, lastDay.iso, id])
    }

    public static func removeAnnouncement(_ id: Int64, at instant: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE announcement SET removed_at = ? WHERE id = ?", arguments: [instant, id])
    }

    /// Announcements not removed whose last day is `since` or later, newest first.
    public static func announcements(lastDayFrom since: LocalDate, _ db: Database) throws -> [Announcement] {
        try Row.fetchAll(db, sql: """
            SELECT a.*, s.last_name, s.first_name, s.patronymic FROM announcement a
            JOIN account acc ON acc.id = a.author_id LEFT JOIN staff s ON s.id = acc.staff_id
            WHERE a.removed_at IS NULL AND a.last_day >= ? ORDER BY a.posted_on DESC, a.id DESC
            """, arguments: [since.iso]).map(announcement)
    }

    public static func announcement(_ id: Int64, _ db: Database) throws -> Announcement? {
        try Row.fetchOne(db, sql: """
            SELECT a.*, s.last_name, s.first_name, s.patronymic FROM announcement a
            JOIN account acc ON acc.id = a.author_id LEFT JOIN staff s ON s.id = acc.staff_id
            WHERE a.removed_at IS NULL AND a.id = ?
            """, arguments: [id]).map(announcement)
    }

    /// The classes of the open year a person belongs to for announcements: a parent's children's,
    /// a pupil's own, a staff member's led and taught ones.
    public static func classes(of account: AccountRecord, on day: LocalDate, _ db: Database) throws -> [(id: ClassID, grade: Int)] {
        let sql: String
        let arguments: StatementArguments
        if let parent = account.parentID {
            sql = """
                SELECT DISTINCT c.id, c.grade FROM parent_pupil pp JOIN class_membership m ON m.pupil_id = pp.pupil_id
                JOIN class c ON c.id = m.class_id
                WHERE pp.parent_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
                """
            arguments = [parent.rawValue, day.iso, day.iso]
        } else if let pupil = account.pupilID {
            sql = """
                SELECT DISTINCT c.id, c.grade FROM class_membership m JOIN class c ON c.id = m.class_id
                WHERE m.pupil_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
                """
            arguments = [pupil.rawValue, day.iso, day.iso]
        } else if let staff = account.staffID {
            sql = """
                SELECT c.id, c.grade FROM class c JOIN academic_year y ON y.id = c.year_id
                WHERE y.closed_at IS NULL AND (c.class_teacher_id = ?1 OR EXISTS (SELECT 1 FROM teaching t WHERE t.class_id = c.id AND t.teacher_id = ?1))
                """
            arguments = [staff.rawValue]
        } else {
            return []
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { (ClassID($0["id"] as Int64), $0["grade"]) }
    }

    // MARK: Class events

    public static func insertEvent(classID: ClassID, date: LocalDate, time: String, title: String, place: String, author: AccountID, _ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO class_event (class_id, date, time, title, place, author_id) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [classID.rawValue, date.iso, time, title, place, author.rawValue])
        return db.lastInsertedRowID
    }

    public static func updateEvent(_ id: Int64, date: LocalDate, time: String, title: String, place: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE class_event SET date = ?, time = ?, title = ?, place = ? WHERE id = ?",
                       arguments: [date.iso, time, title, place, id])
    }

    public static func removeEvent(_ id: Int64, at instant: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE class_event SET removed_at = ? WHERE id = ?", arguments: [instant, id])
    }

    public static func event(_ id: Int64, _ db: Database) throws -> ClassEvent? {
        try Row.fetchOne(db, sql: """
            SELECT e.*, c.grade, c.letter FROM class_event e JOIN class c ON c.id = e.class_id WHERE e.id = ? AND e.removed_at IS NULL
            """, arguments: [id]).map(event)
    }

    /// The events of some classes in a span, by day and time.
    public static func events(of classes: [ClassID], in span: DateSpan, _ db: Database) throws -> [ClassEvent] {
        guard !classes.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: classes.count).joined(separator: ",")
        return try Row.fetchAll(db, sql: """
            SELECT e.*, c.grade, c.letter FROM class_event e JOIN class c ON c.id = e.class_id
            WHERE e.removed_at IS NULL AND e.class_id IN (\(marks)) AND e.date BETWEEN ? AND ?
            ORDER BY e.date, e.time, c.grade, c.letter, e.id
            """, arguments: StatementArguments(classes.map(\.rawValue)) + [span.first.iso, span.last.iso]).map(event)
    }

    private static func event(_ row: Row) -> ClassEvent {
        ClassEvent(id: row["id"], classID: ClassID(row["class_id"] as Int64), className: ClassName(grade: row["grade"], letter: row["letter"]),
                   date: LocalDate(iso: row["date"])!, time: row["time"], title: row["title"], place: row["place"])
    }

    private static func announcement(_ row: Row) -> Announcement {
        func list(_ column: String) -> [String] { (row[column] as String).split(separator: ",").map(String.init) }
        let last: String? = row["last_name"]
        return Announcement(
            id: row["id"], title: row["title"], body: row["body"],
            audience: AnnouncementAudience(roles: Set(list("roles").compactMap(Role.init(rawValue:))),
                                           grades: Set(list("grades").compactMap { Int($0) }),
                                           classes: Set(list("classes").compactMap { Int64($0) }.map(ClassID.init))),
            author: last.map { PersonName(last: $0, first: row["first_name"], patronymic: row["patronymic"] ?? "") } ?? PersonName(last: "", first: ""),
            postedOn: LocalDate(iso: row["posted_on"])!, lastDay: LocalDate(iso: row["last_day"])!
        )
    }
}
