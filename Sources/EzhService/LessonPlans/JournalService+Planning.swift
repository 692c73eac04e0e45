import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The lesson plan (КТП) of a page the session may open, row by row.
    public func lessonPlan(_ session: Session, page: JournalPage) throws -> [(topic: String, hours: Int)] {
        try read { db in
            try requireOpen(page, try viewer(for: session, db))
            guard let teaching = try LessonPlanQueries.teachingID(of: page, db) else { return [] }
            return try LessonPlanQueries.items(of: teaching, db)
        }
    }

    /// The teacher of a page stores its lesson plan (КТП) as topics and hours (no planned
    /// dates): `savePlan` with rows.
    @discardableResult
    public func setLessonPlan(
        _ session: Session, page: JournalPage, items: [(topic: String, hours: Int)], replacing seen: [(topic: String, hours: Int)]
    ) throws -> LessonPlanCheck.Verdict {
        try savePlan(session, page: page, rows: items.map { PlanRow(topic: $0.topic, hours: $0.hours) },
                     replacing: seen.map { PlanRow(topic: $0.topic, hours: $0.hours) })
    }

    /// «3 темы, 170 ч.»: what a plan holds, as a refusal tells it.
    static func planSize(topics: Int, hours: Int, in language: Language) -> String {
        guard language == .ru else { return "\(topics) topic\(topics == 1 ? "" : "s"), \(hours) h" }
        let (lastTwo, last) = (topics % 100, topics % 10)
        let word = (11...14).contains(lastTwo) ? "тем" : last == 1 ? "тема" : (2...4).contains(last) ? "темы" : "тем"
        return "\(topics) \(word), \(hours) ч."
    }

    /// Rule 8 for every page the session may open: planned hours against the curriculum.
    public func lessonPlanCheck(_ session: Session) throws -> [(page: JournalPage, verdict: LessonPlanCheck.Verdict)] {
        try read { try require(.checkLessonPlans, try viewer(for: session, $0)) }
        let pages = try home(session).pages
        return try read { db in
            try pages.compactMap { page in
                guard let teaching = try LessonPlanQueries.teachingID(of: page, db) else { return nil }
                let planned = try LessonPlanQueries.items(of: teaching, db).map(\.hours).reduce(0, +)
                let curriculum = try LessonPlanQueries.curriculumHours(of: page, db) ?? 0
                return (page, LessonPlanCheck.check(plannedHours: planned, curriculumHours: curriculum))
            }
        }
    }

    /// Rule 7: the administrator moves a pupil between subgroups only at a period's end: the
    /// move takes effect from `period` on, and is made between the last day of the period before
    /// (or its closing) and the first day of `period`, so every period keeps its records with the
    /// group that kept them.
    public func transferBetweenSubgroups(
        _ session: Session, pupil: PupilID, from: SubgroupID, to: SubgroupID, startingWith periodID: PeriodID
    ) throws {
        try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard SchoolAction.transferSubgroups.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(BilingualText(JournalRule.subgroupTransfer.title(in:)))
            }
            guard let source = try SubgroupQueries.subgroup(from, db), let target = try SubgroupQueries.subgroup(to, db),
                  source.classID == target.classID, source.subjectID == target.subjectID, from != to
            else {
                throw JournalError.invalidInput(field: BilingualText("Группы", "Groups"), problem: BilingualText(
                    "должны быть разными группами одного класса и предмета",
                    "must be two different groups of one class and subject"
                ))
            }
            let periods = try SchoolQueries.periods(ofClass: source.classID, db)
            guard let index = periods.firstIndex(where: { $0.id == periodID }) else { throw JournalError.notFound(.period) }
            let today = timeZone.localDate(of: stamp.at)
            let previousEnding = index == 0 || periods[index - 1].isClosed || periods[index - 1].span.last <= today
            guard previousEnding, today <= periods[index].span.first, !periods[index].isClosed else {
                let from = (index > 0 ? periods[index - 1].span.last : periods[index].span.first).russian
                let until = periods[index].span.first.russian
                throw JournalError.invalidInput(
                    field: BilingualText(JournalRule.subgroupTransfer.label(in:)),
                    problem: BilingualText(
                        "перевести можно только по окончании периода: в «\(periods[index].name(in: .ru))» — с \(from) по \(until)",
                        "a pupil moves only at a period's end: into “\(periods[index].name(in: .en))” from \(from) to \(until)"
                    )
                )
            }
            guard try SubgroupQueries.isMember(pupil, of: from, in: periodID, db) else {
                throw JournalError.invalidInput(field: BilingualText("Ученик", "Pupil"), problem: BilingualText(
                    "не состоит в группе «\(source.name)» в этом периоде", "is not in the group “\(source.name)” in this period"
                ))
            }
            let affected = periods[index...].filter { !$0.isClosed }.map(\.id)
            try SubgroupQueries.move(pupil, from: from, to: to, periods: affected, db)
            try ChangeLog.record(stamp.change(
                entity: "subgroup_membership", key: "pupil=\(pupil);period=\(periodID)", field: "subgroup",
                from: source.name, to: target.name
            ), in: db)
        }
    }
}
