import EzhCore
internal import EzhStore
import Foundation

/// A pupil's subgroups in a pupils import: checked against the class's subgroups (a move between
/// groups is a transfer at a period's end, not an import) and joined for the periods to come.
extension JournalService {
    /// The subgroups a line names, each with its subgroup if the class has it; problems for an
    /// unknown subject and for a pupil already in another group of the subject.
    func checkSubgroups(
        _ line: PupilLine, classID: ClassID, pupil: PupilID?, _ context: inout PupilImportContext, _ report: inout ImportReport
    ) -> [(subject: SubjectID, subgroup: SubgroupID?, name: String)] {
        var result: [(subject: SubjectID, subgroup: SubgroupID?, name: String)] = []
        for choice in line.subgroups {
            guard let subject = context.subjects.first(where: { StaffDirectory.key($0.name) == StaffDirectory.key(choice.subject) }) else {
                report.problem(line.place, PeopleColumn.subgroups, "предмета «\(choice.subject)» нет в школе; проверьте название или импортируйте учебный план",
                               "the school has no subject “\(choice.subject)”; check the name or import the curriculum")
                continue
            }
            let groups = context.subgroups.filter { $0.classID == classID && $0.subjectID == subject.id }
            let group = groups.first { StaffDirectory.key($0.name) == StaffDirectory.key(choice.group) }
            if let pupil, let current = groups.first(where: { context.members[pupil]?.contains($0.id) == true }), current.id != group?.id {
                report.problem(line.place, PeopleColumn.subgroups, "ученик в группе «\(current.name)» по предмету «\(subject.name)»; перевод между группами — в конце периода (перевод в группу)",
                               "the pupil is in group “\(current.name)” for “\(subject.name)”; moving between groups happens at a period's end (group transfer)")
                continue
            }
            result.append((subject.id, group?.id, group?.name ?? choice.group.trimmingCharacters(in: .whitespaces)))
        }
        return result
    }

    /// Puts the pupil in the subgroup for every period of the class's scheme from the import's day
    /// on; returns whether anything was added.
    func joinSubgroup(
        _ pupil: PupilID, _ choice: (subject: SubjectID, subgroup: SubgroupID?, name: String), classID: ClassID,
        _ context: inout PupilImportContext, _ stamp: ChangeStamp, _ scope: ChangeScope, _ db: StoreTransaction
    ) throws -> Bool {
        let subgroup: SubgroupID
        if let known = choice.subgroup ?? context.subgroups.first(where: {
            $0.classID == classID && $0.subjectID == choice.subject && StaffDirectory.key($0.name) == StaffDirectory.key(choice.name)
        })?.id {
            subgroup = known
        } else {
            subgroup = try PeopleSetupWrites.insertSubgroup(classID: classID, subject: choice.subject, name: choice.name, db)
            context.subgroups.append(StoredSubgroup(id: subgroup, classID: classID, subjectID: choice.subject, name: choice.name))
            try ChangeLog.record(stamp.change(
                entity: "subgroup", key: "subgroup=\(subgroup)", field: "created", from: nil, to: choice.name,
                scope: ChangeScope(classID: classID, subjectID: choice.subject, lessonDate: nil)
            ), in: db)
        }
        guard context.members[pupil]?.contains(subgroup) != true else { return false }
        let scheme = context.classes.first { $0.id == classID }?.scheme ?? .quarters
        let periods = try context.periods(scheme, db).filter { $0.span.last >= context.day }
        for period in periods {
            try PeopleSetupWrites.addSubgroupMember(subgroup, pupil: pupil, period: period.id, db)
        }
        context.members[pupil, default: []].insert(subgroup)
        try ChangeLog.record(stamp.change(
            entity: "subgroup_membership", key: "subgroup=\(subgroup);pupil=\(pupil)", field: "member", from: nil, to: choice.name,
            scope: ChangeScope(classID: classID, subjectID: choice.subject, lessonDate: nil)
        ), in: db)
        return true
    }
}

/// What a pupils import matches its lines against, read once.
struct PupilImportContext {
    let year: SetupYear
    let day: LocalDate
    let viewer: Viewer
    let classes: [StoredClass]
    let pupils: [StoredPupil]
    let everInYear: Set<PupilID>
    let subjects: [(id: SubjectID, name: String)]
    var subgroups: [StoredSubgroup]
    var members: [PupilID: Set<SubgroupID>]
    let byPersonalFile: [String: StoredPupil]
    private var periodsByScheme: [PeriodScheme: [(id: PeriodID, span: DateSpan)]] = [:]

    init(
        year: SetupYear, day: LocalDate, viewer: Viewer, classes: [StoredClass], pupils: [StoredPupil], everInYear: Set<PupilID>,
        subjects: [(id: SubjectID, name: String)], subgroups: [StoredSubgroup], members: [PupilID: Set<SubgroupID>]
    ) {
        self.year = year
        self.day = day
        self.viewer = viewer
        self.classes = classes
        self.pupils = pupils
        self.everInYear = everInYear
        self.subjects = subjects
        self.subgroups = subgroups
        self.members = members
        byPersonalFile = Dictionary(
            pupils.compactMap { pupil in pupil.personalFile.map { ($0, pupil) } }, uniquingKeysWith: { first, _ in first }
        )
    }

    mutating func periods(_ scheme: PeriodScheme, _ db: StoreTransaction) throws -> [(id: PeriodID, span: DateSpan)] {
        if let known = periodsByScheme[scheme] { return known }
        let periods = try PeopleSetupQueries.periods(in: year.id, scheme: scheme, db)
        periodsByScheme[scheme] = periods
        return periods
    }
}
