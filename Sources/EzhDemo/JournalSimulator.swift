import EzhCore
import EzhStore
import Foundation

/// Fills the journal the way a school year leaves it: for every lesson that ended before the
/// limit, a topic and homework, attendance, and (from grade 2) assignments with marks; then the
/// finals of the periods that are over. Lessons in progress and later stay empty.
struct JournalSimulator {
    private(set) var assignments: [SchoolDataset.Assignment] = []
    private(set) var marks: [SchoolDataset.Mark] = []
    private(set) var attendance: [SchoolDataset.Attendance] = []
    private(set) var finals: [SchoolDataset.PeriodFinal] = []

    private let frame: SchoolFrame
    private let classes: [ClassName]
    private let roster: PupilRoster
    private let plan: StaffPlan
    private let accountOfStaff: [AccountID?]
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
        frame: SchoolFrame, classes: [ClassName], roster: PupilRoster, plan: StaffPlan,
        accountOfStaff: [AccountID?], limit: Date, extraMarksPerLesson: Int = 0, seed: UInt64
    ) {
        self.extraMarksPerLesson = extraMarksPerLesson
        self.frame = frame
        self.classes = classes
        self.roster = roster
        self.plan = plan
        self.accountOfStaff = accountOfStaff
        self.limit = limit
        illness = IllnessSpells(traits: roster.traits, dayCount: frame.calendar.schoolDays.count, seed: seed)
        random = SeededRandom(seed: seed, stream: "journal")
        marksInPeriod = plan.teachings.map { roster.stays[Int($0.classID.rawValue) - 1].map { _ in 0 } }
        periodOfTally = Array(repeating: nil, count: plan.teachings.count)
    }

    /// Fills `lessons` in place (topic, homework, when attendance was taken) and collects the
    /// journal rows.
    mutating func run(lessons: inout [SchoolDataset.Lesson], materialized: LessonMaterializer) {
        let limitDay = SchoolTimeZone(identifier: SchoolFrame.timeZoneIdentifier)!.localDate(of: limit)
        // The class teachers have corrected every absence before this week's Monday.
        let correctedBefore = limitDay.adding(days: 1 - limitDay.weekday)
        for index in lessons.indices {
            let lesson = lessons[index]
            guard frame.clock.instant(lesson.date, lesson.endsAt) < limit else { continue }
            let context = LessonContext(
                lesson: lesson, dayIndex: materialized.lessonDays[index],
                progress: Double(materialized.ordinals[index])
                    / Double(materialized.lessonsPerTeaching[Int(lesson.teaching) - 1]),
                corrected: lesson.date < correctedBefore
            )
            lessons[index] = simulate(context)
        }
        addFinals(limitDay: limitDay)
    }

    private struct LessonContext {
        let lesson: SchoolDataset.Lesson
        let dayIndex: Int
        /// 0 at the teaching's first lesson of the year, nearly 1 at its last.
        let progress: Double
        /// Whether the class teacher has already turned this lesson's Н into reasons.
        let corrected: Bool
    }

    private mutating func simulate(_ context: LessonContext) -> SchoolDataset.Lesson {
        var lesson = context.lesson
        let classIndex = Int(lesson.classID.rawValue) - 1
        let grade = classes[classIndex].grade
        let subjectIndex = Int(lesson.subject.rawValue) - 1
        let spec = SubjectCatalog.subjects[subjectIndex]
        let topics = LessonTopics.topics(subject: spec.name, grade: grade)
        let topic = topics[min(topics.count - 1, Int(context.progress * Double(topics.count)))]
        // About one lesson in eight is a test for the whole class (none in grade 1).
        let test = grade >= 2 && random.chance(1.0 / 8) ? random.pick(WorkTypeCatalog.tests(for: spec.kind)) : nil
        lesson.topic = test.map { "\($0) по теме «\(topic)»" } ?? topic
        lesson.homework = LessonHomework.text(kind: spec.kind, grade: grade, progress: context.progress, random: &random)

        let group = lesson.subgroup.map { roster.subgroupIDs[classIndex].firstIndex(of: $0)! }
        // The register is taken in the first minutes of the lesson; absences are marked from then on.
        let taken = frame.clock.instant(lesson.date, lesson.startsAt).addingTimeInterval(TimeInterval(random.int(in: 60...300)))
        lesson.attendanceTakenAt = taken
        let present = takeAttendance(context, classIndex: classIndex, group: group, takenAt: taken)
        if grade >= 2 {
            giveMarks(context, classIndex: classIndex, subjectIndex: subjectIndex, present: present, test: test, topic: lesson.topic)
        }
        return lesson
    }

    /// Records absences and lateness; returns the roster positions of the pupils who attended
    /// (late ones included) and of those absent.
    private mutating func takeAttendance(
        _ context: LessonContext, classIndex: Int, group: Int?, takenAt: Date
    ) -> (attended: [Int], absent: [Int]) {
        let lesson = context.lesson
        let account = teacherAccount(lesson.scheduledTeacher)
        var attended: [Int] = []
        var absent: [Int] = []
        for (position, stay) in roster.stays[classIndex].enumerated()
        where stay.covers(lesson.date) && (group == nil || stay.group == group) {
            let proneness = roster.traits[stay.pupilIndex].absenceProneness
            let code: AttendanceCode?
            if illness.isIll(pupil: stay.pupilIndex, day: context.dayIndex) {
                code = context.corrected ? .ill : .absent
            } else if random.chance(0.012 * proneness) {
                let reason = random.unit()
                code = !context.corrected ? .absent : reason < 0.55 ? .excused : reason < 0.85 ? .unexcused : .absent
            } else if random.chance(0.006 * proneness) {
                code = .late
            } else {
                code = nil
            }
            if let code {
                attendance.append(SchoolDataset.Attendance(
                    lesson: lesson.id, pupil: roster.pupils[stay.pupilIndex].id, code: code, note: "",
                    changedAt: takenAt.addingTimeInterval(TimeInterval(random.int(in: 0...900))), changedBy: account
                ))
            }
            if code?.isAbsence == true { absent.append(position) } else { attended.append(position) }
        }
        return (attended, absent)
    }

    private mutating func giveMarks(
        _ context: LessonContext, classIndex: Int, subjectIndex: Int, present: (attended: [Int], absent: [Int]),
        test: String?, topic: String
    ) {
        let lesson = context.lesson
        let teaching = Int(lesson.teaching) - 1
        let period = frame.periods(of: SchoolFrame.scheme(grade: classes[classIndex].grade))
            .first { $0.span.contains(lesson.date) }!.id
        if periodOfTally[teaching] != period {
            periodOfTally[teaching] = period
            marksInPeriod[teaching] = marksInPeriod[teaching].map { _ in 0 }
        }

        if let test {
            let assignment = addAssignment(lesson.id, type: test, topic: topic)
            for position in present.attended where random.chance(0.95) {
                addMark(context, assignment: assignment, position: position, classIndex: classIndex,
                        subjectIndex: subjectIndex, period: period, isTest: true, value: nil)
            }
            // A pupil who missed the test owes it: a dot until it is written.
            for position in present.absent where random.chance(0.4) {
                addMark(context, assignment: assignment, position: position, classIndex: classIndex,
                        subjectIndex: subjectIndex, period: period, isTest: true, value: .dot)
            }
            return
        }

        let ordinary = random.chance(0.6) ? WorkTypeCatalog.classWork : WorkTypeCatalog.answer
        // Subjects with one or two hours a week mark more pupils per lesson, so everyone has
        // enough marks for a period final.
        let weeklyHours = SubjectCatalog.subjects[subjectIndex].hours(grade: classes[classIndex].grade)
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
                addMark(context, assignment: assignment, position: entry.position, classIndex: classIndex,
                        subjectIndex: subjectIndex, period: period, isTest: false,
                        value: random.chance(0.015) ? .dot : nil)
            }
        }
    }

    private mutating func addAssignment(_ lesson: LessonID, type: String, topic: String) -> SchoolDataset.Assignment {
        let position = (assignments.last?.lesson == lesson ? assignments.last!.position : 0) + 1
        let assignment = SchoolDataset.Assignment(
            id: AssignmentID(Int64(assignments.count + 1)), lesson: lesson, workType: frame.workTypeID(type),
            topic: topic, position: position
        )
        assignments.append(assignment)
        return assignment
    }

    /// Adds one mark: `value` when given (a dot), otherwise one drawn from the pupil's ability.
    private mutating func addMark(
        _ context: LessonContext, assignment: SchoolDataset.Assignment, position: Int, classIndex: Int,
        subjectIndex: Int, period: PeriodID, isTest: Bool, value: MarkValue?
    ) {
        let lesson = context.lesson
        let pupil = roster.stays[classIndex][position].pupilIndex
        let mark = value ?? MarkModel.value(ability: roster.traits[pupil].ability, isTest: isTest, random: &random)
        marks.append(SchoolDataset.Mark(
            assignment: assignment.id, pupil: roster.pupils[pupil].id, value: mark,
            changedAt: MarkModel.entryInstant(
                lessonDay: lesson.date, lessonEnd: lesson.endsAt, clock: frame.clock, limit: limit, random: &random
            ),
            changedBy: teacherAccount(lesson.scheduledTeacher)
        ))
        marksInPeriod[Int(lesson.teaching) - 1][position] += 1
        guard let grade = mark.numericValue else { return }
        let weight = frame.weight(of: assignment.workType)
        tallies[TallyKey(pupil: pupil, subject: subjectIndex, period: period), default: MarkTally()].add(grade, weight)
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
        var teachingOf: [Page: SchoolDataset.Teaching] = [:]
        for teaching in plan.teachings {
            teachingOf[Page(classID: teaching.classID, subject: teaching.subject, subgroup: teaching.subgroup)] = teaching
        }
        for (classIndex, name) in classes.enumerated() where name.grade >= 2 {
            let classID = ClassID(Int64(classIndex + 1))
            for period in frame.periods(of: SchoolFrame.scheme(grade: name.grade)) where period.span.last < limitDay {
                let lastSchoolDay = frame.calendar.schoolDays.last { $0 <= period.span.last }!
                for stay in roster.stays[classIndex] where stay.covers(period.span.last) {
                    for (subjectIndex, spec) in SubjectCatalog.subjects.enumerated() where spec.hours(grade: name.grade) > 0 {
                        let subgroup = spec.splitIntoGroups ? roster.subgroupIDs[classIndex][stay.group] : nil
                        let page = Page(classID: classID, subject: SubjectID(Int64(subjectIndex + 1)), subgroup: subgroup)
                        let teaching = teachingOf[page]!
                        let tally = tallies[TallyKey(pupil: stay.pupilIndex, subject: subjectIndex, period: period.id)] ?? MarkTally()
                        finals.append(SchoolDataset.PeriodFinal(
                            id: Int64(finals.count + 1), pupil: roster.pupils[stay.pupilIndex].id, classID: classID,
                            subject: teaching.subject, kind: .period, period: period.id,
                            value: tally.count >= 3 ? MarkModel.finalValue(weightedAverage: tally.weightedSum / tally.weights) : "н/а",
                            changedAt: frame.clock.instant(lastSchoolDay, secondOfDay: random.int(in: (15 * 3600)...(19 * 3600))),
                            changedBy: teacherAccount(teaching.teacher)
                        ))
                    }
                }
            }
        }
    }

    private func teacherAccount(_ staff: StaffID) -> AccountID {
        accountOfStaff[Int(staff.rawValue) - 1]!
    }
}
