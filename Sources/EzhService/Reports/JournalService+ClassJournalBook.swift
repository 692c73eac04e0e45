import EzhCore
internal import EzhStore

/// A class's journal of a year for print: the contents (what the screen and spreadsheets show)
/// and every page in journal order (the PDF's sections).
public struct ClassJournalDocuments: Sendable {
    public let contents: ReportDocument
    public let pages: [ReportDocument]

    /// The contents on screen and in spreadsheets; in print the contents, then every page.
    public var made: MadeReport { MadeReport(document: contents, printed: .sections([contents] + pages)) }
}

extension JournalService {
    /// «Классный журнал за год» of a class, page by page. Deputy and director only.
    public func classJournalBook(_ session: Session, classID: ClassID) throws -> ClassJournalDocuments {
        var result: ClassJournalDocuments?
        var object = ""
        try read { db in
            try requireSchoolReports(try viewer(for: session, db), BilingualText("классный журнал для печати", "the class journal for print"))
            let book = try journalBook(classID, db)
            result = book
            object = "классный журнал \(book.contents.titleBlock.className) \(book.contents.titleBlock.period)"
        }
        try logRead(session, .report, object: object, scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil))
        return result!
    }

    /// A class's journal pages (no access check: the callers check).
    func journalBook(_ classID: ClassID, _ db: StoreTransaction) throws -> ClassJournalDocuments {
        guard let classYear = try MovementQueries.classYear(classID, db) else { throw JournalError.notFound(.classWord) }
        let periods = try SchoolQueries.periods(ofClass: classID, db)
        let book = ClassJournalBook(
            className: classYear.name, year: classYear.yearName,
            classTeacher: try AttendanceReportQueries.classTeacherName(classID, db)?.withInitials ?? "",
            finalColumns: periods.map { ClassYearFinals.romanPeriod($0.number) } + ["год", "экз", "итог"],
            pages: try SchoolReportQueries.journalPages(ofClass: classID, db)
        )
        let school = try SchoolQueries.school(db)?.name ?? ""
        let printDate = timeZone.localDate(of: now())
        return ClassJournalDocuments(contents: book.contents(school: school, printDate: printDate), pages: book.sections(school: school, printDate: printDate))
    }
}

extension ReportKind {
    static let classJournal = ReportKind(
        id: "class-journal", title: BilingualText("Классный журнал за год (для печати и архива)", "The class journal of a year (for print and the archive)"),
        audience: administration, needs: [.class]
    ) { service, session, request in
        try service.classJournalBook(session, classID: try request.requiredClass()).made
    }
}
