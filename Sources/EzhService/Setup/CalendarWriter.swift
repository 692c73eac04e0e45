import EzhCore
internal import EzhStore

/// Writes a checked calendar file: each change with its history row, each row counted.
struct CalendarWriter {
    let db: StoreTransaction
    let stamp: ChangeStamp

    private func record(_ entity: String, _ key: String, _ field: String, _ old: String?, _ new: String?) throws {
        try ChangeLog.record(stamp.change(entity: entity, key: key, field: field, from: old, to: new), in: db)
    }

    private static func text(_ span: DateSpan) -> String { "\(span.first.iso)..\(span.last.iso)" }

    func year(_ target: (name: String, span: DateSpan), current: YearRow?) throws -> (Int64, RowOutcome) {
        guard let current else {
            let id = try YearQueries.insertYear(name: target.name, span: target.span, db).rawValue
            try record("academic_year", target.name, "dates", nil, Self.text(target.span))
            return (id, .added)
        }
        guard current.name != target.name || current.span != target.span else { return (current.id, .unchanged) }
        try SetupYearQueries.update(current.id, name: target.name, span: target.span, db)
        if current.name != target.name { try record("academic_year", "id=\(current.id)", "name", current.name, target.name) }
        if current.span != target.span { try record("academic_year", "id=\(current.id)", "dates", Self.text(current.span), Self.text(target.span)) }
        return (current.id, .changed)
    }

    func periods(_ lines: [CalendarLine], year: Int64, _ report: inout ImportReport) throws {
        var stored = Dictionary(try CalendarWrites.periods(year: year, db).map { (PeriodKey(scheme: $0.scheme, number: $0.number), $0) },
                                uniquingKeysWith: { first, _ in first })
        for line in lines {
            guard case .period(let scheme) = line.kind, let number = line.number else { continue }
            let key = PeriodKey(scheme: scheme, number: number)
            let old = stored.removeValue(forKey: key)
            let outcome = RowOutcome(old: old?.span, new: line.span)
            report.count(outcome)
            let historyKey = "year=\(year);scheme=\(scheme.rawValue);number=\(number)"
            if let old, outcome == .changed {
                try CalendarWrites.movePeriod(old.id, to: line.span, db)
                try record("period", historyKey, "dates", Self.text(old.span), Self.text(line.span))
            } else if old == nil {
                try CalendarWrites.insertPeriod(year: year, scheme: scheme, number: number, span: line.span, db)
                try record("period", historyKey, "dates", nil, Self.text(line.span))
            }
        }
        for period in stored.values.sorted(by: { ($0.scheme.rawValue, $0.number) < ($1.scheme.rawValue, $1.number) }) {
            let name = Period(id: PeriodID(period.id), scheme: period.scheme, number: period.number, span: period.span)
            report.notice(BilingualText(
                "«\(name.name(in: .ru))» в файле нет; период оставлен как был (\(period.span.first.russian)–\(period.span.last.russian))",
                "“\(name.name(in: .en))” is not in the file; the period is kept as it was (\(period.span.first.russian)–\(period.span.last.russian))"))
        }
    }

    /// Each grade's scheme, and the year's classes moved to their grade's scheme.
    func gradeSchemes(_ schemes: [Int: PeriodScheme], year: Int64) throws {
        let stored = try CalendarWrites.gradeSchemes(year: year, db)
        for (grade, scheme) in schemes.sorted(by: { $0.key < $1.key }) where stored[grade] != scheme {
            try CalendarWrites.setGradeScheme(year: year, grade: grade, scheme: scheme, db)
            try record("grade_scheme", "year=\(year);grade=\(grade)", "scheme", stored[grade]?.rawValue, scheme.rawValue)
        }
        for schoolClass in try SetupLookups.classes(year: year, db) {
            guard let scheme = schemes[schoolClass.name.grade], scheme.rawValue != schoolClass.scheme else { continue }
            try CalendarWrites.setClassScheme(schoolClass.id, scheme, db)
            try record("class", "id=\(schoolClass.id)", "period_scheme", schoolClass.scheme, scheme.rawValue)
        }
    }

    func daysOff(_ lines: [CalendarLine], year: Int64, _ report: inout ImportReport) throws {
        var stored = try CalendarWrites.daysOff(year: year, db)
        for line in lines where line.kind == .holiday {
            let name = line.name.trimmingCharacters(in: .whitespaces)
            if let index = stored.firstIndex(where: { $0.span == line.span && $0.name == name && $0.grades == line.grades }) {
                stored.remove(at: index)
                report.count(.unchanged)
                continue
            }
            try CalendarWrites.insertDayOff(year: year, span: line.span, name: name, grades: line.grades, db)
            try record("day_off", Self.dayOffKey(year, line.span, line.grades), "name", nil, name)
            report.count(.added)
        }
        for off in stored {
            try CalendarWrites.deleteDayOff(off.id, db)
            try record("day_off", Self.dayOffKey(year, off.span, off.grades), "name", off.name, nil)
            report.notice(BilingualText(
                "«\(off.name)» (\(off.span.first.russian)–\(off.span.last.russian)) в файле нет; эти дни больше не выходные",
                "“\(off.name)” (\(off.span.first.russian)–\(off.span.last.russian)) is not in the file; these days are no longer off"))
        }
    }

    private static func dayOffKey(_ year: Int64, _ span: DateSpan, _ grades: Set<Int>?) -> String {
        "year=\(year);days=\(text(span))" + (grades.map { ";grades=\(CalendarWrites.gradeText($0))" } ?? "")
    }

    func workingDays(_ lines: [CalendarLine], year: Int64, _ report: inout ImportReport) throws {
        var stored = try CalendarWrites.workingDays(year: year, db)
        for line in lines {
            guard case .workingDay(let worksAs) = line.kind else { continue }
            let name = line.name.trimmingCharacters(in: .whitespaces)
            let old = stored.removeValue(forKey: line.start)
            let outcome = RowOutcome(old: old.map { "\($0.worksAs) \($0.name)" }, new: "\(worksAs) \(name)")
            report.count(outcome)
            guard outcome != .unchanged else { continue }
            try CalendarWrites.setWorkingDay(year: year, date: line.start, worksAs: worksAs, name: name, db)
            try record("working_day", "year=\(year);date=\(line.start.iso)", "as_weekday", old.map { String($0.worksAs) }, String(worksAs))
        }
        for (date, old) in stored.sorted(by: { $0.key < $1.key }) {
            try CalendarWrites.deleteWorkingDay(year: year, date: date, db)
            try record("working_day", "year=\(year);date=\(date.iso)", "as_weekday", String(old.worksAs), nil)
            report.notice(BilingualText(
                "рабочего дня \(date.russian) в файле нет; он больше не учебный",
                "the working day \(date.russian) is not in the file; it is no longer a school day"))
        }
    }

    func scheduleDays(_ lines: [CalendarLine], year: Int64, schedules: [String: Int64], _ report: inout ImportReport) throws {
        var stored = try CalendarWrites.scheduleDays(year: year, db)
        for line in lines {
            guard case .shortenedDay(let schedule) = line.kind, let scheduleID = schedules[schedule] else { continue }
            var outcome = RowOutcome.unchanged
            for day in line.span.days {
                let old = stored.removeValue(forKey: day)
                guard old != schedule else { continue }
                outcome = old == nil && outcome != .changed ? .added : .changed
                try CalendarWrites.setScheduleDay(year: year, date: day, schedule: scheduleID, db)
                try record("day_schedule", "year=\(year);date=\(day.iso)", "schedule", old, schedule)
            }
            report.count(outcome)
        }
        for (date, old) in stored.sorted(by: { $0.key < $1.key }) {
            try CalendarWrites.deleteScheduleDay(year: year, date: date, db)
            try record("day_schedule", "year=\(year);date=\(date.iso)", "schedule", old, nil)
            report.notice(BilingualText(
                "\(date.russian) в файле не сокращённый день; звонки по основному расписанию",
                "\(date.russian) is not a shortened day in the file; the default bells ring"))
        }
    }
}

private struct PeriodKey: Hashable {
    let scheme: PeriodScheme
    let number: Int
}
