import EzhCore
import GRDB

/// What the people imports read: the whole of each list at once (a school has at most a few
/// thousand people), so a file's rows are matched in memory rather than one query a row.
public enum PeopleSetupQueries {
    /// The year a setup works in: the open year that holds `today`, else the next open one
    /// (a school preparing its September in August); nil when the school has no open year.
    public static func currentYear(on today: LocalDate, _ db: Database) throws -> SetupYear? {
        let row = try Row.fetchOne(db, sql: """
            SELECT id, name, starts_on, ends_on FROM academic_year
            WHERE closed_at IS NULL AND ends_on >= ?
            ORDER BY (starts_on <= ?) DESC, starts_on LIMIT 1
            """, arguments: [today.iso, today.iso])
        return row.flatMap { row in
            guard let first = LocalDate(iso: row["starts_on"]), let last = LocalDate(iso: row["ends_on"]) else { return nil }
            return SetupYear(id: YearID(row["id"]), name: row["name"], span: DateSpan(first, last))
        }
    }

    public static func staff(_ db: Database) throws -> [StoredStaff] {
        let subjects = try Row.fetchAll(db, sql: "SELECT staff_id, subject_id FROM staff_subject")
            .reduce(into: [Int64: Set<SubjectID>]()) { $0[$1["staff_id"], default: []].insert(SubjectID($1["subject_id"])) }
        return try Row.fetchAll(db, sql: """
            SELECT s.*, a.id AS account_id, a.login,
                   (SELECT group_concat(role) FROM account_role r WHERE r.account_id = a.id) AS roles
            FROM staff s LEFT JOIN account a ON a.staff_id = s.id
            ORDER BY s.id, a.id
            """).map { row in
            let id: Int64 = row["id"]
            return StoredStaff(
                id: StaffID(id), name: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                position: row["position"], phone: row["phone"], accountID: (row["account_id"] as Int64?).map(AccountID.init),
                login: row["login"],
                roles: Set(((row["roles"] as String?) ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }),
                subjects: subjects[id] ?? []
            )
        }
    }

    public static func subjects(_ db: Database) throws -> [(id: SubjectID, name: String)] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM subject ORDER BY id").map { (SubjectID($0["id"]), $0["name"]) }
    }

    public static func classes(in year: YearID, _ db: Database) throws -> [StoredClass] {
        try Row.fetchAll(db, sql: "SELECT * FROM class WHERE year_id = ? ORDER BY grade, letter", arguments: [year.rawValue])
            .map { row in
                StoredClass(
                    id: ClassID(row["id"]), name: ClassName(grade: row["grade"], letter: row["letter"]),
                    classTeacher: (row["class_teacher_id"] as Int64?).map(StaffID.init), room: row["room"],
                    shift: row["shift"], scheme: PeriodScheme(rawValue: row["period_scheme"]) ?? .quarters
                )
            }
    }

    /// The period scheme a grade uses in the year, if the calendar set one.
    public static func gradeSchemes(in year: YearID, _ db: Database) throws -> [Int: PeriodScheme] {
        try Row.fetchAll(db, sql: "SELECT grade, scheme FROM grade_scheme WHERE year_id = ?", arguments: [year.rawValue])
            .reduce(into: [:]) { schemes, row in schemes[row["grade"]] = PeriodScheme(rawValue: row["scheme"]) }
    }

    /// Classes that already hold finals (their period scheme can no longer change).
    public static func classesWithFinals(in year: YearID, _ db: Database) throws -> Set<ClassID> {
        Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT f.class_id FROM period_final f JOIN class c ON c.id = f.class_id WHERE c.year_id = ?
            """, arguments: [year.rawValue]).map(ClassID.init))
    }

    /// Every pupil of the school, with the class of `year` they are in on `day`.
    public static func pupils(in year: YearID, on day: LocalDate, _ db: Database) throws -> [StoredPupil] {
        try Row.fetchAll(db, sql: """
            SELECT p.*, (SELECT m.class_id FROM class_membership m JOIN class c ON c.id = m.class_id
                         WHERE m.pupil_id = p.id AND c.year_id = ? AND m.from_date <= ?
                           AND (m.to_date IS NULL OR m.to_date >= ?)
                         ORDER BY m.from_date DESC LIMIT 1) AS class_id
            FROM pupil p ORDER BY p.id
            """, arguments: [year.rawValue, day.iso, day.iso]).map { row in
            StoredPupil(
                id: PupilID(row["id"]), name: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                sex: PupilSex(rawValue: row["gender"]) ?? .female, birthDate: (row["birth_date"] as String?).flatMap(LocalDate.init(iso:)),
                personalFile: row["personal_file"], phone: row["phone"], email: row["email"],
                classID: (row["class_id"] as Int64?).map(ClassID.init)
            )
        }
    }

    /// Pupils who have ever been in a class of `year` (a departed pupil is not new to the school).
    public static func pupilsWithMembership(in year: YearID, _ db: Database) throws -> Set<PupilID> {
        Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT m.pupil_id FROM class_membership m JOIN class c ON c.id = m.class_id WHERE c.year_id = ?
            """, arguments: [year.rawValue]).map(PupilID.init))
    }

    public static func parents(_ db: Database) throws -> [StoredParent] {
        let links = try Row.fetchAll(db, sql: "SELECT parent_id, pupil_id, relation FROM parent_pupil")
            .reduce(into: [Int64: [PupilID: String]]()) { $0[$1["parent_id"], default: [:]][PupilID($1["pupil_id"])] = $1["relation"] }
        return try Row.fetchAll(db, sql: "SELECT * FROM parent ORDER BY id").map { row in
            let id: Int64 = row["id"]
            return StoredParent(
                id: ParentID(id), name: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                phone: row["phone"], email: row["email"], children: links[id] ?? [:]
            )
        }
    }

    /// The subgroups of the year's classes by class, subject and name, and the periods each
    /// pupil is a member for.
    public static func subgroups(in year: YearID, _ db: Database) throws -> [StoredSubgroup] {
        try Row.fetchAll(db, sql: """
            SELECT g.id, g.class_id, g.subject_id, g.name FROM subgroup g JOIN class c ON c.id = g.class_id WHERE c.year_id = ?
            """, arguments: [year.rawValue]).map {
            StoredSubgroup(id: SubgroupID($0["id"]), classID: ClassID($0["class_id"]), subjectID: SubjectID($0["subject_id"]), name: $0["name"])
        }
    }

    /// The subgroups of the year each pupil is a member of, in any period.
    public static func subgroupMembers(in year: YearID, _ db: Database) throws -> [PupilID: Set<SubgroupID>] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT m.pupil_id, m.subgroup_id FROM subgroup_membership m
            JOIN subgroup g ON g.id = m.subgroup_id JOIN class c ON c.id = g.class_id WHERE c.year_id = ?
            """, arguments: [year.rawValue]).reduce(into: [:]) { $0[PupilID($1["pupil_id"]), default: []].insert(SubgroupID($1["subgroup_id"])) }
    }

    /// The periods of the year in one scheme, in order.
    public static func periods(in year: YearID, scheme: PeriodScheme, _ db: Database) throws -> [(id: PeriodID, span: DateSpan)] {
        try Row.fetchAll(db, sql: """
            SELECT id, starts_on, ends_on FROM period WHERE year_id = ? AND scheme = ? ORDER BY number
            """, arguments: [year.rawValue, scheme.rawValue]).compactMap { row in
            guard let first = LocalDate(iso: row["starts_on"]), let last = LocalDate(iso: row["ends_on"]) else { return nil }
            return (PeriodID(row["id"]), DateSpan(first, last))
        }
    }
}

