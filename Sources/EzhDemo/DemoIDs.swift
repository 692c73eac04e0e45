import EzhCore
import EzhStore

/// The journal's ids of the generator's classes, subjects, subgroups, periods, pupils, parents,
/// staff accounts and work types, found by the natural keys the files gave them (class name,
/// subject name, login, personal-file number), and the journal's lessons in the generator's
/// terms. Pupils who arrive during the year are not in the journal yet: they get the ids after
/// the last pupil's, in the order they arrive.
struct DemoIDs {
    let classes: [ClassID]
    let subjects: [SubjectID]
    /// By the generator's subgroup id minus one.
    let subgroups: [SubgroupID]
    /// By the generator's period id minus one.
    let periods: [PeriodID]
    /// By pupil index; nil for a pupil who arrives later and has no id yet.
    private(set) var pupils: [PupilID?]
    /// By parent index; nil for a parent of arriving pupils only.
    let parents: [ParentID?]
    /// By staff index.
    let staffAccounts: [AccountID]
    private let workTypes: [String: (id: WorkTypeID, weight: Double)]
    let administrator: AccountID

    init(_ school: GeneratedDemoSchool, _ setUp: SetUpSchool) throws {
        let classByName = Dictionary(setUp.classes.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        classes = try school.classes.map { try Self.found(classByName[$0], "class \($0)") }
        let subjectByName = Dictionary(setUp.subjects.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        subjects = try SubjectCatalog.subjects.map { try Self.found(subjectByName[$0.name], "subject \($0.name)") }
        let subgroupByKey = Dictionary(setUp.subgroups.map { ("\($0.classID)|\($0.subjectID)|\($0.name)", $0.id) }, uniquingKeysWith: { first, _ in first })
        subgroups = try school.roster.subgroups.map { [classes, subjects] group in
            let key = "\(classes[Int(group.classID.rawValue) - 1])|\(subjects[Int(group.subject.rawValue) - 1])|\(group.name)"
            return try Self.found(subgroupByKey[key], "subgroup \(key)")
        }
        let periodByKey = Dictionary(setUp.periods.map { ("\($0.scheme.rawValue)\($0.number)", $0.id) }, uniquingKeysWith: { first, _ in first })
        periods = try school.frame.periods.map { try Self.found(periodByKey["\($0.scheme.rawValue)\($0.number)"], "period \($0.number)") }
        let pupilByFile = Dictionary(setUp.pupils.map { ($0.personalFile, $0.id) }, uniquingKeysWith: { first, _ in first })
        pupils = school.roster.pupils.indices.map { pupilByFile[school.personalFile($0)] }
        let parentByKey = Dictionary(
            setUp.parents.flatMap { parent in parent.children.map { ("\(parent.name.full)|\($0)", parent.id) } },
            uniquingKeysWith: { first, _ in first }
        )
        var parents: [ParentID?] = Array(repeating: nil, count: school.roster.parents.count)
        for link in school.roster.parentLinks {
            let index = Int(link.parent.rawValue) - 1
            guard parents[index] == nil, let child = pupils[Int(link.pupil.rawValue) - 1] else { continue }
            parents[index] = parentByKey["\(school.roster.parents[index].name.full)|\(child)"]
        }
        self.parents = parents
        let accountByLogin = Dictionary(setUp.accounts.map { ($0.login, $0.id) }, uniquingKeysWith: { first, _ in first })
        staffAccounts = try school.accounts.logins.map { try Self.found(accountByLogin[$0], "account \($0)") }
        workTypes = Dictionary(setUp.workTypes.map { ($0.name, ($0.id, $0.weight)) }, uniquingKeysWith: { first, _ in first })
        administrator = staffAccounts[Int(school.plan.administrator.rawValue) - 1]
    }

    /// Gives the pupils who arrive during the year the ids after the journal's last pupil, in
    /// the order of `arrivals` (pupil indices).
    mutating func assignArriving(_ arrivals: [Int], after lastID: PupilID) {
        for (offset, index) in arrivals.enumerated() {
            pupils[index] = PupilID(lastID.rawValue + Int64(offset) + 1)
        }
    }

    func workType(_ name: String) -> (id: WorkTypeID, weight: Double) { workTypes[name]! }

    private static func found<ID>(_ id: ID?, _ what: String) throws -> ID {
        guard let id else { throw DemoSetupError.notImported(what) }
        return id
    }
}
