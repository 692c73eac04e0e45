import EzhCore
import EzhStore
import Foundation

/// The fixed frame of the demo school: the school row, its year, periods, holidays, bells,
/// subjects and work types, with the lookups the later stages need.
struct SchoolFrame {
    static let schoolName = "МБОУ «Каменская СОШ»"
    static let timeZoneIdentifier = "Europe/Moscow"

    /// One shift, the same every weekday.
    static let bellTimes: [(start: TimeOfDay, end: TimeOfDay)] = [
        (TimeOfDay(hour: 8, minute: 30), TimeOfDay(hour: 9, minute: 15)),
        (TimeOfDay(hour: 9, minute: 25), TimeOfDay(hour: 10, minute: 10)),
        (TimeOfDay(hour: 10, minute: 30), TimeOfDay(hour: 11, minute: 15)),
        (TimeOfDay(hour: 11, minute: 35), TimeOfDay(hour: 12, minute: 20)),
        (TimeOfDay(hour: 12, minute: 30), TimeOfDay(hour: 13, minute: 15)),
        (TimeOfDay(hour: 13, minute: 25), TimeOfDay(hour: 14, minute: 10)),
        (TimeOfDay(hour: 14, minute: 20), TimeOfDay(hour: 15, minute: 5)),
    ]

    let calendar: DemoCalendar
    let clock: SchoolClock
    let school: SchoolDataset.School
    let year: SchoolDataset.AcademicYear
    let periods: [SchoolDataset.Period]
    let daysOff: [SchoolDataset.DayOff]
    let bells: [SchoolDataset.Bell]
    let subjects: [SchoolDataset.Subject]
    let workTypes: [SchoolDataset.WorkType]
    private let workTypeIDs: [String: WorkTypeID]

    /// - Parameters:
    ///   - createdAt: when the demo database is made (its `now`).
    ///   - journalFilledUntil: periods whose closing day has passed by then are closed.
    init(calendar: DemoCalendar, createdAt: Date, journalFilledUntil: Date) {
        self.calendar = calendar
        let zone = TimeZone(identifier: SchoolFrame.timeZoneIdentifier)!
        clock = SchoolClock(zone: zone, span: calendar.year)
        school = SchoolDataset.School(
            name: SchoolFrame.schoolName, timeZone: SchoolFrame.timeZoneIdentifier, weekDays: 5, isDemo: true,
            createdAt: createdAt
        )
        year = SchoolDataset.AcademicYear(
            id: YearID(1), name: "\(calendar.startYear)/\(calendar.startYear + 1)", span: calendar.year
        )

        let spans = calendar.quarters.map { (PeriodScheme.quarters, $0) } + calendar.halfYears.map { (PeriodScheme.halfYears, $0) }
        var periods: [SchoolDataset.Period] = []
        var numberInScheme: [PeriodScheme: Int] = [:]
        for (index, (scheme, span)) in spans.enumerated() {
            let number = (numberInScheme[scheme] ?? 0) + 1
            numberInScheme[scheme] = number
            // The administrator closes a period three days after it ends, once finals are in.
            let closing = clock.instant(span.last.adding(days: 3), TimeOfDay(hour: 10, minute: 0))
            periods.append(SchoolDataset.Period(
                id: PeriodID(Int64(index + 1)), scheme: scheme, number: number, span: span,
                finalsDueOn: span.last, closedAt: closing < journalFilledUntil ? closing : nil
            ))
        }
        self.periods = periods

        daysOff = calendar.daysOff.enumerated().map { index, off in
            SchoolDataset.DayOff(id: Int64(index + 1), span: off.span, name: off.name)
        }
        bells = SchoolFrame.bellTimes.enumerated().map { index, times in
            SchoolDataset.Bell(
                id: Int64(index + 1), shift: 1, lessonNumber: index + 1,
                startsAt: times.start, endsAt: times.end
            )
        }
        subjects = SubjectCatalog.subjects.enumerated().map { index, spec in
            SchoolDataset.Subject(id: SubjectID(Int64(index + 1)), name: spec.name, shortName: spec.shortName)
        }
        workTypes = WorkTypeCatalog.entries.enumerated().map { index, entry in
            SchoolDataset.WorkType(
                id: WorkTypeID(Int64(index + 1)), name: entry.name, abbreviation: entry.abbreviation,
                weight: entry.weight, isDefault: entry.isDefault
            )
        }
        workTypeIDs = Dictionary(uniqueKeysWithValues: workTypes.map { ($0.name, $0.id) })
    }

    /// Grades 1-9 learn in quarters, 10-11 in half-years.
    static func scheme(grade: Int) -> PeriodScheme { grade <= 9 ? .quarters : .halfYears }

    func periods(of scheme: PeriodScheme) -> [SchoolDataset.Period] {
        periods.filter { $0.scheme == scheme }
    }

    func workTypeID(_ name: String) -> WorkTypeID { workTypeIDs[name]! }

    func weight(of workType: WorkTypeID) -> Double { workTypes[Int(workType.rawValue) - 1].weight }
}
