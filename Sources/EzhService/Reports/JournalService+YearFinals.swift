import EzhCore
internal import EzhStore

/// The year-end documents of a class: the сводная ведомость итоговой успешности and what its
/// binding sheet needs once the pages are counted.
public struct YearResultsDocuments: Sendable {
    public let results: ReportDocument
    /// The binding sheet, its count of sheets left for the PDF renderer to write in.
    public let bindingSheet: ReportDocument

    /// The ведомость as the catalogue gives it: the table on screen and in spreadsheets, the
    /// binding sheet after it in print.
    public var made: MadeReport { MadeReport(document: results, printed: .sections([results, bindingSheet])) }
}

extension JournalService {
    /// «Итоговые данные по учащимся» of a class for its year. Deputy and director only.
    public func finalDataReport(_ session: Session, classID: ClassID) throws -> ReportDocument {
        try yearFinalsDocument(session, classID: classID, what: BilingualText("итоговые данные", "the final data")) { finals, facts in
            finals.finalData(school: facts.school, year: facts.year, classTeacher: facts.classTeacher, printDate: facts.printDate)
        }
    }

    /// «Сводная ведомость итоговой успешности за год» of a class, with its binding sheet.
    /// Deputy and director only.
    public func yearResultsReport(_ session: Session, classID: ClassID) throws -> YearResultsDocuments {
        try yearFinalsDocument(
            session, classID: classID, what: BilingualText("сводная ведомость итоговой успешности", "the year's results sheet")
        ) { finals, facts in
            Self.yearResults(finals, facts)
        }
    }

    /// A class's сводная ведомость with its binding sheet (no access check: the archive's).
    func yearResultsDocuments(_ classID: ClassID, _ db: StoreTransaction) throws -> YearResultsDocuments {
        let (finals, facts) = try yearFinals(classID, db)
        return Self.yearResults(finals, facts)
    }

    private static func yearResults(_ finals: ClassYearFinals, _ facts: YearDocumentFacts) -> YearResultsDocuments {
        YearResultsDocuments(
            results: finals.yearResults(
                school: facts.school, year: facts.year, classTeacher: facts.classTeacher, director: facts.director, printDate: facts.printDate
            ),
            bindingSheet: BindingSheet.document(
                bound: "Сводная ведомость итоговой успешности", school: facts.school,
                className: finals.className.description, period: "\(facts.year) учебный год", director: facts.director, printDate: facts.printDate
            )
        )
    }

    struct YearDocumentFacts: Sendable {
        let school: String
        let year: String
        let classTeacher: String
        let director: String
        let printDate: LocalDate
    }

    private func yearFinalsDocument<T>(
        _ session: Session, classID: ClassID, what: BilingualText, make: (ClassYearFinals, YearDocumentFacts) -> T
    ) throws -> T {
        var result: T?
        var object = ""
        try read { db in
            try requireSchoolReports(try viewer(for: session, db), what)
            let (finals, facts) = try yearFinals(classID, db)
            result = make(finals, facts)
            object = "\(what.russian) \(finals.className) \(facts.year)"
        }
        try logRead(session, .report, object: object, scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil))
        return result!
    }

    /// A class's finals for its year and the names its documents print (no access check: the
    /// callers check).
    func yearFinals(_ classID: ClassID, _ db: StoreTransaction) throws -> (ClassYearFinals, YearDocumentFacts) {
        guard let classYear = try MovementQueries.classYear(classID, db),
              let finals = try SchoolReportQueries.yearFinals(ofClass: classID, year: classYear.year, db)
        else { throw JournalError.notFound(.classWord) }
        let facts = YearDocumentFacts(
            school: try SchoolQueries.school(db)?.name ?? "", year: classYear.yearName,
            classTeacher: try AttendanceReportQueries.classTeacherName(classID, db)?.withInitials ?? "",
            director: try SchoolReportQueries.directorName(db)?.withInitials ?? "", printDate: timeZone.localDate(of: now())
        )
        return (finals, facts)
    }
}

extension ReportKind {
    static let finalData = ReportKind(
        id: "final-data", title: BilingualText("Итоговые данные по учащимся", "Final data per pupil"), audience: administration, needs: [.class]
    ) { service, session, request in
        MadeReport(document: try service.finalDataReport(session, classID: try request.requiredClass()))
    }

    static let yearResults = ReportKind(
        id: "year-results", title: BilingualText("Сводная ведомость итоговой успешности за год", "The year's results sheet"),
        audience: administration, needs: [.class]
    ) { service, session, request in
        try service.yearResultsReport(session, classID: try request.requiredClass()).made
    }
}
