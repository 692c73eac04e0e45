import EzhCore
import GRDB

public enum AccountQueries {
    private static let select = """
        SELECT a.*,
               coalesce(s.last_name, p.last_name, u.last_name) AS last_name,
               coalesce(s.first_name, p.first_name, u.first_name) AS first_name,
               coalesce(s.patronymic, p.patronymic, u.patronymic) AS patronymic
        FROM account a
        LEFT JOIN staff s ON s.id = a.staff_id
        LEFT JOIN parent p ON p.id = a.parent_id
        LEFT JOIN pupil u ON u.id = a.pupil_id
        """

    public static func account(login: String, _ db: Database) throws -> AccountRecord? {
        try AccountRecord.fetchOne(db.cachedStatement(sql: "\(select) WHERE a.login = ?"), arguments: [login])
    }

    public static func account(id: AccountID, _ db: Database) throws -> AccountRecord? {
        try AccountRecord.fetchOne(db.cachedStatement(sql: "\(select) WHERE a.id = ?"), arguments: [id.rawValue])
    }

    public static func roles(of account: AccountID, _ db: Database) throws -> Set<Role> {
        let names = try String.fetchAll(
            db.cachedStatement(sql: "SELECT role FROM account_role WHERE account_id = ?"), arguments: [account.rawValue]
        )
        return Set(names.compactMap(Role.init(rawValue:)))
    }

    /// An enabled account's staff member and roles in one query: what a write needs to know of
    /// its author. nil for a disabled or missing account.
    public static func author(_ account: AccountID, _ db: Database) throws -> (staff: StaffID?, roles: Set<Role>)? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT a.staff_id, (SELECT group_concat(role) FROM account_role r WHERE r.account_id = a.id) AS roles
            FROM account a WHERE a.id = ? AND a.disabled = 0
            """), arguments: [account.rawValue]).map { row in
            (
                (row["staff_id"] as Int64?).map(StaffID.init),
                Set(((row["roles"] as String?) ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) })
            )
        }
    }

    public static func setPreferences(
        of account: AccountID, language: Language, keymap: String, _ db: Database
    ) throws {
        try db.execute(
            sql: "UPDATE account SET language = ?, keymap = ? WHERE id = ?",
            arguments: [language.rawValue, keymap, account.rawValue]
        )
    }

    /// Creates an account for a staff member with the given roles; returns its id.
    public static func createStaffAccount(
        login: String, passwordHash: String, staff: StaffID, roles: Set<Role>, mustChangePassword: Bool,
        _ db: Database
    ) throws -> AccountID {
        try db.execute(
            sql: "INSERT INTO account (login, password_hash, staff_id, must_change_password) VALUES (?, ?, ?, ?)",
            arguments: [login, passwordHash, staff.rawValue, mustChangePassword]
        )
        let id = AccountID(db.lastInsertedRowID)
        for role in roles.sorted() {
            try db.execute(
                sql: "INSERT INTO account_role (account_id, role) VALUES (?, ?)", arguments: [id.rawValue, role.rawValue]
            )
        }
        return id
    }

    public static func createStaff(name: PersonName, position: String, _ db: Database) throws -> StaffID {
        try db.execute(
            sql: "INSERT INTO staff (last_name, first_name, patronymic, position) VALUES (?, ?, ?, ?)",
            arguments: [name.last, name.first, name.patronymic, position]
        )
        return StaffID(db.lastInsertedRowID)
    }

    public static func staffName(_ id: StaffID, _ db: Database) throws -> PersonName? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM staff WHERE id = ?"), arguments: [id.rawValue]).map {
            PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"])
        }
    }

    /// Classes whose class teacher is `staff`.
    public static func classesLed(by staff: StaffID, _ db: Database) throws -> [ClassID] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM class WHERE class_teacher_id = ?"), arguments: [staff.rawValue])
            .map(ClassID.init)
    }
}

extension AccountQueries {
    /// Failed attempts and the lock, as stored on the account.
    public static func lockState(of account: AccountID, _ db: Database) throws -> (failures: Int, lockedUntil: String?) {
        let row = try Row.fetchOne(
            db, sql: "SELECT failed_attempts, locked_until FROM account WHERE id = ?", arguments: [account.rawValue]
        )
        return (row?["failed_attempts"] ?? 0, row?["locked_until"])
    }

    public static func setLockState(of account: AccountID, failures: Int, lockedUntil: String?, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE account SET failed_attempts = ?, locked_until = ? WHERE id = ?",
            arguments: [failures, lockedUntil, account.rawValue]
        )
    }

    public static func setPasswordHash(
        of account: AccountID, to hash: String, mustChange: Bool, _ db: Database
    ) throws {
        try db.execute(
            sql: "UPDATE account SET password_hash = ?, must_change_password = ? WHERE id = ?",
            arguments: [hash, mustChange, account.rawValue]
        )
    }

    public static func mustChangePassword(_ account: AccountID, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT must_change_password FROM account WHERE id = ?"), arguments: [account.rawValue]) ?? false
    }
}

extension AccountQueries {
    public static func createAccount(
        login: String, passwordHash: String, holder: AccountHolder, roles: Set<Role>, _ db: Database
    ) throws -> AccountID {
        let (staff, parent, pupil): (Int64?, Int64?, Int64?) = switch holder {
        case .staff(let id): (id.rawValue, nil, nil)
        case .parent(let id): (nil, id.rawValue, nil)
        case .pupil(let id): (nil, nil, id.rawValue)
        }
        try db.execute(sql: """
            INSERT INTO account (login, password_hash, staff_id, parent_id, pupil_id, must_change_password)
            VALUES (?, ?, ?, ?, ?, 1)
            """, arguments: [login, passwordHash, staff, parent, pupil])
        let id = AccountID(db.lastInsertedRowID)
        try setRoles(of: id, to: roles, db)
        return id
    }

    public static func setRoles(of account: AccountID, to roles: Set<Role>, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM account_role WHERE account_id = ?", arguments: [account.rawValue])
        for role in roles.sorted() {
            try db.execute(
                sql: "INSERT INTO account_role (account_id, role) VALUES (?, ?)", arguments: [account.rawValue, role.rawValue]
            )
        }
    }

    public static func loginExists(_ login: String, _ db: Database) throws -> Bool {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM account WHERE login = ?"), arguments: [login]) ?? 0 > 0
    }

    /// The class a pupil belongs to today, and the classes of a parent's children.
    public static func classes(ofPupil pupil: PupilID, on day: String, _ db: Database) throws -> [ClassID] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT class_id FROM class_membership WHERE pupil_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)
            """), arguments: [pupil.rawValue, day, day]).map(ClassID.init)
    }

    public static func children(ofParent parent: ParentID, _ db: Database) throws -> [PupilID] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT pupil_id FROM parent_pupil WHERE parent_id = ?"), arguments: [parent.rawValue])
            .map(PupilID.init)
    }

    public static func parentName(_ id: ParentID, _ db: Database) throws -> PersonName? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM parent WHERE id = ?"), arguments: [id.rawValue]).map {
            PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"])
        }
    }

    public static func pupilName(_ id: PupilID, _ db: Database) throws -> PersonName? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM pupil WHERE id = ?"), arguments: [id.rawValue]).map {
            PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"])
        }
    }
}
