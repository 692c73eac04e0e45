import EzhCore
@testable import EzhService
@testable import EzhStore
import EzhTUI
import Foundation

/// The school's accounts and the class teacher's families: listed, created, reset and their
/// roles changed, each change recorded in `people.changes`.
extension FakeJournal: AccountsBackend {
    func accounts(_ session: Session) throws -> [AccountSummary] {
        guard session.has(.administrator) else { throw JournalError.accessDenied(BilingualText("управление учётными записями", "managing accounts")) }
        return people.accounts
    }

    func createStaffAccount(_ session: Session, staff: StaffID, login: String?, roles: Set<Role>) throws -> Credentials {
        guard let name = try self.staff(session).first(where: { $0.id == staff })?.name else { throw JournalError.notFound(BilingualText("сотрудник", "staff member")) }
        let login = login ?? Transliteration.login(for: name)
        people.changes.append("create staff \(staff) \(login) \(roles.sorted().map(\.rawValue).joined(separator: ","))")
        people.accounts.append(.init(login: login, name: name, kind: "staff", roles: roles.sorted(), isDisabled: false,
                                     mustChangePassword: true, lockedUntil: nil))
        return Credentials(holderName: name.full, login: login, oneTimePassword: "Qw7-ot-91")
    }

    func addStaffMember(_ session: Session, name: PersonName, position: String, login: String?, roles: Set<Role>) throws -> Credentials {
        guard !name.last.isEmpty else {
            throw JournalError.invalidInput(field: .verbatim("Фамилия"), problem: BilingualText("не заполнена; впишите фамилию", "empty; fill in the last name"))
        }
        let login = login ?? Transliteration.login(for: name)
        people.changes.append("add staff \(name.full) (\(position)) \(login) \(roles.sorted().map(\.rawValue).joined(separator: ","))")
        people.accounts.append(.init(login: login, name: name, kind: "staff", roles: roles.sorted(), isDisabled: false,
                                     mustChangePassword: true, lockedUntil: nil))
        return Credentials(holderName: name.full, login: login, oneTimePassword: "New-st-42")
    }

    func setAccountDisabled(_ session: Session, login: String, disabled: Bool) throws {
        people.changes.append("\(disabled ? "disable" : "enable") \(login)")
        guard let index = people.accounts.firstIndex(where: { $0.login == login }) else { return }
        let account = people.accounts[index]
        people.accounts[index] = .init(login: account.login, name: account.name, kind: account.kind, roles: account.roles,
                                       isDisabled: disabled, mustChangePassword: account.mustChangePassword, lockedUntil: account.lockedUntil)
    }

    func createFamilyAccount(_ session: Session, holder: AccountHolder, login: String?) throws -> Credentials {
        switch holder {
        case .parent(let id):
            people.changes.append("create parent \(id)")
            let index = people.families.firstIndex { $0.parents.contains { $0.id == id } }!
            let family = people.families[index]
            people.families[index] = .init(pupilID: family.pupilID, pupilName: family.pupilName, pupilLogin: family.pupilLogin,
                                           parents: family.parents.map { $0.id == id ? ($0.id, $0.name, "parent\(id)") : $0 })
            return Credentials(holderName: family.parents.first { $0.id == id }!.name.full, login: "parent\(id)", oneTimePassword: "Par-\(id)-pass")
        case .pupil(let id):
            people.changes.append("create pupil \(id)")
            let index = people.families.firstIndex { $0.pupilID == id }!
            let family = people.families[index]
            people.families[index] = .init(pupilID: id, pupilName: family.pupilName, pupilLogin: "pupil\(id)", parents: family.parents)
            return Credentials(holderName: family.pupilName.full, login: "pupil\(id)", oneTimePassword: "Pup-\(id)-pass")
        case .staff:
            throw JournalError.accessDenied(BilingualText(
                "учётные записи сотрудников создаёт администратор", "the administrator creates staff accounts"
            ))
        }
    }

    func resetPassword(_ session: Session, login: String) throws -> Credentials {
        people.changes.append("reset \(login)")
        return Credentials(holderName: "Иванова Ольга Петровна", login: login, oneTimePassword: "Rst-55-new")
    }

    func setRoles(_ session: Session, login: String, roles: Set<Role>, replacing seen: Set<Role>) throws {
        guard let index = people.accounts.firstIndex(where: { $0.login == login }) else { throw JournalError.notFound(.verbatim(login)) }
        let now = Set(people.accounts[index].roles)
        guard now == roles || now == seen else {
            throw JournalError.cellChanged(CellChange(
                current: now.sorted().map { $0.name(in: .ru) }.joined(separator: ", "), who: "Сидоров Иван",
                at: "27.11.2026 10:58", terminal: "pts/7", field: CellChange.Field("Роли", "Roles")
            ))
        }
        people.changes.append("roles \(login) \(roles.sorted().map(\.rawValue).joined(separator: ","))")
        people.accounts[index] = people.accounts[index].with(roles: roles)
    }

    /// Another administrator changes an account's roles behind the screen's back.
    func rolesElsewhere(_ roles: Set<Role>, login: String) {
        guard let index = people.accounts.firstIndex(where: { $0.login == login }) else { return }
        people.accounts[index] = people.accounts[index].with(roles: roles)
    }

    func families(_ session: Session, classID: ClassID) throws -> [ClassFamily] { people.families }
}

private extension AccountSummary {
    func with(roles: Set<Role>) -> AccountSummary {
        AccountSummary(login: login, name: name, kind: kind, roles: roles.sorted(), isDisabled: isDisabled,
                       mustChangePassword: mustChangePassword, lockedUntil: lockedUntil)
    }
}
