import EzhCore
import EzhService
import EzhStore
import Foundation

/// A deterministic, realistic demo school: «МБОУ «Каменская СОШ»» in the academic year holding
/// `now`, with staff, pupils and parents, a timetable, every lesson of the year, and the journal
/// filled the way a school year leaves it by `now`. The same seed, size and dates always give
/// the same data (all randomness is one seeded generator, and no dictionary order leaks out).
public struct DemoSchoolGenerator: Sendable {
    public let seed: UInt64
    public let size: DemoSize
    public let now: Date
    /// Lessons that end before this instant are filled in (topic, homework, attendance, marks),
    /// and periods over by then get finals; the default is `now`. A benchmark may pass the end of
    /// the year for a full year of marks: the journal then holds entries later than `now`, which
    /// a live journal never does.
    public let fillUntil: Date

    /// Every demo account signs in with this password.
    public static let demoPassword = "demo"

    /// The named demo accounts, as a demo login screen lists them. Every other teacher has an
    /// account too (transliterated last name and initials, e.g. "ivanova.mp"), same password.
    public static let demoAccounts: [(login: String, description: String)] = [
        ("admin", "администратор"),
        ("director", "директор"),
        ("deputy", "завуч"),
        ("teacher", "учитель математики 5А, 5Б; классный руководитель 5А"),
        ("parent", "родитель ученика 5А"),
        ("pupil", "ученик 5А"),
    ]

    /// Where the service finds the demo accounts for the login screen: "login<TAB>description" lines.
    private static let demoAccountsSetting = SchoolDataset.Setting(
        key: SettingQueries.demoAccountsKey,
        value: demoAccounts.map { "\($0.login)\t\($0.description)" }.joined(separator: "\n")
    )

    /// Argon2id takes about 70 ms a hash, so the demo hashes its password once per process and
    /// gives every account the same hash string (one salt for all). Acceptable for a demo
    /// database only: a real school's accounts each get their own salt from the service.
    private static let demoPasswordHash = PasswordHasher.hash(demoPassword)

    public init(seed: UInt64 = 2026, size: DemoSize = .standard, now: Date, fillUntil: Date? = nil) {
        self.seed = seed
        self.size = size
        self.now = now
        self.fillUntil = fillUntil ?? now
    }

    public func generate() -> SchoolDataset {
        let zone = SchoolTimeZone(identifier: SchoolFrame.timeZoneIdentifier)!
        let calendar = DemoCalendar(startYear: DemoCalendar.startYear(containing: zone.localDate(of: now)))
        let frame = SchoolFrame(calendar: calendar, createdAt: now, journalFilledUntil: fillUntil)
        let classes = DemoSchoolGenerator.classNames(size)

        let roster = PupilRoster(
            classes: classes, size: size, frame: frame, movementsBefore: zone.localDate(of: fillUntil), seed: seed
        )
        let plan = StaffPlan(classes: classes, subgroupIDs: roster.subgroupIDs, seed: seed)
        var timetable = TimetableBuilder(weeks: plan.weeklyLessons, staffCount: plan.staff.count, seed: seed)
        let materialized = LessonMaterializer(template: timetable.build(), plan: plan, calendar: calendar)
        let accounts = DemoAccountSet(plan: plan, roster: roster, passwordHash: DemoSchoolGenerator.demoPasswordHash)

        var lessons = materialized.lessons
        var journal = JournalSimulator(
            frame: frame, classes: classes, roster: roster, plan: plan, accountOfStaff: accounts.accountOfStaff,
            limit: fillUntil, extraMarksPerLesson: size.extraMarksPerLesson, seed: seed
        )
        journal.run(lessons: &lessons, materialized: materialized)

        return SchoolDataset(
            school: frame.school, settings: [DemoSchoolGenerator.demoAccountsSetting], year: frame.year, periods: frame.periods, daysOff: frame.daysOff,
            bells: frame.bells, subjects: frame.subjects, workTypes: frame.workTypes, staff: plan.staff,
            pupils: roster.pupils, parents: roster.parents, parentLinks: roster.parentLinks,
            classes: classes.enumerated().map { index, name in
                SchoolDataset.SchoolClass(
                    id: ClassID(Int64(index + 1)), name: name, scheme: SchoolFrame.scheme(grade: name.grade),
                    classTeacher: plan.classTeachers[index], shift: 1
                )
            },
            classMemberships: roster.memberships, subgroups: roster.subgroups,
            subgroupMemberships: roster.subgroupMemberships, curriculum: DemoSchoolGenerator.curriculum(classes),
            teachings: plan.teachings, timetableSlots: materialized.slots,
            lessonPlan: DemoSchoolGenerator.lessonPlan(plan.teachings, classes), lessons: lessons,
            assignments: journal.assignments, marks: journal.marks, attendance: journal.attendance,
            periodFinals: journal.finals, accounts: accounts.accounts, accountRoles: accounts.roles
        )
    }

    private static let letters = ["А", "Б", "В", "Г", "Д"]

    private static func classNames(_ size: DemoSize) -> [ClassName] {
        size.classesPerGrade.enumerated().flatMap { index, count in
            (0..<count).map { ClassName(grade: index + 1, letter: letters[$0]) }
        }
    }

    /// Every teaching's КТП: the topics its lessons walk through, the curriculum's hours shared
    /// out among them (the first topics take the odd hours).
    private static func lessonPlan(
        _ teachings: [SchoolDataset.Teaching], _ classes: [ClassName]
    ) -> [SchoolDataset.LessonPlanItem] {
        teachings.flatMap { teaching in
            let grade = classes[Int(teaching.classID.rawValue) - 1].grade
            let spec = SubjectCatalog.subjects[Int(teaching.subject.rawValue) - 1]
            let topics = LessonTopics.topics(subject: spec.name, grade: grade)
            let hours = spec.hours(grade: grade) * SubjectCatalog.weeks(grade: grade)
            return topics.enumerated().map { index, topic in
                SchoolDataset.LessonPlanItem(
                    teaching: teaching.id, position: index + 1, topic: topic,
                    hours: hours / topics.count + (index < hours % topics.count ? 1 : 0)
                )
            }
        }
    }

    /// Weekly hours times the weeks of the grade's year.
    private static func curriculum(_ classes: [ClassName]) -> [SchoolDataset.CurriculumLine] {
        classes.enumerated().flatMap { index, name in
            SubjectCatalog.subjects.enumerated().compactMap { subjectIndex, spec in
                let weekly = spec.hours(grade: name.grade)
                guard weekly > 0 else { return nil }
                return SchoolDataset.CurriculumLine(
                    classID: ClassID(Int64(index + 1)), subject: SubjectID(Int64(subjectIndex + 1)),
                    hoursPerYear: weekly * SubjectCatalog.weeks(grade: name.grade)
                )
            }
        }
    }
}
