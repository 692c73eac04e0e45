import EzhCore
import Foundation

/// The fixed frame of the demo school: its year, periods, holidays and bells.
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
    /// «2026/2027».
    let yearName: String
    let periods: [DemoRows.Period]
    let daysOff: [DemoRows.DayOff]
    let bells: [DemoRows.Bell]

    /// - Parameter journalFilledUntil: periods whose closing day has passed by then are closed.
    init(calendar: DemoCalendar, journalFilledUntil: Date) {
        self.calendar = calendar
        let zone = TimeZone(identifier: SchoolFrame.timeZoneIdentifier)!
        clock = SchoolClock(zone: zone, span: calendar.year)
        yearName = "\(calendar.startYear)/\(calendar.startYear + 1)"

        let spans = calendar.quarters.map { (PeriodScheme.quarters, $0) } + calendar.halfYears.map { (PeriodScheme.halfYears, $0) }
        var periods: [DemoRows.Period] = []
        var numberInScheme: [PeriodScheme: Int] = [:]
        for (index, (scheme, span)) in spans.enumerated() {
            let number = (numberInScheme[scheme] ?? 0) + 1
            numberInScheme[scheme] = number
            // The administrator closes a period three days after it ends, once finals are in.
            let closing = clock.instant(span.last.adding(days: 3), TimeOfDay(hour: 10, minute: 0))
            periods.append(DemoRows.Period(
                id: PeriodID(Int64(index + 1)), scheme: scheme, number: number, span: span,
                closedAt: closing < journalFilledUntil ? closing : nil
            ))
        }
        self.periods = periods

        daysOff = calendar.daysOff.enumerated().map { index, off in
            DemoRows.DayOff(id: Int64(index + 1), span: off.span, name: off.name)
        }
        bells = SchoolFrame.bellTimes.enumerated().map { index, times in
            DemoRows.Bell(
                id: Int64(index + 1), shift: 1, lessonNumber: index + 1,
                startsAt: times.start, endsAt: times.end
            )
        }
    }

    /// Grades 1-9 learn in quarters, 10-11 in half-years.
    static func scheme(grade: Int) -> PeriodScheme { grade <= 9 ? .quarters : .halfYears }

    func periods(of scheme: PeriodScheme) -> [DemoRows.Period] {
        periods.filter { $0.scheme == scheme }
    }
}
