import EzhCore

/// The school calendar of one academic year, after the pattern of the Russian 2026/27 year:
/// quarters with autumn, winter and spring holidays between them, half-years for the senior
/// grades, and public holidays. Dates are derived from the year, so any year gets a calendar of
/// about the same weeks; for 2026/27 they are exactly the recommended ones.
struct DemoCalendar {
    let startYear: Int
    /// 1 September to 31 August.
    let year: DateSpan
    let quarters: [DateSpan]
    let halfYears: [DateSpan]
    /// Holidays and public days off, in date order.
    let daysOff: [(span: DateSpan, name: String)]
    /// Every day with lessons, in order.
    let schoolDays: [LocalDate]

    /// The academic year that holds `day`: it starts on 1 September.
    static func startYear(containing day: LocalDate) -> Int {
        day.month >= 9 ? day.year : day.year - 1
    }

    init(startYear: Int) {
        self.startYear = startYear
        let nextYear = startYear + 1
        let september1 = LocalDate(year: startYear, month: 9, day: 1)
        year = DateSpan(september1, LocalDate(year: nextYear, month: 8, day: 31))

        let publicHolidays = DemoCalendar.publicHolidays(startYear: startYear)
        let isPublicHoliday = { (day: LocalDate) in publicHolidays.contains { $0.day == day } }

        // Autumn: ten days from the Sunday after the last Saturday before 27 October, so the
        // 2026 break runs 25.10–03.11 and school resumes after 4 November (a public holiday).
        let firstQuarterEnd = DemoCalendar.saturday(onOrBefore: LocalDate(year: startYear, month: 10, day: 26))
        let autumn = DateSpan(firstQuarterEnd.adding(days: 1), firstQuarterEnd.adding(days: 10))
        var secondQuarterStart = autumn.last.adding(days: 1)
        while isPublicHoliday(secondQuarterStart) { secondQuarterStart = secondQuarterStart.adding(days: 1) }
        let winter = DateSpan(LocalDate(year: startYear, month: 12, day: 29), LocalDate(year: nextYear, month: 1, day: 11))
        // Spring: nine days from the Sunday after the last Saturday before 23 March.
        let thirdQuarterEnd = DemoCalendar.saturday(onOrBefore: LocalDate(year: nextYear, month: 3, day: 22))
        let spring = DateSpan(thirdQuarterEnd.adding(days: 1), thirdQuarterEnd.adding(days: 9))
        let lastDay = LocalDate(year: nextYear, month: 5, day: 26)
        let summer = DateSpan(lastDay.adding(days: 1), year.last)

        quarters = [
            DateSpan(september1, firstQuarterEnd),
            DateSpan(secondQuarterStart, winter.first.adding(days: -1)),
            DateSpan(winter.last.adding(days: 1), thirdQuarterEnd),
            DateSpan(spring.last.adding(days: 1), lastDay),
        ]
        halfYears = [
            DateSpan(september1, quarters[1].last),
            DateSpan(quarters[2].first, lastDay),
        ]

        let holidays = [
            (autumn, "Осенние каникулы"), (winter, "Зимние каникулы"),
            (spring, "Весенние каникулы"), (summer, "Летние каникулы"),
        ]
        let singleDays = publicHolidays
            .filter { holiday in !holidays.contains { $0.0.contains(holiday.day) } }
            .map { (DateSpan($0.day, $0.day), $0.name) }
        daysOff = (holidays + singleDays).sorted { $0.0.first < $1.0.first }

        let quarterSpans = quarters
        schoolDays = september1.through(lastDay).filter { day in
            day.weekday <= 5 && !isPublicHoliday(day) && quarterSpans.contains { $0.contains(day) }
        }
    }

    /// Public holidays that fall in term time, each moved to the next Monday when it falls on a
    /// weekend (Labour Code art. 112). New Year days fall in the winter holidays anyway.
    private static func publicHolidays(startYear: Int) -> [(day: LocalDate, name: String)] {
        let nextYear = startYear + 1
        let fixed = [
            (LocalDate(year: startYear, month: 11, day: 4), "День народного единства"),
            (LocalDate(year: nextYear, month: 2, day: 23), "День защитника Отечества"),
            (LocalDate(year: nextYear, month: 3, day: 8), "Международный женский день"),
            (LocalDate(year: nextYear, month: 5, day: 1), "Праздник Весны и Труда"),
            (LocalDate(year: nextYear, month: 5, day: 9), "День Победы"),
        ]
        return fixed.map { day, name in
            switch day.weekday {
            case 6: (day.adding(days: 2), "\(name) (перенос)")
            case 7: (day.adding(days: 1), "\(name) (перенос)")
            default: (day, name)
            }
        }
    }

    private static func saturday(onOrBefore day: LocalDate) -> LocalDate {
        day.adding(days: -((day.weekday - 6 + 7) % 7))
    }
}
