import EzhCore
internal import EzhStore

extension JournalService {
    /// «Контроль ведения журнала» for a month (section 3.5): lessons up to today. Deputy and director only.
    public func journalControlReport(_ session: Session, year: Int, month: Int) throws -> ReportDocument {
        guard (1...12).contains(month), (2000...2100).contains(year) else {
            throw JournalError.invalidInput(field: BilingualText("месяц", "month"), problem: BilingualText("нет месяца \(year)-\(month); нужен вид ГГГГ-ММ", "there is no month \(year)-\(month); use YYYY-MM"))
        }
        let today = timeZone.localDate(of: now())
        let first = LocalDate(year: year, month: month, day: 1)
        let span = DateSpan(first, min(LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)), today))
        let monthName = "\(ClassJournalBook.monthName(month)) \(year)"
        var result: ReportDocument?
        try read { db in
            let viewer = try viewer(for: session, db)
            try requireSchoolReports(viewer, BilingualText("контроль ведения журнала", "the journal control report"))
            let control = span.first <= span.last
                ? JournalControl(teachers: try SchoolReportQueries.journalControl(in: span, db), notices: try noticeControl(in: span, db))
                : JournalControl(teachers: [])
            let deputy = try NameQueries.staff(db).first { $0.id == viewer.staffID }?.name.withInitials ?? ""
            result = control.document(
                school: try SchoolQueries.school(db)?.name ?? "",
                period: span.first <= span.last ? "\(monthName) (\(span.first.russian) — \(span.last.russian))" : monthName,
                printDate: today, deputy: deputy
            )
        }
        try logRead(session, .report, object: "контроль ведения журнала \(first.iso.prefix(7))")
        return result!
    }
}

extension ReportKind {
    static let journalControl = ReportKind(
        id: "journal-control", title: BilingualText("Контроль ведения журнала", "Journal keeping control"), audience: administration, needs: [.month]
    ) { service, session, request in
        let month = try request.requiredMonth()
        return MadeReport(document: try service.journalControlReport(session, year: month.year, month: month.month))
    }
}
