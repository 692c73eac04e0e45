/// The school year as days: which days are taught, which weekday's timetable each follows and
/// which bell schedule it rings. Built from what the school's calendar file (or the deputy's
/// calendar screen) says; `schoolDays` is what lessons are planned on, `problems` what the
/// importer and the screen show before anything is stored.
public struct SchoolCalendar: Hashable, Sendable {
    /// The academic year, first to last day (usually 1 September to 31 August).
    public var year: DateSpan
    /// Mon-Fri or Mon-Sat.
    public var week: SchoolWeekLength
    /// Holidays (каникулы) and single days off, each with its name.
    public var daysOff: [DayOff]
    /// Normally free days taught this year, each following one weekday's timetable.
    public var workingDays: [WorkingDay]
    /// Days that ring another bell schedule than the default (a shortened day).
    public var scheduleDays: [ScheduleDay]
    /// The year's periods of every scheme in use (quarters, half-years, trimesters).
    public var periods: [CalendarPeriod]

    public init(
        year: DateSpan, week: SchoolWeekLength, daysOff: [DayOff] = [], workingDays: [WorkingDay] = [],
        scheduleDays: [ScheduleDay] = [], periods: [CalendarPeriod] = []
    ) {
        self.year = year
        self.week = week
        self.daysOff = daysOff
        self.workingDays = workingDays
        self.scheduleDays = scheduleDays
        self.periods = periods
    }

    /// Every taught day of the year in order. A day off wins over everything else (a working day
    /// inside a holiday is reported by `problems`, not taught); a working day follows its
    /// weekday's timetable; other days are taught when their weekday is in the school week.
    public var schoolDays: [SchoolDay] {
        let offDays = Set(daysOff.flatMap { $0.span.days })
        var worksAs: [LocalDate: Int] = [:]
        for working in workingDays { worksAs[working.date] = working.worksAs }
        var scheduleOf: [LocalDate: String] = [:]
        for special in scheduleDays {
            for day in special.span.days { scheduleOf[day] = special.schedule }
        }
        return year.days.compactMap { day in
            guard !offDays.contains(day) else { return nil }
            let weekday = worksAs[day] ?? day.weekday
            guard worksAs[day] != nil || week.contains(weekday: weekday) else { return nil }
            return SchoolDay(date: day, weekday: weekday, schedule: scheduleOf[day])
        }
    }
}

/// How many days a school week has: a school setting.
public enum SchoolWeekLength: Int, Hashable, Sendable, CaseIterable {
    case fiveDays = 5
    case sixDays = 6

    /// Whether a day with ISO `weekday` (1 = Monday) is normally taught.
    public func contains(weekday: Int) -> Bool { (1...rawValue).contains(weekday) }
}

/// One taught day: its date, the weekday whose timetable it follows (1 = Monday ... 7 = Sunday;
/// a working Saturday may follow Monday's) and its bell schedule's name (nil: the default one).
public struct SchoolDay: Hashable, Sendable {
    public let date: LocalDate
    public let weekday: Int
    public let schedule: String?

    public init(date: LocalDate, weekday: Int, schedule: String? = nil) {
        self.date = date
        self.weekday = weekday
        self.schedule = schedule
    }
}

/// Holidays or a single day off: «Осенние каникулы», «День народного единства».
public struct DayOff: Hashable, Sendable {
    public let span: DateSpan
    public let name: String

    public init(_ span: DateSpan, name: String) {
        self.span = span
        self.name = name
    }
}

/// A normally free day that is taught, following the timetable of `worksAs` (1 = Monday).
public struct WorkingDay: Hashable, Sendable {
    public let date: LocalDate
    public let worksAs: Int
    /// Why, as the calendar says it («перенос с 08.03»); may be empty.
    public let name: String

    public init(_ date: LocalDate, worksAs: Int, name: String = "") {
        self.date = date
        self.worksAs = worksAs
        self.name = name
    }
}

/// Days that ring the bell schedule named `schedule` instead of the default one.
public struct ScheduleDay: Hashable, Sendable {
    public let span: DateSpan
    public let schedule: String
    /// Why, as the calendar says it («Последний день четверти»); may be empty.
    public let name: String

    public init(_ span: DateSpan, schedule: String, name: String = "") {
        self.span = span
        self.schedule = schedule
        self.name = name
    }
}

/// One period of the year as the calendar states it, before it is stored: «2 четверть».
public struct CalendarPeriod: Hashable, Sendable {
    public let scheme: PeriodScheme
    public let number: Int
    public let span: DateSpan

    public init(scheme: PeriodScheme, number: Int, span: DateSpan) {
        self.scheme = scheme
        self.number = number
        self.span = span
    }

    /// «2 четверть» / "Quarter 2": worded as a stored `Period` is (its id and span play no part).
    public var name: BilingualText {
        BilingualText { Period(id: PeriodID(0), scheme: scheme, number: number, span: span).name(in: $0) }
    }
}
