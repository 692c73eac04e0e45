import EzhCore

/// The login and roles of every member of the demo's staff, as its staff file gives them: the
/// named accounts (admin, director, deputy, teacher) and, for every other teacher, the
/// transliterated last name and initials ("ivanova.mp", "ivanova.mp2" for a namesake). The
/// class-teacher role is not here: it follows the classes file.
struct DemoStaffAccounts {
    /// By staff index.
    private(set) var logins: [String] = []
    private(set) var roles: [Set<Role>] = []

    init(plan: StaffPlan) {
        let named: [StaffID: (String, Set<Role>)] = [
            plan.administrator: ("admin", [.administrator]),
            plan.director: ("director", [.director]),
            plan.deputy: ("deputy", [.deputy, .teacher]),
            plan.demoTeacher: ("teacher", [.teacher]),
        ]
        var taken = Set(named.values.map(\.0))
        for member in plan.staff {
            if let (login, roles) = named[member.id] {
                logins.append(login)
                self.roles.append(roles)
                continue
            }
            let base = Transliteration.login(for: member.name)
            var login = base
            var suffix = 2
            while !taken.insert(login).inserted {
                login = "\(base)\(suffix)"
                suffix += 1
            }
            logins.append(login)
            roles.append([.teacher])
        }
    }
}
