import EzhCore
import GRDB

/// Pupils' stays in classes (class_membership) and the rows a movement changes.
public enum MovementQueries {
    /// A class with what a movement checks: its year's days and whether the year is closed.
    public struct ClassYear: Sendable, Hashable {
        public let classID: ClassID
        public let name: ClassName
        public let yearID: YearID
        public let yearName: String
        public let year: DateSpan
        public let isClosed: Bool
    }

    public static func classYear(_ id: ClassID, _ db: Database) throws -> ClassYear? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.id, c.grade, c.letter, y.id AS year_id, y.name, y.starts_on, y.ends_on, y.closed_at
            FROM class c JOIN academic_year y ON y.id = c.year_id WHERE c.id = ?
            """), arguments: [id.rawValue]).map { row in
            ClassYear(
                classID: ClassID(row["id"]), name: ClassName(grade: row["grade"], letter: row["letter"]),
                yearID: YearID(row["year_id"]), yearName: row["name"],
                year: DateSpan(LocalDate(iso: row["starts_on"])!, LocalDate(iso: row["ends_on"])!),
                isClosed: (row["closed_at"] as String?) != nil
            )
        }
    }

    /// One stay with its row id.
    public struct StayRow: Sendable, Hashable {
        public let id: Int64
        public let pupilID: PupilID
        public let stay: PupilStay
    }

    private static let staySelect = """
        SELECT m.*, c.grade, c.letter FROM class_membership m JOIN class c ON c.id = m.class_id
        """

    /// Every stay of a pupil, oldest first.
    public static func stays(of pupil: PupilID, _ db: Database) throws -> [StayRow] {
        try Row.fetchAll(db.cachedStatement(sql: "\(staySelect) WHERE m.pupil_id = ? ORDER BY m.from_date, m.id"),
                         arguments: [pupil.rawValue]).map(stayRow(from:))
    }

    /// Everyone who stayed in a class at any time, with each stay.
    public static func roster(ofClass classID: ClassID, _ db: Database) throws -> [(row: StayRow, name: PersonName, personalFile: String?)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT m.*, c.grade, c.letter, p.last_name, p.first_name, p.patronymic, p.personal_file
            FROM class_membership m JOIN class c ON c.id = m.class_id JOIN pupil p ON p.id = m.pupil_id
            WHERE m.class_id = ? ORDER BY m.from_date, m.id
            """), arguments: [classID.rawValue]).map { row in
            (stayRow(from: row), PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
             row["personal_file"] as String?)
        }
    }

    static func stayRow(from row: Row) -> StayRow {
        StayRow(id: row["id"], pupilID: PupilID(row["pupil_id"]), stay: PupilStay(
            classID: ClassID(row["class_id"]), className: ClassName(grade: row["grade"], letter: row["letter"]),
            from: LocalDate(iso: row["from_date"])!, to: (row["to_date"] as String?).flatMap(LocalDate.init(iso:)),
            arrivalOrder: row["arrival_order"], arrivedFrom: row["arrived_from"],
            departureOrder: row["departure_order"], departedTo: row["departed_to"]
        ))
    }

    public static func pupilName(_ id: PupilID, _ db: Database) throws -> PersonName? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT last_name, first_name, patronymic FROM pupil WHERE id = ?"),
                         arguments: [id.rawValue]).map {
            PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"])
        }
    }

    public static func pupil(withPersonalFile number: String, _ db: Database) throws -> PupilID? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM pupil WHERE personal_file = ?"), arguments: [number])
            .map(PupilID.init)
    }

    /// Pupils named by a personal-file number, «Фамилия Имя Отчество», «Фамилия Имя» or
    /// «Фамилия И.О.».
    public static func pupils(named text: String, _ db: Database) throws -> [(id: PupilID, name: PersonName, personalFile: String?)] {
        let lastName = String(text.prefix { $0 != " " })
        return try Row.fetchAll(db, sql: """
            SELECT id, last_name, first_name, patronymic, personal_file FROM pupil
            WHERE personal_file = ? OR last_name = ? ORDER BY id
            """, arguments: [text, lastName]).map {
            (PupilID($0["id"]), PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]),
             $0["personal_file"] as String?)
        }.filter { $0.personalFile == text || [$0.name.full, $0.name.lastAndFirst, $0.name.withInitials].contains(text) }
    }

    public static func insertPupil(_ pupil: NewPupil, _ db: Database) throws -> PupilID {
        try db.execute(sql: """
            INSERT INTO pupil (last_name, first_name, patronymic, gender, birth_date, personal_file) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [pupil.name.last, pupil.name.first, pupil.name.patronymic, pupil.sex, pupil.birthDate?.iso,
                             pupil.personalFile])
        return PupilID(db.lastInsertedRowID)
    }

    public static func insertStay(
        pupil: PupilID, classID: ClassID, from: LocalDate, order: String?, arrivedFrom: String?, _ db: Database
    ) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO class_membership (pupil_id, class_id, from_date, arrival_order, arrived_from) VALUES (?, ?, ?, ?, ?)
            """, arguments: [pupil.rawValue, classID.rawValue, from.iso, order, arrivedFrom])
        return db.lastInsertedRowID
    }

    public static func endStay(_ id: Int64, lastDay: LocalDate, order: String?, departedTo: String?, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE class_membership SET to_date = ?, departure_order = ?, departed_to = ? WHERE id = ?",
            arguments: [lastDay.iso, order, departedTo, id]
        )
    }

    /// A pupil's marks and attendance in a class on lessons after `day`: what a departure dated
    /// before them leaves behind.
    public static func entries(of pupil: PupilID, inClass classID: ClassID, after day: LocalDate, _ db: Database)
        throws -> [(date: LocalDate, subject: String, value: String)] {
        try Row.fetchAll(db, sql: """
            SELECT l.date, s.name AS subject, m.value FROM mark m JOIN assignment a ON a.id = m.assignment_id
              JOIN lesson l ON l.id = a.lesson_id JOIN subject s ON s.id = l.subject_id
              WHERE m.pupil_id = ? AND l.class_id = ? AND l.date > ?
            UNION ALL
            SELECT l.date, s.name, t.code FROM attendance t JOIN lesson l ON l.id = t.lesson_id
              JOIN subject s ON s.id = l.subject_id
              WHERE t.pupil_id = ? AND l.class_id = ? AND l.date > ?
            ORDER BY 1, 2
            """, arguments: [pupil.rawValue, classID.rawValue, day.iso, pupil.rawValue, classID.rawValue, day.iso]).map {
            (LocalDate(iso: $0[0])!, $0[1], $0[2])
        }
    }

    /// Removes the pupil from the class's subgroups in the periods that begin after `day`, and
    /// returns the memberships removed (subgroup, period) for the history.
    public static func leaveSubgroups(
        _ pupil: PupilID, ofClass classID: ClassID, periodsAfter day: LocalDate, _ db: Database
    ) throws -> [(subgroup: SubgroupID, period: PeriodID)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT sm.subgroup_id, sm.period_id FROM subgroup_membership sm
            JOIN subgroup g ON g.id = sm.subgroup_id JOIN period p ON p.id = sm.period_id
            WHERE sm.pupil_id = ? AND g.class_id = ? AND p.starts_on > ?
            ORDER BY sm.period_id, sm.subgroup_id
            """, arguments: [pupil.rawValue, classID.rawValue, day.iso]).map {
            (SubgroupID($0["subgroup_id"]), PeriodID($0["period_id"]))
        }
        for (subgroup, period) in rows {
            try db.execute(
                sql: "DELETE FROM subgroup_membership WHERE subgroup_id = ? AND pupil_id = ? AND period_id = ?",
                arguments: [subgroup.rawValue, pupil.rawValue, period.rawValue]
            )
        }
        return rows
    }

    /// The classes of a year, in order, for a form's choice of target class.
    public static func classes(ofYear year: YearID, _ db: Database) throws -> [(id: ClassID, name: ClassName)] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, grade, letter FROM class WHERE year_id = ? ORDER BY grade, letter"),
                         arguments: [year.rawValue]).map { (ClassID($0["id"]), ClassName(grade: $0["grade"], letter: $0["letter"])) }
    }

    /// Whether the class has subgroups: an arriving pupil is in none of them yet.
    public static func hasSubgroups(_ classID: ClassID, _ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM subgroup WHERE class_id = ?", arguments: [classID.rawValue]) ?? 0 > 0
    }
}
