import EzhCore
import GRDB

/// Lists for the administration's screens: accounts, the school's lessons of a day, usage.
public enum AdminQueries {
    public static func accounts(_ db: Database) throws -> [AccountSummary] {
        try Row.fetchAll(db, sql: """
            SELECT a.login, a.disabled, a.must_change_password, a.locked_until,
                   CASE WHEN a.staff_id IS NOT NULL THEN 'staff' WHEN a.parent_id IS NOT NULL THEN 'parent' ELSE 'pupil' END AS kind,
                   coalesce(s.last_name, p.last_name, u.last_name) AS last_name,
                   coalesce(s.first_name, p.first_name, u.first_name) AS first_name,
                   coalesce(s.patronymic, p.patronymic, u.patronymic) AS patronymic,
                   (SELECT group_concat(role) FROM account_role r WHERE r.account_id = a.id) AS roles
            FROM account a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN parent p ON p.id = a.parent_id
            LEFT JOIN pupil u ON u.id = a.pupil_id
            ORDER BY kind DESC, last_name, first_name
            """).map { row in
            AccountSummary(
                login: row["login"], name: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                kind: row["kind"], roles: ((row["roles"] as String?) ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }.sorted(),
                isDisabled: row["disabled"], mustChangePassword: row["must_change_password"], lockedUntil: row["locked_until"]
            )
        }
    }

    public static func families(ofClass classID: ClassID, on day: LocalDate, _ db: Database) throws -> [ClassFamily] {
        let pupils = try Row.fetchAll(db, sql: """
            SELECT p.*, (SELECT login FROM account WHERE pupil_id = p.id) AS login
            FROM pupil p JOIN class_membership m ON m.pupil_id = p.id
            WHERE m.class_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
            """, arguments: [classID.rawValue, day.iso, day.iso])
        return try pupils.map { row in
            let id = PupilID(row["id"])
            let parents = try Row.fetchAll(db, sql: """
                SELECT r.*, (SELECT login FROM account WHERE parent_id = r.id) AS login
                FROM parent r JOIN parent_pupil pp ON pp.parent_id = r.id WHERE pp.pupil_id = ? ORDER BY r.id
                """, arguments: [id.rawValue]).map {
                (ParentID($0["id"]), PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]), $0["login"] as String?)
            }
            return ClassFamily(
                pupilID: id, pupilName: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                pupilLogin: row["login"], parents: parents
            )
        }.sorted { PersonName.alphabetical($0.pupilName, $1.pupilName) }
    }

    /// Every lesson of the school on a day.
    public static func lessons(on day: LocalDate, _ db: Database) throws -> [LessonRecord] {
        try LessonRecord.fetchAll(db, sql: "SELECT * FROM lesson WHERE date = ? ORDER BY lesson_number, class_id", arguments: [day.iso])
    }

    /// Sign-ins per role per week (the week's Monday), in a span of stored instants.
    public static func signIns(from: String, to: String, _ db: Database) throws -> [(role: String, at: String)] {
        try Row.fetchAll(db, sql: """
            SELECT role, at FROM access_log WHERE action = 'sign_in' AND at >= ? AND at < ?
            """, arguments: [from, to]).map { ($0["role"], $0["at"]) }
    }

    /// How many parents and pupils have accounts, and how many of them signed in in a span.
    public static func familyUsage(from: String, to: String, _ db: Database) throws -> (parents: Int, parentsActive: Int, pupils: Int, pupilsActive: Int) {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [from, to]) ?? 0 }
        let active = "EXISTS (SELECT 1 FROM access_log l WHERE l.account_id = a.id AND l.action = 'sign_in' AND l.at >= ? AND l.at < ?)"
        return (
            try Int.fetchOne(db, sql: "SELECT count(*) FROM parent") ?? 0,
            try count("SELECT count(*) FROM account a WHERE a.parent_id IS NOT NULL AND \(active)"),
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT pupil_id) FROM class_membership WHERE to_date IS NULL") ?? 0,
            try count("SELECT count(*) FROM account a WHERE a.pupil_id IS NOT NULL AND \(active)")
        )
    }
}
