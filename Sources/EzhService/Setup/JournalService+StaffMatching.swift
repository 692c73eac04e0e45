import EzhCore
internal import EzhStore
import Foundation

/// Which member of staff each line of a staff file names, and the problems of the whole file.
extension JournalService {
    /// What a staff line matches: a member of staff with an account, one without, or nobody.
    enum StaffMatch {
        case account(StoredStaff)
        case staffOnly(StoredStaff)
        case new
    }

    /// Matches every line and records the problems of the whole file.
    func matchStaff(
        _ lines: [StaffLine], _ stored: [StoredStaff], session: Session, _ report: inout ImportReport, _ db: StoreTransaction
    ) throws -> [StaffMatch] {
        let directory = StaffDirectory(stored)
        var loginRows: [String: Int] = [:]
        var nameRows: [String: Int] = [:]
        var matches: [StaffMatch] = []
        for line in lines {
            let name = trimmed(line.name)
            report.requireName(name, line.place)
            if line.roles.isEmpty {
                report.problem(line.place, PeopleColumn.roles, "не указаны; впишите роли, например «учитель» или «завуч»",
                               "empty; give the roles, e.g. “учитель” (teacher) or “завуч” (deputy)")
            } else if !line.roles.allSatisfy(\.isStaff) {
                report.problem(line.place, PeopleColumn.roles, "у сотрудника только роли сотрудников (учитель, завуч, директор, администратор)",
                               "a staff member holds staff roles only (teacher, deputy, director, administrator)")
            }
            var match = StaffMatch.new
            if let login = line.login.map(Self.normalizedLogin), !login.isEmpty {
                if let row = loginRows[login] {
                    report.problem(line.place, PeopleColumn.login, "«\(login)» уже есть в строке \(row); у каждого сотрудника свой логин",
                                   "“\(login)” is already in row \(row); each member of staff has their own login")
                }
                loginRows[login] = loginRows[login] ?? line.place.row
                if !Self.isValidLogin(login) {
                    report.problem(line.place, PeopleColumn.login, "«\(login)»: логин — латинские буквы, цифры, точка, дефис или подчёркивание, до \(TextLimit.login.maximum) знаков",
                                   "“\(login)”: a login is Latin letters, digits, dot, hyphen or underscore, up to \(TextLimit.login.maximum) characters")
                } else if let found = stored.first(where: { $0.login?.lowercased() == login }) {
                    match = .account(found)
                } else if try AccountQueries.loginExists(login, db) {
                    report.problem(line.place, PeopleColumn.login, "«\(login)» — логин ученика или родителя; выберите другой",
                                   "“\(login)” is a pupil's or parent's login; choose another")
                } else if let same = directory.named(name).first(where: { $0.accountID == nil }) {
                    match = .staffOnly(same)
                }
            } else {
                let key = StaffDirectory.key(name.full)
                if let row = nameRows[key] {
                    report.problem(line.place, PeopleColumn.login, "тот же сотрудник, что в строке \(row)? Если это разные люди, впишите каждому логин",
                                   "the same person as in row \(row)? If they are two people, give each a login")
                }
                nameRows[key] = nameRows[key] ?? line.place.row
                let same = directory.named(name)
                if Set(same.map(\.id)).count > 1 {
                    report.problem(line.place, PeopleColumn.login, "в школе несколько сотрудников «\(name.full)»; впишите логин",
                                   "the school has several staff named “\(name.full)”; give the login")
                } else if let person = same.first(where: { $0.accountID != nil }) ?? same.first {
                    match = person.accountID == nil ? .staffOnly(person) : .account(person)
                }
            }
            if case .account(let person) = match, person.accountID == session.accountID,
               person.roles.contains(.administrator), !line.roles.contains(.administrator) {
                report.problem(line.place, PeopleColumn.roles, "нельзя снять роль администратора с себя; оставьте «администратор»",
                               "you cannot remove your own administrator role; keep “администратор”")
            }
            matches.append(match)
        }
        return matches
    }
}
