import EzhCore
internal import EzhStore

/// The deputy's periods: every scheme's quarters, half-years or trimesters of the current year,
/// and new first and last days for an open one that stays inside the year and clear of its
/// neighbours in the same scheme.
extension JournalService {
    public func yearPeriods(_ session: Session) throws -> [Period] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db) else { return [] }
            return try YearQueries.periods(of: year.id, db)
        }
    }

    public func setPeriodSpan(_ session: Session, id: PeriodID, span: DateSpan) throws {
        guard span.first <= span.last else {
            throw JournalError.invalidInput(field: Self.periodField, problem: BilingualText(
                "первый день позже последнего.", "the first day is after the last."))
        }
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db),
                  let period = try YearQueries.periods(of: year.id, db).first(where: { $0.id == id })
            else { throw JournalError.notFound(.period) }
            guard !year.closed else {
                throw JournalError.invalidInput(field: BilingualText("Учебный год", "School year"), problem: BilingualText(
                    "год закрыт, его периоды не меняют.", "the year is closed; its periods are not changed."))
            }
            guard !period.isClosed else {
                throw JournalError.invalidInput(field: Self.periodField, problem: BilingualText(
                    "период «\(period.name(in: .ru))» закрыт: его итоги выставлены, даты закрытого периода не меняют.",
                    "\(period.name(in: .en)) is closed: its finals are set, and a closed period's dates are not changed."))
            }
            for day in [span.first, span.last] where !year.span.contains(day) {
                throw TimetableRefusals.outsideYear(day)
            }
            let neighbours = try YearQueries.periods(of: year.id, db).filter { $0.scheme == period.scheme && $0.id != id }
            if let clash = neighbours.first(where: { $0.span.first <= span.last && span.first <= $0.span.last }) {
                let dates = "\(clash.span.first.russian)–\(clash.span.last.russian)"
                throw JournalError.invalidInput(field: Self.periodField, problem: BilingualText(
                    "даты заходят на период «\(clash.name(in: .ru))» (\(dates)); сначала сдвиньте его.",
                    "the dates overlap \(clash.name(in: .en)) (\(dates)); move that one first."))
            }
            guard span != period.span else { return }
            try PeriodWrites.setSpan(id, span, db)
            try ChangeLog.record(stamp.change(
                entity: "period", key: "period=\(id)", field: "span",
                from: "\(period.span.first.iso)–\(period.span.last.iso)", to: "\(span.first.iso)–\(span.last.iso)"
            ), in: db)
        }
    }

    private static let periodField = BilingualText("Период", "Period")
}
