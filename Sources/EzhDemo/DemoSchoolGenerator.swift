import EzhCore
import EzhService
import Foundation

/// A deterministic, realistic demo school: «МБОУ «Каменская СОШ»» in the academic year holding
/// `now`, with staff, pupils and parents, a timetable and its КТП, as the files a school would
/// import, and the journal filled the way a school year leaves it by `now`. The same seed, size
/// and dates always give the same school (all randomness is one seeded generator, and no
/// dictionary order leaks out).
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

    public init(seed: UInt64 = 2026, size: DemoSize = .standard, now: Date, fillUntil: Date? = nil) {
        self.seed = seed
        self.size = size
        self.now = now
        self.fillUntil = fillUntil ?? now
    }

    public func generate() -> GeneratedDemoSchool {
        let zone = SchoolTimeZone(identifier: SchoolFrame.timeZoneIdentifier)!
        let calendar = DemoCalendar(startYear: DemoCalendar.startYear(containing: zone.localDate(of: now)))
        let frame = SchoolFrame(calendar: calendar, journalFilledUntil: fillUntil)
        let classes = DemoSchoolGenerator.classNames(size)
        let roster = PupilRoster(
            classes: classes, size: size, frame: frame, movementsBefore: zone.localDate(of: fillUntil), seed: seed
        )
        let plan = StaffPlan(classes: classes, subgroupIDs: roster.subgroupIDs, seed: seed)
        var timetable = TimetableBuilder(weeks: plan.weeklyLessons, staffCount: plan.staff.count, seed: seed)
        return GeneratedDemoSchool(
            generator: self, frame: frame, classes: classes, roster: roster, plan: plan,
            timetable: WeeklyTimetable(template: timetable.build(), plan: plan), accounts: DemoStaffAccounts(plan: plan)
        )
    }

    private static let letters = ["А", "Б", "В", "Г", "Д"]

    private static func classNames(_ size: DemoSize) -> [ClassName] {
        size.classesPerGrade.enumerated().flatMap { index, count in
            (0..<count).map { ClassName(grade: index + 1, letter: letters[$0]) }
        }
    }
}
