import EzhCore
import EzhStore
import Foundation

/// The demo school as generated: the files a school would import (`files`), and what the
/// simulation of its year needs once they are in a journal (`history(in:)`).
public struct GeneratedDemoSchool {
    let generator: DemoSchoolGenerator
    let frame: SchoolFrame
    let classes: [ClassName]
    let roster: PupilRoster
    let plan: StaffPlan
    let timetable: WeeklyTimetable
    let accounts: DemoStaffAccounts

    /// Bells, calendar, staff, classes, pupils, parents, curriculum, timetable and КТП, in import order.
    public var files: [DemoSchoolFile] { DemoSchoolFiles.make(self) }

    /// The first day of the school year.
    var yearStart: LocalDate { frame.calendar.year.first }

    /// A pupil's personal-file number (номер личного дела): «К-0042».
    func personalFile(_ pupilIndex: Int) -> String {
        "К-" + String(repeating: "0", count: max(0, 4 - String(pupilIndex + 1).count)) + String(pupilIndex + 1)
    }

    /// The journal's ids of the demo pupil and parent (their accounts are the class teacher's to issue).
    func demoFamily(_ ids: DemoIDs) -> (pupil: PupilID, parent: ParentID)? {
        guard let pupil = ids.pupils[Int(roster.demoPupil.rawValue) - 1], let parent = ids.parents[Int(roster.demoParent.rawValue) - 1]
        else { return nil }
        return (pupil, parent)
    }

    /// The year so far, simulated over the school `setUp` reads back from the journal after its
    /// imports: the journal's lessons (not the generator's) are held, marked and attended; pupils
    /// arrive and leave as the roster has them.
    func history(in setUp: SetUpSchool, ids: DemoIDs) -> JournalHistory {
        var ids = ids
        let arriving = roster.memberships.filter { $0.arrivalOrder != nil }
        ids.assignArriving(arriving.map { Int($0.pupil.rawValue) - 1 }, after: setUp.pupils.map(\.id).max() ?? PupilID(0))
        var simulator = JournalSimulator(
            frame: frame, classes: classes, roster: roster, plan: plan, ids: ids, limit: generator.fillUntil,
            extraMarksPerLesson: generator.size.extraMarksPerLesson, seed: generator.seed
        )
        simulator.run(lessons: lessons(setUp, ids))
        var history = simulator.history
        history.arrivals = arriving.map { arrival(of: $0, ids) }
        history.departures = roster.memberships.compactMap { stay in
            guard let lastDay = stay.to else { return nil }
            return JournalHistory.Departure(
                pupil: ids.pupils[Int(stay.pupil.rawValue) - 1]!, classID: ids.classes[Int(stay.classID.rawValue) - 1],
                lastDay: lastDay, order: stay.departureOrder ?? "", departedTo: stay.departedTo ?? ""
            )
        }
        return history
    }

    /// The journal's lessons in the generator's terms, in date and lesson-number order.
    private func lessons(_ setUp: SetUpSchool, _ ids: DemoIDs) -> [SimulatedLesson] {
        let classIndex = Dictionary(uniqueKeysWithValues: ids.classes.enumerated().map { ($1, $0) })
        let subjectIndex = Dictionary(uniqueKeysWithValues: ids.subjects.enumerated().map { ($1, $0) })
        // A subgroup's index (0, 1) among its class's groups.
        var groupOf: [SubgroupID: Int] = [:]
        for (index, group) in roster.subgroups.enumerated() {
            groupOf[ids.subgroups[index]] = roster.subgroupIDs[Int(group.classID.rawValue) - 1].firstIndex(of: group.id)
        }
        var teachingOf: [[Int?]: Int] = [:]
        for (index, teaching) in plan.teachings.enumerated() {
            let group = teaching.subgroup.flatMap { roster.subgroupIDs[Int(teaching.classID.rawValue) - 1].firstIndex(of: $0) }
            teachingOf[[Int(teaching.classID.rawValue) - 1, Int(teaching.subject.rawValue) - 1, group]] = index
        }
        let dayIndex = Dictionary(uniqueKeysWithValues: frame.calendar.schoolDays.enumerated().map { ($1, $0) })
        var placed: [(lesson: SetUpLesson, teaching: Int, classIndex: Int, subjectIndex: Int, group: Int?)] = []
        var perTeaching = Array(repeating: 0, count: plan.teachings.count)
        for lesson in setUp.lessons {
            guard let classIndex = classIndex[lesson.classID], let subjectIndex = subjectIndex[lesson.subjectID] else { continue }
            let group = lesson.subgroupID.flatMap { groupOf[$0] }
            guard let teaching = teachingOf[[classIndex, subjectIndex, group]] else { continue }
            placed.append((lesson, teaching, classIndex, subjectIndex, group))
            perTeaching[teaching] += 1
        }
        var seen = Array(repeating: 0, count: plan.teachings.count)
        return placed.map { entry in
            defer { seen[entry.teaching] += 1 }
            return SimulatedLesson(
                id: entry.lesson.id, teaching: entry.teaching, classIndex: entry.classIndex, subjectIndex: entry.subjectIndex,
                group: entry.group, date: entry.lesson.date, startsAt: entry.lesson.startsAt, endsAt: entry.lesson.endsAt,
                dayIndex: dayIndex[entry.lesson.date] ?? 0,
                progress: Double(seen[entry.teaching]) / Double(perTeaching[entry.teaching])
            )
        }
    }

    /// A pupil's arrival as the roster has it: the pupil, the class, the order, the subgroups
    /// from then on, and the parents (one a brother's or sister's may already have).
    private func arrival(of stay: DemoRows.ClassMembership, _ ids: DemoIDs) -> JournalHistory.Arrival {
        let index = Int(stay.pupil.rawValue) - 1
        let pupil = roster.pupils[index]
        let parents = roster.parentLinks.filter { $0.pupil == stay.pupil }.map { link -> JournalHistory.ArrivingParent in
            let parentIndex = Int(link.parent.rawValue) - 1
            if let known = ids.parents[parentIndex] { return .known(known, relation: link.relation) }
            let parent = roster.parents[parentIndex]
            return .new(parent.name, phone: parent.phone, relation: link.relation)
        }
        let subgroups = roster.subgroupMemberships.filter { $0.pupil == stay.pupil }.map {
            JournalHistory.SubgroupPeriod(subgroup: ids.subgroups[Int($0.subgroup.rawValue) - 1], period: ids.periods[Int($0.period.rawValue) - 1])
        }
        return JournalHistory.Arrival(
            pupil: ids.pupils[index]!, name: pupil.name, sex: pupil.gender.rawValue, birthDate: pupil.birthDate ?? yearStart,
            personalFile: personalFile(index), classID: ids.classes[Int(stay.classID.rawValue) - 1], from: stay.from,
            order: stay.arrivalOrder ?? "", arrivedFrom: stay.arrivedFrom ?? "", subgroups: subgroups, parents: parents
        )
    }
}
