import EzhCore
import GRDB

/// One stored timetable line with the names the timetable editor shows.
public struct TimetableSlotRow: Sendable, Hashable {
    public let id: Int64
    public let teachingID: Int64
    public let classID: ClassID
    public let className: ClassName
    public let subjectID: SubjectID
    public let subject: String
    public let subjectShort: String
    public let subgroupID: SubgroupID?
    public let subgroup: String?
    public let teacherID: StaffID
    public let teacher: PersonName
    public let weekday: Int
    public let number: Int
    public let room: String
    public let validFrom: LocalDate?
    public let validTo: LocalDate?

    /// Whether the line is in force on `day` by its own dates.
    public func isInForce(on day: LocalDate) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }
}

/// A class as the timetable editor lists it.
public struct TimetableClassRow: Sendable, Hashable {
    public let id: ClassID
    public let name: ClassName
    public let shift: Int
    public let room: String
}

/// A subject a class is taught (from its curriculum or its teachings), with its subgroups and
/// the teacher of each page that has one.
public struct TimetableSubjectRow: Sendable, Hashable {
    public let id: SubjectID
    public let name: String
    public let shortName: String
    public let subgroups: [String]
    /// Teacher per page: nil key is the whole class, else the subgroup's name.
    public let teachers: [String?: StaffID]
}

/// A stored lesson as regeneration and one-off changes see it.
public struct TimetableLessonRow: Sendable, Hashable {
    public let id: LessonID
    public let teachingID: Int64
    public let classID: ClassID
    public let subjectID: SubjectID
    public let subgroupID: SubgroupID?
    public let subgroup: String?
    public let subject: String
    public let subjectShort: String
    public let date: LocalDate
    public let number: Int
    public let startsAt: TimeOfDay
    public let endsAt: TimeOfDay
    public let room: String
    public let teacherID: StaffID
    public let actualTeacherID: StaffID?
    public let origin: String
    public let hasEntries: Bool

    public var key: TimetableKey { TimetableKey(classID: classID, subjectID: subjectID, subgroup: subgroup) }
}

/// The timetable's reads and writes: versions of slots, teachings, and the lessons made from them.
public enum TimetableQueries {
    // MARK: - Reads

    /// The academic year that holds `day`, else the latest one.
    public static func year(around day: LocalDate, _ db: Database) throws -> (id: YearID, span: DateSpan, closed: Bool)? {
        let row = try Row.fetchOne(db, sql: """
            SELECT id, starts_on, ends_on, closed_at IS NOT NULL AS closed FROM academic_year
            ORDER BY (starts_on <= ?1 AND ?1 <= ends_on) DESC, starts_on DESC LIMIT 1
            """, arguments: [day.iso])
        guard let row, let first = LocalDate(iso: row["starts_on"]), let last = LocalDate(iso: row["ends_on"]) else { return nil }
        return (YearID(row["id"]), DateSpan(first, last), row["closed"])
    }

    private static let slotSelect = """
        SELECT ts.id, ts.teaching_id, t.class_id, c.grade, c.letter, t.subject_id, s.name AS subject, s.short_name,
               t.subgroup_id, sg.name AS subgroup, t.teacher_id, st.last_name, st.first_name, st.patronymic,
               ts.weekday, ts.lesson_number, ts.room, ts.valid_from, ts.valid_to
        FROM timetable_slot ts
        JOIN teaching t ON t.id = ts.teaching_id
        JOIN class c ON c.id = t.class_id
        JOIN subject s ON s.id = t.subject_id
        LEFT JOIN subgroup sg ON sg.id = t.subgroup_id
        JOIN staff st ON st.id = t.teacher_id
        """

    /// Every line of the year, all versions, in class, weekday, lesson and subject order.
    public static func slots(year: YearID, _ db: Database) throws -> [TimetableSlotRow] {
        try Row.fetchAll(db, sql: """
            \(slotSelect)
            WHERE ts.year_id = ?
            ORDER BY c.grade, c.letter, ts.weekday, ts.lesson_number, s.name, ifnull(sg.name, ''), ts.id
            """, arguments: [year.rawValue]).map(slot)
    }

    private static func slot(_ row: Row) -> TimetableSlotRow {
        TimetableSlotRow(
            id: row["id"], teachingID: row["teaching_id"], classID: ClassID(row["class_id"]),
            className: ClassName(grade: row["grade"], letter: row["letter"]), subjectID: SubjectID(row["subject_id"]),
            subject: row["subject"], subjectShort: row["short_name"], subgroupID: (row["subgroup_id"] as Int64?).map(SubgroupID.init),
            subgroup: row["subgroup"], teacherID: StaffID(row["teacher_id"]),
            teacher: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
            weekday: row["weekday"], number: row["lesson_number"], room: row["room"],
            validFrom: (row["valid_from"] as String?).flatMap(LocalDate.init(iso:)),
            validTo: (row["valid_to"] as String?).flatMap(LocalDate.init(iso:)))
    }

    public static func classes(year: YearID, _ db: Database) throws -> [TimetableClassRow] {
        try Row.fetchAll(db, sql: "SELECT id, grade, letter, shift, room FROM class WHERE year_id = ? ORDER BY grade, letter",
                         arguments: [year.rawValue]).map {
            TimetableClassRow(id: ClassID($0["id"]), name: ClassName(grade: $0["grade"], letter: $0["letter"]),
                              shift: $0["shift"], room: $0["room"])
        }
    }

    /// The subjects of a class's curriculum and teachings, by name, with subgroups and teachers.
    public static func subjects(of classID: ClassID, _ db: Database) throws -> [TimetableSubjectRow] {
        let subjects = try Row.fetchAll(db, sql: """
            SELECT id, name, short_name FROM subject WHERE id IN (
                SELECT subject_id FROM curriculum WHERE class_id = ?1
                UNION SELECT subject_id FROM teaching WHERE class_id = ?1
                UNION SELECT subject_id FROM subgroup WHERE class_id = ?1)
            ORDER BY name
            """, arguments: [classID.rawValue])
        let groups = try Row.fetchAll(db, sql: "SELECT subject_id, name FROM subgroup WHERE class_id = ? ORDER BY name",
                                      arguments: [classID.rawValue])
        let teachings = try Row.fetchAll(db, sql: """
            SELECT t.subject_id, sg.name, t.teacher_id FROM teaching t LEFT JOIN subgroup sg ON sg.id = t.subgroup_id
            WHERE t.class_id = ?
            """, arguments: [classID.rawValue])
        return subjects.map { row in
            let id: Int64 = row["id"]
            var teachers: [String?: StaffID] = [:]
            for teaching in teachings where teaching["subject_id"] == id {
                teachers[teaching["name"] as String?] = StaffID(teaching["teacher_id"])
            }
            return TimetableSubjectRow(
                id: SubjectID(id), name: row["name"], shortName: row["short_name"],
                subgroups: groups.filter { $0["subject_id"] == id }.map { $0["name"] }, teachers: teachers)
        }
    }

    /// Rooms the timetable and the classes already use, for choosing one.
    public static func rooms(year: YearID, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT room FROM timetable_slot WHERE year_id = ?1 AND room <> ''
            UNION SELECT room FROM class WHERE year_id = ?1 AND room <> ''
            ORDER BY 1
            """, arguments: [year.rawValue])
    }

    public static func teaching(classID: ClassID, subjectID: SubjectID, subgroup: SubgroupID?, _ db: Database) throws
        -> (id: Int64, teacher: StaffID)? {
        let row = try Row.fetchOne(db, sql: """
            SELECT id, teacher_id FROM teaching WHERE class_id = ? AND subject_id = ? AND ifnull(subgroup_id, 0) = ?
            """, arguments: [classID.rawValue, subjectID.rawValue, subgroup?.rawValue ?? 0])
        return row.map { ($0["id"], StaffID($0["teacher_id"])) }
    }

    public static func subgroup(classID: ClassID, subjectID: SubjectID, name: String, _ db: Database) throws -> SubgroupID? {
        try Int64.fetchOne(db, sql: "SELECT id FROM subgroup WHERE class_id = ? AND subject_id = ? AND name = ?",
                           arguments: [classID.rawValue, subjectID.rawValue, name]).map(SubgroupID.init)
    }

    // MARK: - Writes

    public static func setValidTo(slot: Int64, _ day: LocalDate, _ db: Database) throws {
        try db.execute(sql: "UPDATE timetable_slot SET valid_to = ? WHERE id = ?", arguments: [day.iso, slot])
    }

    public static func deleteSlot(_ slot: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM timetable_slot WHERE id = ?", arguments: [slot])
    }

    public static func insertSlot(
        year: YearID, teaching: Int64, weekday: Int, number: Int, room: String, validFrom: LocalDate, validTo: LocalDate?,
        _ db: Database
    ) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO timetable_slot (year_id, teaching_id, weekday, lesson_number, room, valid_from, valid_to)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [year.rawValue, teaching, weekday, number, room, validFrom.iso, validTo?.iso])
        return db.lastInsertedRowID
    }

    public static func insertTeaching(classID: ClassID, subjectID: SubjectID, subgroup: SubgroupID?, teacher: StaffID, _ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO teaching (class_id, subject_id, subgroup_id, teacher_id) VALUES (?, ?, ?, ?)",
                       arguments: [classID.rawValue, subjectID.rawValue, subgroup?.rawValue, teacher.rawValue])
        return db.lastInsertedRowID
    }

    public static func setTeacher(teaching: Int64, _ teacher: StaffID, _ db: Database) throws {
        try db.execute(sql: "UPDATE teaching SET teacher_id = ? WHERE id = ?", arguments: [teacher.rawValue, teaching])
    }
}

extension TimetableQueries {
    /// A subject's full and short name.
    public static func subject(_ id: SubjectID, _ db: Database) throws -> (name: String, shortName: String)? {
        try Row.fetchOne(db, sql: "SELECT name, short_name FROM subject WHERE id = ?", arguments: [id.rawValue])
            .map { ($0["name"], $0["short_name"]) }
    }
}
