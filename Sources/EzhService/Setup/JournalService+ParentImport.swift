import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Imports parents and links them to their children by personal-file number (administrator,
    /// deputy, or a class teacher for their own class's families). A parent is matched by full
    /// name together with one of the children; phones and e-mails update, new children are linked,
    /// and no link is ever removed. Families' accounts are issued by the class teacher, not here.
    public func importParents(_ lines: [ParentLine], file: String, dryRun: Bool, session: Session) throws -> ImportReport {
        try runImport(.parents, file: file, dryRun: dryRun, session: session) { db, stamp, report in
            let viewer = try viewer(for: session, db)
            try require(.managePupils, viewer)
            guard let year = try setupYear(&report, db) else { return }
            let pupils = try PeopleSetupQueries.pupils(in: year.id, on: max(today(), year.span.first), db)
            let byNumber = Dictionary(pupils.compactMap { pupil in pupil.personalFile.map { ($0, pupil) } }, uniquingKeysWith: { first, _ in first })
            var parents = try PeopleSetupQueries.parents(db)
            // Parents by name, so a file of thousands is matched without comparing every pair.
            let byName = Dictionary(grouping: parents.indices) { StaffDirectory.key(parents[$0].name.full) }
            let managesAll = !viewer.roles.isDisjoint(with: [.administrator, .deputy])
            var plans: [(children: [PupilID], existing: Int?)] = []
            var seen: [String: [(row: Int, children: Set<PupilID>)]] = [:]
            for line in lines {
                let name = trimmed(line.name)
                report.requireName(name, line.place)
                var children: [PupilID] = []
                let numbers = line.children.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if numbers.isEmpty {
                    report.problem(line.place, PeopleColumn.children, "не указаны; впишите номера личных дел детей через запятую",
                                   "empty; give the children's personal-file numbers, separated by commas")
                }
                for number in numbers {
                    guard let child = byNumber[number] else {
                        report.problem(line.place, PeopleColumn.children, "ученика с личным делом № \(number) нет в журнале; сначала импортируйте обучающихся (ezh import pupils) или исправьте номер",
                                       "no pupil with personal file No. \(number); import the pupils first (ezh import pupils) or correct the number")
                        continue
                    }
                    if !managesAll, !(child.classID.map(viewer.ledClasses.contains) ?? false) {
                        report.problem(line.place, PeopleColumn.children, "№ \(number) — не ученик вашего класса; родителей этого ученика вносит его классный руководитель",
                                       "No. \(number) is not a pupil of your class; their class teacher enters this pupil's parents")
                    }
                    children.append(child.id)
                }
                let key = StaffDirectory.key(name.full)
                if let twin = seen[key]?.first(where: { !$0.children.isDisjoint(with: children) }) {
                    report.problem(line.place, PeopleColumn.lastName, "тот же родитель с тем же ребёнком уже в строке \(twin.row); оставьте одну строку и перечислите в ней всех детей",
                                   "the same parent with the same child is already in row \(twin.row); keep one row listing all the children")
                }
                seen[key, default: []].append((line.place.row, Set(children)))
                let existing = byName[key]?.first { children.contains(where: parents[$0].children.keys.contains) }
                plans.append((children, existing))
            }
            guard report.problems.isEmpty else { return }
            for (line, plan) in zip(lines, plans) {
                let name = trimmed(line.name)
                let relation = line.relation.trimmingCharacters(in: .whitespaces)
                if let index = plan.existing {
                    let stored = parents[index]
                    var history = FieldChanges(entity: "parent", key: "parent=\(stored.id)", stamp: stamp)
                    let phone = kept(stored.phone, line.phone)
                    let email = kept(stored.email, line.email)
                    try history.compare("phone", stored.phone, phone, db)
                    try history.compare("email", stored.email, email, db)
                    if history.count > 0 { try PeopleSetupWrites.updateParent(stored.id, phone: phone, email: email, db) }
                    var linked = 0
                    for child in plan.children {
                        let known = stored.children[child]
                        let wanted = relation.isEmpty ? (known ?? "") : relation
                        guard known != wanted else { continue }
                        try link(stored.id, child, relation: wanted, from: known, stamp, db)
                        parents[index].children[child] = wanted
                        linked += 1
                    }
                    report.count(added: false, changed: history.count + linked > 0)
                } else {
                    let id = try PeopleSetupWrites.insertParent(name: name, phone: kept(nil, line.phone), email: kept(nil, line.email), db)
                    var history = FieldChanges(entity: "parent", key: "parent=\(id)", stamp: stamp)
                    try history.created(name.full, db)
                    for child in plan.children { try link(id, child, relation: relation, from: nil, stamp, db) }
                    parents.append(StoredParent(
                        id: id, name: name, phone: line.phone, email: line.email,
                        children: Dictionary(plan.children.map { ($0, relation) }, uniquingKeysWith: { first, _ in first })
                    ))
                    report.added += 1
                }
            }
        }
    }

    private func link(_ parent: ParentID, _ child: PupilID, relation: String, from old: String?, _ stamp: ChangeStamp, _ db: StoreTransaction) throws {
        try PeopleSetupWrites.linkChild(parent: parent, pupil: child, relation: relation, db)
        try ChangeLog.record(stamp.change(
            entity: "parent_pupil", key: "parent=\(parent);pupil=\(child)", field: "relation", from: old, to: relation
        ), in: db)
    }
}
