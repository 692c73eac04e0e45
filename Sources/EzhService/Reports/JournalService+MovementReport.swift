import EzhCore
internal import EzhStore

/// «Движение учащихся»: the per-class table (what the screen, CSV and XLSX show) and the lists
/// of who came and went (a second section of the PDF).
public struct MovementDocuments: Sendable {
    public let summary: ReportDocument
    public let lists: ReportDocument

    /// The table on screen and in spreadsheets; in print the table, then the lists.
    public var made: MadeReport { MadeReport(document: summary, printed: .sections([summary, lists])) }
}

extension JournalService {
    /// The pupils' movement over period `number` of the current year (its quarters, or the scheme
    /// its classes follow), or over the whole year when `number` is nil. Deputy and director only.
    public func movementReport(_ session: Session, period number: Int?) throws -> MovementDocuments {
        let printDate = timeZone.localDate(of: now())
        var result: MovementDocuments?
        var object = ""
        try read { db in
            try requireSchoolReports(try viewer(for: session, db), BilingualText("движение учащихся", "the pupils' movement"))
            let year = try reportYear(db)
            let span: DateSpan
            let periodName: String
            if let number {
                let periods = try YearQueries.periods(of: year.id, db)
                let scheme = periods.first { $0.scheme == .quarters }?.scheme ?? periods.first?.scheme
                guard let period = periods.first(where: { $0.scheme == scheme && $0.number == number }) else { throw JournalError.notFound(.period) }
                span = period.span
                periodName = "\(period.name(in: .ru)) \(year.name) (\(span.first.russian) — \(span.last.russian))"
            } else {
                span = year.span
                periodName = "\(year.name) учебный год"
            }
            let report = MovementReport(
                span: span, classes: try YearQueries.classes(ofYear: year.id, db).map(\.name), stays: try SchoolReportQueries.stays(ofYear: year.id, db)
            )
            let school = try SchoolQueries.school(db)?.name ?? ""
            let director = try SchoolReportQueries.directorName(db)?.withInitials ?? ""
            result = MovementDocuments(
                summary: report.summary(school: school, period: periodName, printDate: printDate, director: director),
                lists: report.lists(school: school, period: periodName, printDate: printDate)
            )
            object = "движение учащихся \(periodName)"
        }
        try logRead(session, .report, object: object)
        return result!
    }
}

extension ReportKind {
    static let movement = ReportKind(
        id: "movement", title: BilingualText("Движение учащихся за период", "Pupils' movement for a period"), audience: administration, needs: [.period]
    ) { service, session, request in
        try service.movementReport(session, period: try request.requiredPeriod()).made
    }

    static let movementYear = ReportKind(
        id: "movement-year", title: BilingualText("Движение учащихся за год", "Pupils' movement for the year"), audience: administration, needs: []
    ) { service, session, _ in
        try service.movementReport(session, period: nil).made
    }
}
