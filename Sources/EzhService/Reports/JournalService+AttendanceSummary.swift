import EzhCore
internal import EzhStore

extension JournalService {
    /// «Сводная ведомость учёта посещаемости» of a class for its period number `period`: for its
    /// class teacher and the school's administration. One read, logged as `report`.
    public func attendanceSummary(_ session: Session, classID: ClassID, period number: Int) throws -> ReportDocument {
        var object = ""
        var scope: ChangeScope?
        let document = try read { db in
            let facts = try classReportFacts(
                session, classID: classID, period: number, what: BilingualText("посещаемость чужого класса", "the attendance of another class"),
                needsMarks: false, db
            )
            let span = facts.period.span
            let pupils = try AttendanceReportQueries.pupils(ofClass: classID, in: span, db)
            let summary = AttendanceSummary(
                span: span, pupils: pupils,
                lessonsByPupil: try AttendanceReportQueries.lessonCounts(ofClass: classID, in: span, pupils: pupils.map(\.id), db),
                entries: try AttendanceReportQueries.entries(ofClass: classID, in: span, db)
            )
            object = "сводная ведомость посещаемости \(facts.className) \(facts.periodName)"
            scope = facts.scope
            return summary.document(
                school: facts.school, className: facts.className.description, period: facts.periodName,
                classTeacher: facts.classTeacher, printDate: facts.printDate
            )
        }
        try logRead(session, .report, object: object, scope: scope)
        return document
    }
}

extension ReportKind {
    static let attendanceSummary = ReportKind(
        id: "attendance-summary", title: BilingualText("Сводная ведомость учёта посещаемости", "Attendance summary for a period"),
        audience: administration.union([.classTeacher]), needs: [.class, .period]
    ) { service, session, request in
        MadeReport(document: try service.attendanceSummary(session, classID: try request.requiredClass(), period: try request.requiredPeriod()))
    }
}
