import EzhCore
internal import EzhStore

extension JournalService {
    /// Imports the year's calendar: the academic year (created when the journal has none yet; a
    /// later year is started by the rollover and only given its dates here), its
    /// periods of each scheme with the grades that follow it, holidays (for all grades or some),
    /// working Saturdays and shortened days. Holidays, working days and shortened days are the
    /// file's exactly; periods are matched by scheme and number and never removed (marks and
    /// finals hang on them). Lessons from today follow the new calendar.
    public func importCalendar(
        _ lines: [CalendarLine], file: String, dryRun: Bool = false, readProblems: [ImportProblem] = [], session: Session
    ) throws -> ImportReport {
        try runYearImport(
            .calendar, file: file, dryRun: dryRun, readProblems: readProblems, session, authorize: requiring(.manageSchoolYear)
        ) { db, stamp, report in
            let current = try SetupYearQueries.current(on: today(), db)
            let firstYear = try YearQueries.years(db).isEmpty
            guard current != nil || firstYear else {
                // A year after the first comes from the rollover, which moves the classes up.
                report.problems.append(ImportProblem(file: file, row: nil, column: nil, message: BilingualText(
                    "в журнале нет открытого учебного года на сегодня и после него; закройте прошлый год (ezh year close), начните следующий (ezh year start) и тогда загрузите его календарь",
                    "the journal has no open school year for today or later; close the last year (ezh year close), start the next (ezh year start), then import its calendar")))
                return
            }
            guard let target = checkCalendarYear(lines, current: current, &report) else { return }
            let schemes = checkGradeSchemes(lines, &report)
            let scheduleIDs = Dictionary(try BellWrites.schedules(db).map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
            checkCalendarDays(lines, year: target.span, schedules: Set(scheduleIDs.keys), &report)
            guard report.problems.isEmpty else { return }

            let writer = CalendarWriter(db: db, stamp: stamp)
            let (yearID, yearOutcome) = try writer.year(target, current: current)
            if lines.contains(where: { $0.kind == .schoolYear }) { report.count(yearOutcome) }
            try writer.periods(lines, year: yearID, &report)
            try writer.gradeSchemes(schemes, year: yearID)
            try writer.daysOff(lines, year: yearID, &report)
            try writer.workingDays(lines, year: yearID, &report)
            try writer.scheduleDays(lines, year: yearID, schedules: scheduleIDs, &report)
            try regenerateAfterImport(db, stamp, &report)
        }
    }

    /// The year the file sets up: its «Учебный год» row, or the open year when it has none. A row
    /// naming a year other than the open one is refused until that year is closed.
    private func checkCalendarYear(_ lines: [CalendarLine], current: YearRow?, _ report: inout ImportReport) -> (name: String, span: DateSpan)? {
        let yearLines = lines.filter { $0.kind == .schoolYear }
        for extra in yearLines.dropFirst() {
            report.problems.append(ImportProblem(extra.place, CalendarLine.Column.kind, BilingualText(
                "учебный год уже указан в строке \(yearLines[0].place.row); оставьте одну строку",
                "the school year is already given in row \(yearLines[0].place.row); keep one row")))
        }
        guard let line = yearLines.first else {
            guard let current else {
                report.problems.append(ImportProblem(file: report.file, row: nil, column: nil, message: BilingualText(
                    "в журнале ещё нет учебного года; добавьте строку «Учебный год» с его первым и последним днём",
                    "the journal has no school year yet; add a row «Учебный год» with its first and last day")))
                return nil
            }
            return (current.name, current.span)
        }
        let span = line.span
        guard span.first < span.last else {
            report.problems.append(ImportProblem(line.place, CalendarLine.Column.end, BilingualText(
                "учебный год кончается не позже, чем начинается; исправьте даты", "the school year ends before it starts; correct the dates")))
            return nil
        }
        let name = line.name.trimmingCharacters(in: .whitespaces).isEmpty ? "\(span.first.year)/\(span.first.year + 1)" : line.name.trimmingCharacters(in: .whitespaces)
        if let current, current.span.last < span.first || span.last < current.span.first {
            report.problems.append(ImportProblem(line.place, CalendarLine.Column.start, BilingualText(
                "в журнале идёт учебный год \(current.name) (\(current.span.first.russian)–\(current.span.last.russian)); сначала закройте его, потом загружайте календарь следующего",
                "the journal's school year \(current.name) (\(current.span.first.russian)–\(current.span.last.russian)) is open; close it before importing the next year's calendar")))
            return nil
        }
        return (name, span)
    }

    /// The scheme each grade follows: the grades its period rows name, or by custom (quarters for
    /// 1-9 and half-years for 10-11 when the file has both, otherwise every grade).
    private func checkGradeSchemes(_ lines: [CalendarLine], _ report: inout ImportReport) -> [Int: PeriodScheme] {
        var named: [PeriodScheme: (grades: Set<Int>, place: SheetPlace)] = [:]
        var order: [PeriodScheme] = []
        for line in lines {
            guard case .period(let scheme) = line.kind else { continue }
            if named[scheme] == nil { order.append(scheme); named[scheme] = ([], line.place) }
            if let grades = line.grades {
                if let wrong = grades.first(where: { !(1...11).contains($0) }) {
                    report.problems.append(ImportProblem(line.place, CalendarLine.Column.grades, BilingualText(
                        "класса \(wrong) не бывает; укажите параллели от 1 до 11", "there is no grade \(wrong); give grades 1 to 11")))
                }
                named[scheme]!.grades.formUnion(grades)
            }
        }
        let present = Set(order)
        var schemes: [Int: PeriodScheme] = [:]
        for scheme in order {
            var grades = named[scheme]!.grades
            if grades.isEmpty {
                switch scheme {
                case .quarters: grades = Set(present.contains(.halfYears) ? 1...9 : 1...11)
                case .halfYears: grades = Set(present.contains(.quarters) ? 10...11 : 1...11)
                case .trimesters:
                    if present.count == 1 { grades = Set(1...11) } else {
                        report.problems.append(ImportProblem(named[scheme]!.place, CalendarLine.Column.grades, BilingualText(
                            "укажите, какие классы учатся по триместрам, например «1-4»", "say which grades study in trimesters, for example «1-4»")))
                    }
                }
            }
            for grade in grades.sorted() where (1...11).contains(grade) {
                if let other = schemes[grade], other != scheme {
                    report.problems.append(ImportProblem(named[scheme]!.place, CalendarLine.Column.grades, BilingualText(
                        "\(grade) класс отнесён и к «\(other.russianName)», и к «\(scheme.russianName)»; у параллели одна система периодов",
                        "grade \(grade) is given both \(other.rawValue) and \(scheme.rawValue) periods; a grade has one scheme")))
                    continue
                }
                schemes[grade] = scheme
            }
        }
        return schemes
    }

    /// Each row's own problems, then the calendar's as a whole (dates outside the year,
    /// overlapping periods, school days no period holds), each at the row that causes it.
    private func checkCalendarDays(_ lines: [CalendarLine], year: DateSpan, schedules: Set<String>, _ report: inout ImportReport) {
        typealias Column = CalendarLine.Column
        var calendar = SchoolCalendar(year: year, week: SchoolWeekLength(rawValue: school.weekDays) ?? .fiveDays)
        var places: [CalendarItem: SheetPlace] = [:]
        var firstOfScheme: [PeriodScheme: SheetPlace] = [:]
        for line in lines {
            if let end = line.end, end < line.start {
                report.problems.append(ImportProblem(line.place, Column.end, BilingualText(
                    "окончание \(end.russian) раньше начала \(line.start.russian); исправьте даты",
                    "the end \(end.russian) is before the start \(line.start.russian); correct the dates")))
                continue
            }
            switch line.kind {
            case .schoolYear:
                break
            case .period(let scheme):
                guard let number = line.number, (1...scheme.count).contains(number) else {
                    report.problems.append(ImportProblem(line.place, Column.number, BilingualText(
                        "укажите номер периода от 1 до \(scheme.count)", "give the period's number, 1 to \(scheme.count)")))
                    continue
                }
                let period = CalendarPeriod(scheme: scheme, number: number, span: line.span)
                calendar.periods.append(period)
                places[.period(period)] = places[.period(period)] ?? line.place
                firstOfScheme[scheme] = firstOfScheme[scheme] ?? line.place
            case .holiday:
                let off = DayOff(line.span, name: line.name)
                if line.grades == nil {
                    calendar.daysOff.append(off)
                    places[.dayOff(off)] = places[.dayOff(off)] ?? line.place
                } else if !year.contains(line.span.first) || !year.contains(line.span.last) {
                    report.problems.append(ImportProblem(line.place, Column.start, CalendarProblem.dayOffOutsideYear(off).text))
                }
            case .workingDay(let worksAs):
                let working = WorkingDay(line.start, worksAs: worksAs)
                calendar.workingDays.append(working)
                places[.workingDay(working)] = places[.workingDay(working)] ?? line.place
            case .shortenedDay(let schedule):
                let special = ScheduleDay(line.span, schedule: schedule)
                calendar.scheduleDays.append(special)
                places[.scheduleDay(special)] = places[.scheduleDay(special)] ?? line.place
            }
        }
        let schemes = Set(calendar.periods.map(\.scheme))
        for problem in calendar.problems(knownSchedules: schedules, schemesInUse: schemes) {
            let (item, column): (CalendarItem?, String?) = switch problem {
            case .dayOffOutsideYear(let off): (.dayOff(off), Column.start)
            case .workingDayOutsideYear(let working), .workingDayIsSchoolDay(let working): (.workingDay(working), Column.start)
            case .workingDayIsDayOff(let working, _): (.workingDay(working), Column.start)
            case .workingDayWeekday(let working, _): (.workingDay(working), Column.worksAs)
            case .scheduleDayOutsideYear(let special), .scheduleDayNotTaught(let special, _): (.scheduleDay(special), Column.start)
            case .unknownSchedule(let special): (.scheduleDay(special), Column.schedule)
            case .periodOutsideYear(let period), .periodsOverlap(_, let period): (.period(period), Column.start)
            case .periodNumbers, .daysNotCovered, .yearEndsBeforeStart: (nil, nil)
            }
            let place: SheetPlace? = switch problem {
            case .periodNumbers(let scheme, _), .daysNotCovered(let scheme, _): firstOfScheme[scheme]
            default: item.flatMap { places[$0] }
            }
            report.problems.append(ImportProblem(file: report.file, row: place?.row, column: place == nil ? nil : column ?? Column.kind, message: problem.text))
        }
    }
}

/// A calendar item as the checks name it, to find the row it came from.
private enum CalendarItem: Hashable {
    case period(CalendarPeriod)
    case dayOff(DayOff)
    case workingDay(WorkingDay)
    case scheduleDay(ScheduleDay)
}

extension PeriodScheme {
    /// «четверти», as messages name a scheme.
    var russianName: String {
        switch self {
        case .quarters: "четверти"
        case .halfYears: "полугодия"
        case .trimesters: "триместры"
        }
    }
}
