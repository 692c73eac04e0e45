import EzhCore
internal import EzhStore

/// The deputy places pupils in the subgroups of a split subject: a pupil in no group yet joins
/// one from the current period (or the next, between periods) on. Moving a pupil from one group
/// to another is rule 7's transfer, at a period's end, by the administrator.
extension JournalService {
    public func subgroupRoster(_ session: Session, classID: ClassID, subjectID: SubjectID) throws -> SubgroupRoster {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            let period = try rosterPeriod(classID: classID, db)
            let groups = try SchoolYearQueries.subgroups(classID: classID, subjectID: subjectID, db).map(\.name)
            let placed = try SchoolYearQueries.subgroupOf(classID: classID, subjectID: subjectID, period: period.id, db)
            let members = try SchoolYearQueries.pupils(ofClass: classID, on: max(today(), period.span.first), db).map {
                SubgroupRoster.Member(pupil: $0.id, name: $0.name, group: placed[$0.id])
            }
            return SubgroupRoster(period: period, groups: groups, members: members)
        }
    }

    /// Puts a pupil who is in no group of the subject into `group`, from the roster's period on.
    public func placeInSubgroup(_ session: Session, classID: ClassID, subjectID: SubjectID, pupil: PupilID, group: String) throws {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            let period = try rosterPeriod(classID: classID, db)
            guard let target = try SchoolYearQueries.subgroups(classID: classID, subjectID: subjectID, db).first(where: { $0.name == group }) else {
                throw TimetableRefusals.noSubgroup(group)
            }
            if let current = try SchoolYearQueries.subgroupOf(classID: classID, subjectID: subjectID, period: period.id, db)[pupil] {
                guard current != group else { return }
                throw JournalError.invalidInput(field: BilingualText(JournalRule.subgroupTransfer.label(in:)), problem: BilingualText(
                    "ученик уже в группе «\(current)»; перевод в другую группу — только по окончании периода, его делает администратор.",
                    "the pupil is in “\(current)” already; a move to another group is made at a period's end, by the administrator."))
            }
            let periods = try SchoolQueries.periods(ofClass: classID, db).filter { !$0.isClosed && $0.span.first >= period.span.first }
            for later in periods {
                try SchoolYearQueries.addMember(pupil, to: target.id, period: later.id, db)
            }
            try ChangeLog.record(stamp.change(
                entity: "subgroup_membership", key: "pupil=\(pupil);period=\(period.id)", field: "subgroup", from: nil, to: group,
                scope: ChangeScope(classID: classID, subjectID: subjectID, lessonDate: nil)
            ), in: db)
        }
    }

    /// The class's period holding today, else the next one, else its last.
    private func rosterPeriod(classID: ClassID, _ db: StoreTransaction) throws -> Period {
        let periods = try SchoolQueries.periods(ofClass: classID, db).sorted { $0.span.first < $1.span.first }
        let today = today()
        guard let period = periods.first(where: { $0.span.contains(today) }) ?? periods.first(where: { $0.span.first > today }) ?? periods.last
        else { throw JournalError.notFound(.period) }
        return period
    }
}
