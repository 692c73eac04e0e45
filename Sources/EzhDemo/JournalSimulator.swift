import EzhCore
import EzhStore
import Foundation

/// One of the journal's lessons in the generator's terms: its teaching, class, subject and
/// subgroup as indices into the generator's lists, with the journal's own id.
struct SimulatedLesson {
    let id: LessonID
    /// Index into the plan's teachings.
    let teaching: Int
    let classIndex: Int
    let subjectIndex: Int
    /// The subgroup's index (0 or 1) in a split subject.
    let group: Int?
    let date: LocalDate
    let startsAt: TimeOfDay
    let endsAt: TimeOfDay
    /// Index of the date in the calendar's school days.
    let dayIndex: Int
    /// 0 at the teaching's first lesson of the year, nearly 1 at its last.
    let progress: Double
}

/// Fills the journal the way a school year leaves it: for every lesson that ended before the
/// limit, a topic and homework, attendance, and (from grade 2) assignments with marks; then the
/// finals of the periods that are over, and their closing. Lessons in progress and later stay
/// empty. Everything it records names the journal's rows (`ids`).
struct JournalSimulator {
    private(set) var history = JournalHistory()

    private let frame: SchoolFrame
    private let classes: [ClassName]
    private let roster: PupilRoster
    private let plan: StaffPlan
    private let ids: DemoIDs
    private let weights: [WorkTypeID: Double]
    private let limit: Date
    private let illness: IllnessSpells
    private var random: SeededRandom

    /// Marks so far per pupil, subject and period: what the period final is worked out from.
    private struct MarkTally {
        var weightedSum = 0.0
        var weights = 0.0
        var count = 0

        mutating func add(_ grade: Int, _ weight: Double) {
            weightedSum += Double(grade) * weight
            weights += weight
            count += 1
        }
    }

    private struct TallyKey: Hashable {
        let pupil: Int
        let subject: Int
        let period: PeriodID
    }

    private var tallies: [TallyKey: MarkTally] = [:]
    /// Per teaching: marks per pupil (by position in the class roster) in the current period,
    /// so teachers spread their questions over the class.
    private var marksInPeriod: [[Int]]
    private var periodOfTally: [PeriodID?]
    private let extraMarksPerLesson: Int

    init(
        frame: SchoolFrame, classes: [ClassName], roster: PupilRoster, plan: StaffPlan, ids: DemoIDs, limit: Date,
        extraMarksPerLesson: Int = 0, seed: UInt64
    ) {
        self.extraMarksPerLesson = extraMarksPerLesson
        self.frame = frame
        self.classes = classes
        self.roster = roster
        self.plan = plan
        self.ids = ids
        weights = Dictionary(StandardWorkTypes.entries.map { (ids.workType($0.name).id, ids.workType($0.name).weight) },
                             uniquingKeysWith: { first, _ in first })
        self.limit = limit
        illness = IllnessSpells(traits: roster.traits, dayCount: frame.calendar.schoolDays.count, seed: seed)
        random = SeededRandom(seed: seed, stream: "journal")
        marksInPeriod = plan.teachings.map { roster.stays[Int($0.classID.rawValue) - 1].map { _ in 0 } }
        periodOfTally = Array(repeating: nil, count: plan.teachings.count)
    }

    /// Records what the lessons that ended before the limit left (in date order), then the finals
    /// and closings of the periods over by then.
    mutating func run(lessons: [SimulatedLesson]) {
        let limitDay = SchoolTimeZone(identifier: SchoolFrame.timeZoneIdentifier)!.localDate(of: limit)
        // The class teachers have corrected every absence before this week's Monday.
        let correctedBefore = limitDay.adding(days: 1 - limitDay.weekday)
        for lesson in lessons where frame.clock.instant(lesson.date, lesson.endsAt) < limit {
            simulate(lesson, corrected: lesson.date < correctedBefore)
        }
        addFinals(limitDay: limitDay)
        for period in frame.periods {
            guard let closedAt = period.closedAt else { continue }
            history.closedPeriods.append(JournalHistory.ClosedPeriod(
                period: ids.periods[Int(period.id.rawValue) - 1], at: closedAt, by: ids.administrator
            ))
        }
    }

    private mutating func simulate(_ lesson: SimulatedLesson, corrected: Bool) {
        let grade = classes[lesson.classIndex].grade
        let spec = SubjectCatalog.subjects[lesson.subjectIndex]
        let topics = LessonTopics.topics(subject: spec.name, grade: grade)
        let topic = topics[min(topics.count - 1, Int(lesson.progress * Double(topics.count)))]
        // About one lesson in eight is a test for the whole class (none in grade 1).
        let test = grade >= 2 && random.chance(1.0 / 8) ? random.pick(WorkTypeCatalog.tests(for: spec.kind)) : nil
        let fullTopic = test.map { "\($0) по теме «\(topic)»" } ?? topic
        let homework = LessonHomework.text(kind: spec.kind, grade: grade, progress: lesson.progress, random: &random)

        // The register is taken in the first minutes of the lesson; absences are marked from then on.
        let taken = frame.clock.instant(lesson.date, lesson.startsAt).addingTimeInterval(TimeInterval(random.int(in: 60...300)))
        history.lessons.append(JournalHistory.HeldLesson(id: lesson.id, topic: fullTopic, homework: homework, attendanceTakenAt: taken))
        let present = takeAttendance(lesson, corrected: corrected, takenAt: taken)
        if grade >= 2 {
            giveMarks(lesson, present: present, test: test, topic: fullTopic)
        }
    }

    /// Records absences and lateness; returns the roster positions of the pupils who attended
    /// (late ones included) and of those absent.
    private mutating func takeAttendance(
        _ lesson: SimulatedLesson, corrected: Bool, takenAt: Date
    ) -> (attended: [Int], absent: [Int]) {
        let account = teacherAccount(lesson.teaching)
        var attended: [Int] = []
        var absent: [Int] = []
        for (position, stay) in roster.stays[lesson.classIndex].enumerated()
        where stay.covers(lesson.date) && (lesson.group == nil || stay.group == lesson.group) {
            let proneness = roster.traits[stay.pupilIndex].absenceProneness
            let code: AttendanceCode?
            if illness.isIll(pupil: stay.pupilIndex, day: lesson.dayIndex) {
                code = corrected ? .ill : .absent
            } else if random.chance(0.012 * proneness) {
                let reason = random.unit()
                code = !corrected ? .absent : reason < 0.55 ? .excused : reason < 0.85 ? .unexcused : .absent
            } else if random.chance(0.006 * proneness) {
                code = .late
            } else {
                code = nil
            }
            if let code {
                history.attendance.append(JournalHistory.Attendance(
                    lesson: lesson.id, pupil: ids.pupils[stay.pupilIndex]!, code: code,
                    changedAt: takenAt.addingTimeInterval(TimeInterval(random.int(in: 0...900))), changedBy: account
                ))
            }
            if code?.isAbsence == true { absent.append(position) } else { attended.append(position) }
        }
        return (attended, absent)
    }

    private mutating func giveMarks(_ lesson: SimulatedLesson, present: (attended: [Int], absent: [Int]), test: String?, topic: String) {
        let teaching = lesson.teaching
        let period = frame.periods(of: SchoolFrame.scheme(grade: classes[lesson.classIndex].grade))
            .first { $0.span.contains(lesson.date) }!.id
        if periodOfTally[teaching] != period {
            periodOfTally[teaching] = period
            marksInPeriod[teaching] = marksInPeriod[teaching].map { _ in 0 }
        }

        if let test {
            let assignment = addAssignment(lesson.id, type: test, topic: topic)
            for position in present.attended where random.chance(0.95) {
                addMark(lesson, assignment: assignment, position: position, period: period, isTest: true, value: nil)
            }
            // A pupil who missed the test owes it: a dot until it is written.
            for position in present.absent where random.chance(0.4) {
                addMark(lesson, assignment: assignment, position: position, period: period, isTest: true, value: .dot)
            }
            return
        }

        let ordinary = random.chance(0.6) ? WorkTypeCatalog.classWork : WorkTypeCatalog.answer
        // Subjects with one or two hours a week mark more pupils per lesson, so everyone has
        // enough marks for a period final.
        let weeklyHours = SubjectCatalog.subjects[lesson.subjectIndex].hours(grade: classes[lesson.classIndex].grade)
        let extra = weeklyHours == 1 ? 6 : weeklyHours == 2 ? 3 : 0
        var rounds = [(ordinary, random.int(in: 3...8) + extra + extraMarksPerLesson)]
        // A benchmark school checks homework in half its lessons, and marks most of the class.
        if random.chance(extraMarksPerLesson > 0 ? 0.5 : 0.15) {
            rounds.append((WorkTypeCatalog.homework, random.int(in: 2...5) + extraMarksPerLesson / 2))
        }
        for (type, wanted) in rounds {
            let assignment = addAssignment(lesson.id, type: type, topic: "")
            // Those with the fewest marks this period are asked first, give or take.
            let ranked = present.attended
                .map { (position: $0, rank: marksInPeriod[teaching][$0] * 4 + random.int(in: 0...8)) }
                .sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }
            for entry in ranked.prefix(wanted) {
                addMark(lesson, assignment: assignment, position: entry.position, period: period, isTest: false,
                        value: random.chance(0.015) ? .dot : nil)
            }
        }
    }

    /// A new assignment; ids follow on from 1, as the journal has none before its history.
    private mutating func addAssignment(_ lesson: LessonID, type: String, topic: String) -> JournalHistory.Assignment {
        let last = history.assignments.last
        let assignment = JournalHistory.Assignment(
            id: AssignmentID(Int64(history.assignments.count + 1)), lesson: lesson, workType: ids.workType(type).id,
            topic: topic, position: (last?.lesson == lesson ? last!.position : 0) + 1
        )
        history.assignments.append(assignment)
        return assignment
    }

    /// Adds one mark: `value` when given (a dot), otherwise one drawn from the pupil's ability.
    private mutating func addMark(
        _ lesson: SimulatedLesson, assignment: JournalHistory.Assignment, position: Int, period: PeriodID, isTest: Bool,
        value: MarkValue?
    ) {
        let pupil = roster.stays[lesson.classIndex][position].pupilIndex
        let mark = value ?? MarkModel.value(ability: roster.traits[pupil].ability, isTest: isTest, random: &random)
        history.marks.append(JournalHistory.Mark(
            assignment: assignment.id, lesson: lesson.id, pupil: ids.pupils[pupil]!, value: mark,
            changedAt: MarkModel.entryInstant(
                lessonDay: lesson.date, lessonEnd: lesson.endsAt, clock: frame.clock, limit: limit, random: &random
            ),
            changedBy: teacherAccount(lesson.teaching)
        ))
        marksInPeriod[lesson.teaching][position] += 1
        guard let grade = mark.numericValue else { return }
        tallies[TallyKey(pupil: pupil, subject: lesson.subjectIndex, period: period), default: MarkTally()].add(grade, weights[assignment.workType]!)
    }

    /// Finals of every period over by `limitDay`, for each pupil in the class on its last day:
    /// from the weighted average, or «н/а» with fewer than three marks. The teacher enters them
    /// on the period's last school day, after lessons.
    private mutating func addFinals(limitDay: LocalDate) {
        struct Page: Hashable {
            let classID: ClassID
            let subject: SubjectID
            let subgroup: SubgroupID?
        }
        var teachingOf: [Page: Int] = [:]
        for (index, teaching) in plan.teachings.enumerated() {
            teachingOf[Page(classID: teaching.classID, subject: teaching.subject, subgroup: teaching.subgroup)] = index
        }
        for (classIndex, name) in classes.enumerated() where name.grade >= 2 {
            for period in frame.periods(of: SchoolFrame.scheme(grade: name.grade)) where period.span.last < limitDay {
                let lastSchoolDay = frame.calendar.schoolDays.last { $0 <= period.span.last }!
                for stay in roster.stays[classIndex] where stay.covers(period.span.last) {
                    for (subjectIndex, spec) in SubjectCatalog.subjects.enumerated() where spec.hours(grade: name.grade) > 0 {
                        let subgroup = spec.splitIntoGroups ? roster.subgroupIDs[classIndex][stay.group] : nil
                        let page = Page(classID: ClassID(Int64(classIndex + 1)), subject: SubjectID(Int64(subjectIndex + 1)), subgroup: subgroup)
                        let tally = tallies[TallyKey(pupil: stay.pupilIndex, subject: subjectIndex, period: period.id)] ?? MarkTally()
                        history.finals.append(JournalHistory.PeriodFinal(
                            pupil: ids.pupils[stay.pupilIndex]!, classID: ids.classes[classIndex], subject: ids.subjects[subjectIndex],
                            period: ids.periods[Int(period.id.rawValue) - 1],
                            value: tally.count >= 3 ? MarkModel.finalValue(weightedAverage: tally.weightedSum / tally.weights) : "н/а",
                            changedAt: frame.clock.instant(lastSchoolDay, secondOfDay: random.int(in: (15 * 3600)...(19 * 3600))),
                            changedBy: teacherAccount(teachingOf[page]!)
                        ))
                    }
                }
            }
        }
    }

    /// The account of the teacher of a teaching (by index into the plan's).
    private func teacherAccount(_ teaching: Int) -> AccountID {
        ids.staffAccounts[Int(plan.teachings[teaching].teacher.rawValue) - 1]
    }
}
