import EzhCore
internal import EzhStore

extension JournalService {
    /// «Наполняемость классов» on `day` (nil: on 20 September of the current year, the reference
    /// count). Deputy and director only.
    public func classSizesReport(_ session: Session, on day: LocalDate?) throws -> ReportDocument {
        let printDate = timeZone.localDate(of: now())
        var result: ReportDocument?
        var object = ""
        try read { db in
            try requireSchoolReports(try viewer(for: session, db), BilingualText("наполняемость классов", "the class sizes"))
            let year: SchoolYear
            if let day {
                guard let holding = try SchoolReportQueries.year(holding: day, db) else { throw JournalError.notFound(BilingualText("учебный год", "school year")) }
                year = holding
            } else {
                year = try reportYear(db)
            }
            let reference = LocalDate(year: year.span.first.year, month: 9, day: 20)
            let date = day ?? reference
            let sizes = ClassSizes(day: date, classes: try SchoolReportQueries.classSizes(ofYear: year.id, on: date, db))
            let title = date == reference ? "Наполняемость классов на 20 сентября" : "Наполняемость классов"
            result = sizes.document(
                school: try SchoolQueries.school(db)?.name ?? "", title: title, printDate: printDate,
                director: try SchoolReportQueries.directorName(db)?.withInitials ?? ""
            )
            object = "наполняемость классов на \(date.russian)"
        }
        try logRead(session, .report, object: object)
        return result!
    }
}

extension ReportKind {
    static let classSizes = ReportKind(
        id: "class-sizes", title: BilingualText("Наполняемость классов на дату", "Class sizes on a date"), audience: administration, needs: [.date]
    ) { service, session, request in
        MadeReport(document: try service.classSizesReport(session, on: try request.requiredDate()))
    }

    static let classSizesSeptember = ReportKind(
        id: "class-sizes-september", title: BilingualText("Наполняемость классов на 20 сентября", "Class sizes on 20 September"),
        audience: administration, needs: []
    ) { service, session, _ in
        MadeReport(document: try service.classSizesReport(session, on: nil))
    }
}
