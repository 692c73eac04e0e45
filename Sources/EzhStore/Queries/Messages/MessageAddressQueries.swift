import EzhCore
import GRDB

/// Who can be written to: the classes, families and staff the compose form offers, and the
/// accounts a new thread is made between.
public enum MessageAddressQueries {
    /// The classes with pupils on `day`, by grade and letter.
    public static func classes(on day: LocalDate, _ db: Database) throws -> [MessageClass] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT c.id, c.grade, c.letter FROM class c JOIN class_membership m ON m.class_id = c.id
            WHERE m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
            ORDER BY c.grade, c.letter
            """, arguments: [day.iso, day.iso]).map {
            MessageClass(id: ClassID($0["id"]), name: ClassName(grade: $0["grade"], letter: $0["letter"]))
        }
    }

    /// The pupils of a class on `day` with their parents, alphabetical.
    public static func families(of classID: ClassID, on day: LocalDate, _ db: Database) throws -> [MessageFamily] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.last_name, p.first_name, p.patronymic,
                   pa.id AS parent_id, pa.last_name AS pa_last, pa.first_name AS pa_first, pa.patronymic AS pa_patronymic,
                   pp.relation,
                   EXISTS (SELECT 1 FROM account a WHERE a.parent_id = pa.id AND a.disabled = 0) AS has_account
            FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            LEFT JOIN parent_pupil pp ON pp.pupil_id = p.id LEFT JOIN parent pa ON pa.id = pp.parent_id
            WHERE m.class_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
            ORDER BY p.last_name, p.first_name, p.patronymic, p.id, pa.id
            """, arguments: [classID.rawValue, day.iso, day.iso])
        var families: [MessageFamily] = []
        for row in rows {
            let pupil = PupilID(row["id"])
            let parent: MessageFamily.Parent? = (row["parent_id"] as Int64?).map {
                MessageFamily.Parent(
                    id: ParentID($0), name: PersonName(last: row["pa_last"], first: row["pa_first"], patronymic: row["pa_patronymic"]),
                    relation: row["relation"] ?? "", hasAccount: row["has_account"]
                )
            }
            if let last = families.last, last.pupil == pupil {
                families[families.count - 1] = MessageFamily(pupil: pupil, pupilName: last.pupilName, parents: last.parents + (parent.map { [$0] } ?? []))
            } else {
                families.append(MessageFamily(
                    pupil: pupil, pupilName: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                    parents: parent.map { [$0] } ?? []
                ))
            }
        }
        return families
    }

    /// The enabled accounts of a pupil's parents (all of them, or the one named).
    public static func parentAccounts(of pupil: PupilID, only parent: ParentID? = nil, _ db: Database) throws -> [AccountID] {
        try Int64.fetchAll(db, sql: """
            SELECT a.id FROM parent_pupil pp JOIN account a ON a.parent_id = pp.parent_id
            WHERE pp.pupil_id = ? AND a.disabled = 0 AND (? IS NULL OR pp.parent_id = ?)
            ORDER BY pp.parent_id, a.id
            """, arguments: [pupil.rawValue, parent?.rawValue, parent?.rawValue]).map(AccountID.init)
    }

    /// Whether the parent is linked to the pupil.
    public static func isParent(_ parent: ParentID, of pupil: PupilID, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM parent_pupil WHERE parent_id = ? AND pupil_id = ?)",
                          arguments: [parent.rawValue, pupil.rawValue]) ?? false
    }

    /// The enabled account of a member of staff.
    public static func staffAccount(_ staff: StaffID, _ db: Database) throws -> AccountID? {
        try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE staff_id = ? AND disabled = 0 ORDER BY id LIMIT 1",
                           arguments: [staff.rawValue]).map(AccountID.init)
    }

    /// The enabled accounts holding the deputy's role.
    public static func deputyAccounts(_ db: Database) throws -> [AccountID] {
        try Int64.fetchAll(db, sql: """
            SELECT a.id FROM account a JOIN account_role r ON r.account_id = a.id
            WHERE r.role = 'deputy' AND a.disabled = 0 AND a.staff_id IS NOT NULL ORDER BY a.id
            """).map(AccountID.init)
    }

    /// The class teacher and the subject teachers of a class, alphabetical, with their subjects.
    public static func classStaff(of classID: ClassID, _ db: Database) throws -> [(staff: StaffID, name: PersonName, isClassTeacher: Bool, subjects: [String])] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.last_name, s.first_name, s.patronymic,
                   (c.class_teacher_id = s.id) AS leads,
                   (SELECT group_concat(name, '\u{1F}') FROM (
                       SELECT DISTINCT sub.name FROM teaching t JOIN subject sub ON sub.id = t.subject_id
                       WHERE t.class_id = c.id AND t.teacher_id = s.id ORDER BY sub.name)) AS subjects
            FROM class c JOIN staff s ON s.id = c.class_teacher_id OR s.id IN (SELECT teacher_id FROM teaching WHERE class_id = c.id)
            WHERE c.id = ?
            ORDER BY leads DESC, s.last_name, s.first_name, s.id
            """, arguments: [classID.rawValue])
        return rows.map { row in
            let subjects = (row["subjects"] as String?).map { $0.split(separator: "\u{1F}").map(String.init) } ?? []
            return (StaffID(row["id"]), PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                    row["leads"] ?? false, subjects)
        }
    }
}
