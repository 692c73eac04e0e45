import EzhCore
import EzhStore

/// The demo's accounts: the six named ones (admin, director, deputy, teacher, parent, pupil)
/// and one for every other teacher, so every imported mark has an author who can sign in.
struct DemoAccountSet {
    private(set) var accounts: [SchoolDataset.Account] = []
    private(set) var roles: [SchoolDataset.AccountRole] = []
    /// By staff index: the staff member's account, nil for nobody (every teacher has one).
    private(set) var accountOfStaff: [AccountID?]

    init(plan: StaffPlan, roster: PupilRoster, passwordHash: String) {
        accountOfStaff = Array(repeating: nil, count: plan.staff.count)
        let classTeachers = Set(plan.classTeachers)
        let named: [(String, StaffID, [Role])] = [
            ("admin", plan.administrator, [.administrator]),
            ("director", plan.director, [.director]),
            ("deputy", plan.deputy, [.deputy, .teacher]),
            ("teacher", plan.demoTeacher, [.teacher, .classTeacher]),
        ]
        for (login, staff, roles) in named {
            add(login: login, holder: .staff(staff), roles: roles, passwordHash: passwordHash)
        }
        var logins = Set(named.map(\.0))
        for (index, member) in plan.staff.enumerated() where accountOfStaff[index] == nil && plan.weeklyLoad[index] > 0 {
            let base = Transliteration.login(for: member.name)
            var login = base
            var suffix = 2
            while !logins.insert(login).inserted {
                login = "\(base)\(suffix)"
                suffix += 1
            }
            let roles: [Role] = classTeachers.contains(member.id) ? [.teacher, .classTeacher] : [.teacher]
            add(login: login, holder: .staff(member.id), roles: roles, passwordHash: passwordHash)
        }
        add(login: "parent", holder: .parent(roster.demoParent), roles: [.parent], passwordHash: passwordHash)
        add(login: "pupil", holder: .pupil(roster.demoPupil), roles: [.pupil], passwordHash: passwordHash)
    }

    private mutating func add(login: String, holder: SchoolDataset.AccountHolder, roles: [Role], passwordHash: String) {
        let id = AccountID(Int64(accounts.count + 1))
        accounts.append(SchoolDataset.Account(id: id, login: login, passwordHash: passwordHash, holder: holder, language: .ru))
        self.roles += roles.map { SchoolDataset.AccountRole(account: id, role: $0) }
        if case .staff(let staff) = holder { accountOfStaff[Int(staff.rawValue) - 1] = id }
    }
}
