import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The administrator creates a staff member's account with a one-time password.
    public func createStaffAccount(
        _ session: Session, staff: StaffID, login: String? = nil, roles: Set<Role>
    ) throws -> Credentials {
        let password = OneTimePassword.make()
        let hash = PasswordHasher.hash(password)
        return try write(session) { db, stamp in
            try requireAdministrator(try viewer(for: session, db))
            guard roles.allSatisfy(\.isStaff), !roles.isEmpty else {
                throw JournalError.invalidInput(field: BilingualText("Роли", "Roles"), problem: BilingualText(
                    "у сотрудника — роли сотрудников (учитель, завуч, …)", "a staff member holds staff roles (teacher, deputy, …)"
                ))
            }
            guard let name = try AccountQueries.staffName(staff, db) else { throw JournalError.notFound(BilingualText("сотрудник", "staff member")) }
            let login = try freeLogin(login ?? Transliteration.login(for: name), db)
            let id = try AccountQueries.createAccount(login: login, passwordHash: hash, holder: .staff(staff), roles: roles, db)
            try recordAccount(id, login: login, roles: roles, stamp, db)
            return Credentials(holderName: name.full, login: login, oneTimePassword: password)
        }
    }

    /// A class teacher creates the account of a pupil of their class, or of a parent of one.
    public func createFamilyAccount(_ session: Session, holder: AccountHolder, login: String? = nil) throws -> Credentials {
        let password = OneTimePassword.make()
        let hash = PasswordHasher.hash(password)
        return try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            let (name, role): (PersonName, Role)
            switch holder {
            case .pupil(let pupil):
                try requireClassTeacher(ofPupils: [pupil], viewer, db)
                guard let found = try AccountQueries.pupilName(pupil, db) else { throw JournalError.notFound(.pupil) }
                (name, role) = (found, .pupil)
            case .parent(let parent):
                try requireClassTeacher(ofPupils: try AccountQueries.children(ofParent: parent, db), viewer, db)
                guard let found = try AccountQueries.parentName(parent, db) else { throw JournalError.notFound(BilingualText("родитель", "parent")) }
                (name, role) = (found, .parent)
            case .staff:
                throw JournalError.accessDenied(BilingualText(
                    "учётные записи сотрудников создаёт администратор", "the administrator creates staff accounts"
                ))
            }
            let login = try freeLogin(login ?? Transliteration.login(for: name), db)
            let id = try AccountQueries.createAccount(login: login, passwordHash: hash, holder: holder, roles: [role], db)
            try recordAccount(id, login: login, roles: [role], stamp, db)
            return Credentials(holderName: name.full, login: login, oneTimePassword: password)
        }
    }

    /// Resets a password to a new one-time password: the administrator for anyone, a class
    /// teacher for the pupils and parents of their class.
    public func resetPassword(_ session: Session, login: String) throws -> Credentials {
        let password = OneTimePassword.make()
        let hash = PasswordHasher.hash(password)
        return try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard let account = try AccountQueries.account(login: login, db) else { throw JournalError.notFound(.account(login)) }
            if !SchoolAction.manageAccounts.isAllowed(for: viewer.roles) {
                if let pupil = account.pupilID {
                    try requireClassTeacher(ofPupils: [pupil], viewer, db)
                } else if let parent = account.parentID {
                    try requireClassTeacher(ofPupils: try AccountQueries.children(ofParent: parent, db), viewer, db)
                } else {
                    throw JournalError.accessDenied(BilingualText(
                        "пароли сотрудников сбрасывает администратор", "the administrator resets staff passwords"
                    ))
                }
            }
            try AccountQueries.setPasswordHash(of: account.id, to: hash, mustChange: true, db)
            try AccountQueries.setLockState(of: account.id, failures: 0, lockedUntil: nil, db)
            try ChangeLog.record(stamp.change(
                entity: "account", key: "account=\(account.id)", field: "password", from: nil, to: "reset"
            ), in: db)
            return Credentials(holderName: account.name.full, login: account.login, oneTimePassword: password)
        }
    }

    /// The administrator changes an account's roles (a person may hold several), if the account
    /// still has `seen`, the roles the form showed; otherwise nothing is written and the error
    /// names the roles now and who changed them, when and where.
    public func setRoles(_ session: Session, login: String, roles: Set<Role>, replacing seen: Set<Role>) throws {
        try write(session) { db, stamp in
            try requireAdministrator(try viewer(for: session, db))
            guard let account = try AccountQueries.account(login: login, db) else { throw JournalError.notFound(.account(login)) }
            let old = try AccountQueries.roles(of: account.id, db)
            guard old != roles else { return }
            guard old == seen else {
                let last = try ChangeLog.latest(entity: "account", key: "account=\(account.id)", field: "roles", in: db)
                let names = BilingualText { language in old.sorted().map { $0.name(in: language) }.joined(separator: ", ") }
                throw JournalError.cellChanged(change(told: old.isEmpty ? nil : names, last: last, field: Self.rolesField))
            }
            try AccountQueries.setRoles(of: account.id, to: roles, db)
            try ChangeLog.record(stamp.change(
                entity: "account", key: "account=\(account.id)", field: "roles",
                from: old.sorted().map(\.rawValue).joined(separator: ","), to: roles.sorted().map(\.rawValue).joined(separator: ",")
            ), in: db)
        }
    }

    /// The field `setRoles` changes, as a refusal names it.
    static let rolesField = CellChange.Field("Роли", "Roles")

    private func requireAdministrator(_ viewer: Viewer) throws {
        guard SchoolAction.manageAccounts.isAllowed(for: viewer.roles) else { throw JournalError.accessDenied(.accountManagement) }
    }

    private func requireClassTeacher(ofPupils pupils: [PupilID], _ viewer: Viewer, _ db: StoreTransaction) throws {
        let today = today().iso
        let classes = try Set(pupils.flatMap { try AccountQueries.classes(ofPupil: $0, on: today, db) })
        let manages = SchoolAction.manageAccounts.isAllowed(for: viewer.roles)
        guard manages || SchoolAction.issueClassCredentials.isAllowed(for: viewer.roles),
              !classes.isEmpty, manages || !classes.isDisjoint(with: viewer.ledClasses)
        else {
            throw JournalError.accessDenied(BilingualText(
                "реквизиты выдаёт классный руководитель своего класса", "the class teacher of their own class hands out credentials"
            ))
        }
    }

    /// The wanted login, or it with a number appended when taken.
    func freeLogin(_ wanted: String, _ db: StoreTransaction) throws -> String {
        let base = wanted.trimmingCharacters(in: .whitespaces).lowercased()
        guard !base.isEmpty else { throw JournalError.invalidInput(field: .login, problem: .emptyLogin) }
        try TextLimit.login.check(base)
        var candidate = base
        var suffix = 2
        while try AccountQueries.loginExists(candidate, db) {
            candidate = "\(base)\(suffix)"
            suffix += 1
        }
        return candidate
    }

    func recordAccount(_ id: AccountID, login: String, roles: Set<Role>, _ stamp: ChangeStamp, _ db: StoreTransaction) throws {
        try ChangeLog.record(stamp.change(
            entity: "account", key: "account=\(id)", field: "created", from: nil,
            to: "\(login) (\(roles.sorted().map(\.rawValue).joined(separator: ",")))"
        ), in: db)
    }
}
