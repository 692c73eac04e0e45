import EzhCore
internal import EzhStore

extension JournalService {
    /// «Посещаемость за месяц» of a class: for its class teacher and for the school's
    /// administration (deputy, director), refused to everyone else. Computed in one read
    /// transaction and logged in the access log as `report`.
    public func monthlyAttendanceReport(_ session: Session, classID: ClassID, year: Int, month: Int) throws -> ReportDocument {
        guard (1...12).contains(month), (2000...2100).contains(year) else {
            throw JournalError.invalidInput(field: BilingualText("месяц", "month"), problem: BilingualText("нет месяца \(year)-\(month); нужен вид ГГГГ-ММ", "there is no month \(year)-\(month); use YYYY-MM"))
        }
        let span = DateSpan(
            LocalDate(year: year, month: month, day: 1),
            LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))
        )
        let printDate = timeZone.localDate(of: now())
        var document: ReportDocument?
        var classLabel = ""
        try read { db in
            let viewer = try viewer(for: session, db)
            guard viewer.readsWholeSchool || (SchoolAction.readOwnClass.isAllowed(for: viewer.roles) && viewer.ledClasses.contains(classID)) else {
                throw JournalError.accessDenied(BilingualText("посещаемость чужого класса", "the attendance of another class"))
            }
            guard let className = try AbsenceQueries.className(classID, db) else { throw JournalError.notFound(BilingualText("класс", "class")) }
            classLabel = className.description
            let pupils = try AttendanceReportQueries.pupils(ofClass: classID, in: span, db)
            let counts = try AttendanceReportQueries.lessonCounts(ofClass: classID, in: span, pupils: pupils.map(\.id), db)
            let entries = try AttendanceReportQueries.entries(ofClass: classID, in: span, db)
            let report = MonthlyAttendance(year: year, month: month, pupils: pupils, lessonsByPupil: counts, entries: entries)
            document = report.document(
                school: try SchoolQueries.school(db)?.name ?? "",
                className: className.description,
                classTeacher: try AttendanceReportQueries.classTeacherName(classID, db)?.withInitials ?? "",
                printDate: printDate
            )
        }
        try logRead(session, .report, object: "посещаемость за месяц \(classLabel) \(span.first.iso.prefix(7))", scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil))
        return document!
    }
}

extension ReportKind {
    static let monthlyAttendance = ReportKind(
        id: "monthly-attendance", title: BilingualText("Посещаемость за месяц", "Monthly attendance"),
        audience: administration.union([.classTeacher]), needs: [.class, .month]
    ) { service, session, request in
        let month = try request.requiredMonth()
        return MadeReport(document: try service.monthlyAttendanceReport(session, classID: try request.requiredClass(), year: month.year, month: month.month))
    }
}
