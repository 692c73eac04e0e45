import EzhCore
import GRDB

/// A class with what the deputy sets for it.
public struct SchoolClassRow: Sendable, Hashable {
    public let id: ClassID
    public let name: ClassName
    public let classTeacherID: StaffID?
    public let classTeacher: PersonName?
    public let room: String
    public let shift: Int
}

/// One line of a class's curriculum.
public struct CurriculumRow: Sendable, Hashable {
    public let subjectID: SubjectID
    public let subject: String
    public let hoursPerWeek: Double?
    public let hoursPerYear: Int
    public let split: Bool
}

/// The deputy's lists of the school year: classes, subjects, curriculum lines.
public enum SchoolYearQueries {
    public static func classes(year: YearID, _ db: Database) throws -> [SchoolClassRow] {
        try Row.fetchAll(db, sql: """
            SELECT c.id, c.grade, c.letter, c.class_teacher_id, c.room, c.shift, s.last_name, s.first_name, s.patronymic
            FROM class c LEFT JOIN staff s ON s.id = c.class_teacher_id
            WHERE c.year_id = ? ORDER BY c.grade, c.letter
            """, arguments: [year.rawValue]).map { row in
            let teacher: Int64? = row["class_teacher_id"]
            return SchoolClassRow(
                id: ClassID(row["id"]), name: ClassName(grade: row["grade"], letter: row["letter"]),
                classTeacherID: teacher.map(StaffID.init),
                classTeacher: teacher.map { _ in PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]) },
                room: row["room"], shift: row["shift"])
        }
    }

    public static func setClassTeacher(_ classID: ClassID, _ teacher: StaffID?, _ db: Database) throws {
        try db.execute(sql: "UPDATE class SET class_teacher_id = ? WHERE id = ?", arguments: [teacher?.rawValue, classID.rawValue])
    }

    public static func setRoom(_ classID: ClassID, _ room: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE class SET room = ? WHERE id = ?", arguments: [room, classID.rawValue])
    }

    public static func setShift(_ classID: ClassID, _ shift: Int, _ db: Database) throws {
        try db.execute(sql: "UPDATE class SET shift = ? WHERE id = ?", arguments: [shift, classID.rawValue])
    }

    public static func subjects(_ db: Database) throws -> [(id: SubjectID, name: String, shortName: String)] {
        try Row.fetchAll(db, sql: "SELECT id, name, short_name FROM subject ORDER BY name").map {
            (SubjectID($0["id"]), $0["name"], $0["short_name"])
        }
    }

    /// The subject of that name, compared without case (Cyrillic too, which SQLite's lower()
    /// leaves alone), other than `except`.
    public static func subject(named name: String, except: SubjectID?, _ db: Database) throws -> SubjectID? {
        let wanted = name.lowercased()
        return try subjects(db).first { $0.id != except && $0.name.lowercased() == wanted }?.id
    }

    public static func insertSubject(name: String, shortName: String, _ db: Database) throws -> SubjectID {
        try db.execute(sql: "INSERT INTO subject (name, short_name) VALUES (?, ?)", arguments: [name, shortName])
        return SubjectID(db.lastInsertedRowID)
    }

    public static func updateSubject(_ id: SubjectID, name: String, shortName: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE subject SET name = ?, short_name = ? WHERE id = ?", arguments: [name, shortName, id.rawValue])
    }

    public static func curriculum(of classID: ClassID, _ db: Database) throws -> [CurriculumRow] {
        try Row.fetchAll(db, sql: """
            SELECT cu.subject_id, s.name, cu.hours_per_week, cu.hours_per_year, cu.split
            FROM curriculum cu JOIN subject s ON s.id = cu.subject_id
            WHERE cu.class_id = ? ORDER BY s.name
            """, arguments: [classID.rawValue]).map {
            CurriculumRow(subjectID: SubjectID($0["subject_id"]), subject: $0["name"], hoursPerWeek: $0["hours_per_week"],
                          hoursPerYear: $0["hours_per_year"], split: $0["split"])
        }
    }

    public static func setCurriculum(
        classID: ClassID, subjectID: SubjectID, hoursPerWeek: Double, hoursPerYear: Int, split: Bool, _ db: Database
    ) throws {
        try db.execute(sql: """
            INSERT INTO curriculum (class_id, subject_id, hours_per_year, hours_per_week, split) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (class_id, subject_id) DO UPDATE SET
                hours_per_year = excluded.hours_per_year, hours_per_week = excluded.hours_per_week, split = excluded.split
            """, arguments: [classID.rawValue, subjectID.rawValue, hoursPerYear, hoursPerWeek, split])
    }

    public static func deleteCurriculum(classID: ClassID, subjectID: SubjectID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM curriculum WHERE class_id = ? AND subject_id = ?", arguments: [classID.rawValue, subjectID.rawValue])
    }

    /// Whether the class has a teaching (a journal page) of the subject.
    public static func isTaught(classID: ClassID, subjectID: SubjectID, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM teaching WHERE class_id = ? AND subject_id = ?)",
                          arguments: [classID.rawValue, subjectID.rawValue]) ?? false
    }

    /// Makes the subgroups a split subject needs, if missing.
    public static func ensureSubgroups(classID: ClassID, subjectID: SubjectID, names: [String], _ db: Database) throws -> [String] {
        var made: [String] = []
        for name in names {
            try db.execute(sql: "INSERT OR IGNORE INTO subgroup (class_id, subject_id, name) VALUES (?, ?, ?)",
                           arguments: [classID.rawValue, subjectID.rawValue, name])
            if db.changesCount > 0 { made.append(name) }
        }
        return made
    }
}

/// The year's holidays (каникулы) and single days off.
extension SchoolYearQueries {
    public static func holidays(year: YearID, _ db: Database) throws -> [(id: Int64, span: DateSpan, name: String)] {
        try Row.fetchAll(db, sql: "SELECT id, starts_on, ends_on, name FROM day_off WHERE year_id = ? ORDER BY starts_on",
                         arguments: [year.rawValue]).map {
            ($0["id"], DateSpan(LocalDate(iso: $0["starts_on"])!, LocalDate(iso: $0["ends_on"])!), $0["name"])
        }
    }

    public static func insertHoliday(year: YearID, span: DateSpan, name: String, _ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO day_off (year_id, starts_on, ends_on, name) VALUES (?, ?, ?, ?)",
                       arguments: [year.rawValue, span.first.iso, span.last.iso, name])
        return db.lastInsertedRowID
    }

    public static func deleteHoliday(_ id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM day_off WHERE id = ?", arguments: [id])
    }
}

/// The bell schedules' lessons, one row a schedule, shift and lesson number.
public struct BellRow: Sendable, Hashable {
    public let schedule: String
    public let isDefault: Bool
    public let shift: Int
    public let number: Int
    public let times: LessonTimes
}

extension SchoolYearQueries {
    public static func bells(_ db: Database) throws -> [BellRow] {
        try Row.fetchAll(db, sql: """
            SELECT bs.name, bs.is_default, b.shift, b.lesson_number, b.starts_at, b.ends_at
            FROM bell b JOIN bell_schedule bs ON bs.id = b.schedule_id
            ORDER BY bs.is_default DESC, bs.name, b.shift, b.lesson_number
            """).map {
            BellRow(schedule: $0["name"], isDefault: $0["is_default"], shift: $0["shift"], number: $0["lesson_number"],
                    times: LessonTimes(TimeOfDay(text: $0["starts_at"])!, TimeOfDay(text: $0["ends_at"])!))
        }
    }

    public static func scheduleID(named name: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM bell_schedule WHERE name = ?", arguments: [name])
    }

    public static func setBell(schedule: Int64, shift: Int, number: Int, times: LessonTimes?, _ db: Database) throws {
        guard let times else {
            try db.execute(sql: "DELETE FROM bell WHERE schedule_id = ? AND shift = ? AND lesson_number = ?",
                           arguments: [schedule, shift, number])
            return
        }
        try db.execute(sql: """
            INSERT INTO bell (schedule_id, shift, lesson_number, starts_at, ends_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (schedule_id, shift, lesson_number) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at
            """, arguments: [schedule, shift, number, times.startsAt.text, times.endsAt.text])
    }
}

/// Who is in which subgroup of a class's split subject.
extension SchoolYearQueries {
    /// The pupils in the class on `day`, in list order.
    public static func pupils(ofClass classID: ClassID, on day: LocalDate, _ db: Database) throws -> [(id: PupilID, name: PersonName)] {
        try Row.fetchAll(db, sql: """
            SELECT p.id, p.last_name, p.first_name, p.patronymic FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            WHERE m.class_id = ?1 AND m.from_date <= ?2 AND (m.to_date IS NULL OR m.to_date >= ?2)
            ORDER BY p.last_name, p.first_name, p.patronymic, p.id
            """, arguments: [classID.rawValue, day.iso]).map {
            (PupilID($0["id"]), PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]))
        }
    }

    /// Each pupil's subgroup of the subject in the period.
    public static func subgroupOf(classID: ClassID, subjectID: SubjectID, period: PeriodID, _ db: Database) throws -> [PupilID: String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT sm.pupil_id, sg.name FROM subgroup_membership sm JOIN subgroup sg ON sg.id = sm.subgroup_id
            WHERE sg.class_id = ? AND sg.subject_id = ? AND sm.period_id = ?
            """, arguments: [classID.rawValue, subjectID.rawValue, period.rawValue])
        return Dictionary(rows.map { (PupilID($0["pupil_id"]), $0["name"] as String) }, uniquingKeysWith: { first, _ in first })
    }

    public static func subgroups(classID: ClassID, subjectID: SubjectID, _ db: Database) throws -> [(id: SubgroupID, name: String)] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM subgroup WHERE class_id = ? AND subject_id = ? ORDER BY name",
                         arguments: [classID.rawValue, subjectID.rawValue]).map { (SubgroupID($0["id"]), $0["name"]) }
    }

    public static func addMember(_ pupil: PupilID, to subgroup: SubgroupID, period: PeriodID, _ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO subgroup_membership (subgroup_id, pupil_id, period_id) VALUES (?, ?, ?)",
                       arguments: [subgroup.rawValue, pupil.rawValue, period.rawValue])
    }
}
