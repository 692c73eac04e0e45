/// Something wrong in a school calendar, found before it is stored. Each case carries the
/// offending item, so an importer can point at the file row it came from; `text` says what is
/// wrong and what to do, in both languages.
public enum CalendarProblem: Hashable, Sendable {
    /// The year's last day is not after its first.
    case yearEndsBeforeStart(DateSpan)
    case dayOffOutsideYear(DayOff)
    case workingDayOutsideYear(WorkingDay)
    /// A working day that falls inside a holiday or day off: it would not be taught.
    case workingDayIsDayOff(WorkingDay, DayOff)
    /// A working day on a day the school week already teaches.
    case workingDayIsSchoolDay(WorkingDay)
    /// A working day that follows a weekday the school week does not teach (or no weekday at all).
    case workingDayWeekday(WorkingDay, week: SchoolWeekLength)
    case scheduleDayOutsideYear(ScheduleDay)
    /// A day on another bell schedule that is not taught at all.
    case scheduleDayNotTaught(ScheduleDay, date: LocalDate)
    case unknownSchedule(ScheduleDay)
    case periodOutsideYear(CalendarPeriod)
    case periodsOverlap(CalendarPeriod, CalendarPeriod)
    /// A scheme whose periods are not numbered 1...count (three quarters, two «1 полугодие»).
    case periodNumbers(PeriodScheme, found: [Int])
    /// School days that no period of `scheme` holds: marks given on them would belong nowhere.
    case daysNotCovered(PeriodScheme, [DateSpan])

    public var text: BilingualText {
        switch self {
        case .yearEndsBeforeStart(let year):
            BilingualText(
                "Учебный год \(year.russianText) кончается не позже, чем начинается; исправьте даты.",
                "The school year \(year.russianText) does not end after it starts; correct the dates.")
        case .dayOffOutsideYear(let off):
            BilingualText(
                "«\(off.name)» (\(off.span.russianText)) выходит за пределы учебного года; исправьте даты.",
                "“\(off.name)” (\(off.span.russianText)) falls outside the school year; correct its dates.")
        case .workingDayOutsideYear(let working):
            BilingualText(
                "Рабочий день \(working.date.russian) вне учебного года; исправьте дату.",
                "The working day \(working.date.russian) is outside the school year; correct the date.")
        case .workingDayIsDayOff(let working, let off):
            BilingualText(
                "Рабочий день \(working.date.russian) попадает на «\(off.name)»; уберите одно из двух.",
                "The working day \(working.date.russian) falls on “\(off.name)”; remove one of the two.")
        case .workingDayIsSchoolDay(let working):
            BilingualText(
                "\(working.date.russian) и так учебный день; рабочим днём указывают только выходной.",
                "\(working.date.russian) is a school day already; only a day off can be made a working day.")
        case .workingDayWeekday(let working, let week):
            BilingualText(
                "Рабочий день \(working.date.russian) работает по дню недели \(working.worksAs); при \(week.rawValue)-дневной неделе укажите день от 1 до \(week.rawValue).",
                "The working day \(working.date.russian) follows weekday \(working.worksAs); with a \(week.rawValue)-day week give a day from 1 to \(week.rawValue).")
        case .scheduleDayOutsideYear(let special):
            BilingualText(
                "Дни по расписанию звонков «\(special.schedule)» (\(special.span.russianText)) вне учебного года; исправьте даты.",
                "Days on the bell schedule “\(special.schedule)” (\(special.span.russianText)) are outside the school year; correct the dates.")
        case .scheduleDayNotTaught(let special, let date):
            BilingualText(
                "\(date.russian) назначено расписание звонков «\(special.schedule)», но это не учебный день; исправьте даты.",
                "\(date.russian) is given the bell schedule “\(special.schedule)” but is not a school day; correct the dates.")
        case .unknownSchedule(let special):
            BilingualText(
                "Расписания звонков «\(special.schedule)» нет; сначала загрузите его или исправьте название.",
                "There is no bell schedule “\(special.schedule)”; import it first or correct the name.")
        case .periodOutsideYear(let period):
            BilingualText(
                "«\(period.name.russian)» (\(period.span.russianText)) выходит за пределы учебного года; исправьте даты.",
                "“\(period.name.english)” (\(period.span.russianText)) falls outside the school year; correct its dates.")
        case .periodsOverlap(let first, let second):
            BilingualText(
                "«\(first.name.russian)» (\(first.span.russianText)) и «\(second.name.russian)» (\(second.span.russianText)) пересекаются; исправьте даты.",
                "“\(first.name.english)” (\(first.span.russianText)) and “\(second.name.english)” (\(second.span.russianText)) overlap; correct the dates.")
        case .periodNumbers(let scheme, let found):
            BilingualText(
                "\(scheme.russianPlural): номера \(found.map(String.init).joined(separator: ", ")), а должны быть 1–\(scheme.count) по одному разу.",
                "\(scheme.englishPlural): numbers \(found.map(String.init).joined(separator: ", ")), expected 1-\(scheme.count) once each.")
        case .daysNotCovered(let scheme, let spans):
            BilingualText(
                "Учебные дни вне всех периодов (\(scheme.russianPlural)): \(spans.map(\.russianText).joined(separator: ", ")); продлите периоды или объявите эти дни выходными.",
                "School days outside every period (\(scheme.englishPlural)): \(spans.map(\.russianText).joined(separator: ", ")); extend the periods or make these days off.")
        }
    }
}

extension SchoolCalendar {
    /// Every problem of the calendar, in the order of the items that cause them; empty when it
    /// may be stored. `knownSchedules`: the bell schedules' names, when they are known (an
    /// unknown one is then reported). `schemesInUse`: the period schemes the classes follow
    /// (each must cover every school day); by default the schemes the periods name.
    public func problems(knownSchedules: Set<String>? = nil, schemesInUse: Set<PeriodScheme>? = nil) -> [CalendarProblem] {
        guard year.first < year.last else { return [.yearEndsBeforeStart(year)] }
        var found: [CalendarProblem] = []
        let normalDays = Set(year.days.filter { week.contains(weekday: $0.weekday) })
        for off in daysOff where !year.contains(off.span.first) || !year.contains(off.span.last) {
            found.append(.dayOffOutsideYear(off))
        }
        for working in workingDays {
            if !year.contains(working.date) {
                found.append(.workingDayOutsideYear(working))
            } else if let off = daysOff.first(where: { $0.span.contains(working.date) }) {
                found.append(.workingDayIsDayOff(working, off))
            } else if normalDays.contains(working.date) {
                found.append(.workingDayIsSchoolDay(working))
            }
            if !week.contains(weekday: working.worksAs) {
                found.append(.workingDayWeekday(working, week: week))
            }
        }
        let taught = Set(schoolDays.map(\.date))
        for special in scheduleDays {
            if !year.contains(special.span.first) || !year.contains(special.span.last) {
                found.append(.scheduleDayOutsideYear(special))
            } else if special.span.first == special.span.last, !taught.contains(special.span.first) {
                // A longer span may well cross a weekend; only a single day is surely a slip.
                found.append(.scheduleDayNotTaught(special, date: special.span.first))
            }
            if let knownSchedules, !knownSchedules.contains(special.schedule) {
                found.append(.unknownSchedule(special))
            }
        }
        found += periodProblems(taught: taught, schemesInUse: schemesInUse ?? Set(periods.map(\.scheme)))
        return found
    }

    private func periodProblems(taught: Set<LocalDate>, schemesInUse: Set<PeriodScheme>) -> [CalendarProblem] {
        var found: [CalendarProblem] = []
        for period in periods where !year.contains(period.span.first) || !year.contains(period.span.last) {
            found.append(.periodOutsideYear(period))
        }
        for scheme in PeriodScheme.allCases where schemesInUse.contains(scheme) {
            let ofScheme = periods.filter { $0.scheme == scheme }.sorted { $0.span.first < $1.span.first }
            let numbers = ofScheme.map(\.number)
            if !ofScheme.isEmpty, numbers.sorted() != Array(1...scheme.count) {
                found.append(.periodNumbers(scheme, found: numbers))
            }
            for (earlier, later) in zip(ofScheme, ofScheme.dropFirst()) where later.span.first <= earlier.span.last {
                found.append(.periodsOverlap(earlier, later))
            }
            let uncovered = taught.filter { day in !ofScheme.contains { $0.span.contains(day) } }
            if !uncovered.isEmpty {
                found.append(.daysNotCovered(scheme, DateSpan.runs(of: uncovered)))
            }
        }
        return found
    }
}

extension DateSpan {
    /// «01.11.2026–09.11.2026», or «04.11.2026» for a single day.
    var russianText: String {
        first == last ? first.russian : "\(first.russian)–\(last.russian)"
    }

    /// Consecutive days gathered into spans, in order.
    static func runs(of days: Set<LocalDate>) -> [DateSpan] {
        var spans: [DateSpan] = []
        for day in days.sorted() {
            if let last = spans.last, last.last.adding(days: 1) == day {
                spans[spans.count - 1] = DateSpan(last.first, day)
            } else {
                spans.append(DateSpan(day, day))
            }
        }
        return spans
    }
}

extension PeriodScheme {
    var russianPlural: String {
        switch self {
        case .quarters: "четверти"
        case .halfYears: "полугодия"
        case .trimesters: "триместры"
        }
    }

    var englishPlural: String {
        switch self {
        case .quarters: "quarters"
        case .halfYears: "half-years"
        case .trimesters: "trimesters"
        }
    }
}
