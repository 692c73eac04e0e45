import EzhCore
internal import EzhStore

/// The deputy's holidays: added or removed for days from today on, and the lessons of every class
/// made again from the holiday's first day (refused, listing them, when lessons with entries
/// would go).
extension JournalService {
    public func holidays(_ session: Session) throws -> [HolidaySummary] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db) else { return [] }
            return try SchoolYearQueries.holidays(year: year.id, db).map { HolidaySummary(id: $0.id, span: $0.span, name: $0.name) }
        }
    }

    @discardableResult
    public func addHoliday(_ session: Session, span: DateSpan, name: String) throws -> LessonChangeCounts {
        let name = name.trimmingCharacters(in: .whitespaces)
        let field = BilingualText("Каникулы", "Holidays")
        guard !name.isEmpty else {
            throw JournalError.invalidInput(field: field, problem: BilingualText("нужно название: «Зимние каникулы».", "a name is needed: “Winter holidays”."))
        }
        guard span.first <= span.last else {
            throw JournalError.invalidInput(field: field, problem: BilingualText("первый день позже последнего.", "the first day is after the last."))
        }
        return try write(session) { db, stamp in
            let year = try holidayYear(session, from: span.first, db)
            guard span.last <= year.span.last else { throw TimetableRefusals.outsideYear(span.last) }
            let id = try SchoolYearQueries.insertHoliday(year: year.id, span: span, name: name, db)
            try ChangeLog.record(stamp.change(
                entity: "day_off", key: "day_off=\(id)", field: "span", from: nil, to: "\(name): \(span.first.iso)–\(span.last.iso)"
            ), in: db)
            return try regenerateLessons(from: span.first, stamp, db)
        }
    }

    @discardableResult
    public func removeHoliday(_ session: Session, id: Int64) throws -> LessonChangeCounts {
        try write(session) { db, stamp in
            guard let year = try TimetableQueries.year(around: today(), db),
                  let holiday = try SchoolYearQueries.holidays(year: year.id, db).first(where: { $0.id == id })
            else { throw JournalError.notFound(BilingualText("каникулы", "holidays")) }
            _ = try holidayYear(session, from: holiday.span.first, db)
            try SchoolYearQueries.deleteHoliday(id, db)
            try ChangeLog.record(stamp.change(
                entity: "day_off", key: "day_off=\(id)", field: "span",
                from: "\(holiday.name): \(holiday.span.first.iso)–\(holiday.span.last.iso)", to: nil
            ), in: db)
            return try regenerateLessons(from: holiday.span.first, stamp, db)
        }
    }

    /// The open year that holds `first`, which must be today or later.
    private func holidayYear(_ session: Session, from first: LocalDate, _ db: StoreTransaction) throws -> (id: YearID, span: DateSpan, closed: Bool) {
        try require(.manageSchoolYear, try viewer(for: session, db))
        let today = today()
        guard first >= today else {
            throw JournalError.invalidInput(field: BilingualText("Каникулы", "Holidays"), problem: BilingualText(
                "прошедшие дни не меняют: каникулы должны начинаться не раньше сегодняшнего дня (\(today.russian)).",
                "past days are not changed: the holidays must start today (\(today.russian)) or later."))
        }
        guard let year = try TimetableQueries.year(around: first, db), year.span.contains(first) else {
            throw TimetableRefusals.outsideYear(first)
        }
        guard !year.closed else { throw TimetableRefusals.closedYear }
        return year
    }
}
