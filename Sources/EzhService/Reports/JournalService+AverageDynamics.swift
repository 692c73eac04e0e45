import EzhCore
internal import EzhStore

extension JournalService {
    /// «Динамика среднего балла» of a pupil in a class's subject over its period number `period`,
    /// against the class's (the groups the viewer may see): for the subject's teacher, the class
    /// teacher and the administration.
    public func averageDynamics(
        _ session: Session, classID: ClassID, subjectID: SubjectID, period number: Int, pupil: PupilID
    ) throws -> ReportDocument {
        let printDate = timeZone.localDate(of: now())
        var object = ""
        let document = try read { db in
            let viewer = try viewer(for: session, db)
            let pages = try teacherReportPages(
                viewer, classID: classID, subjectID: subjectID,
                report: BilingualText("динамика по предмету чужого класса", "the average dynamics of another teacher's class"), db
            )
            let period = try reportPeriod(ofClass: classID, number: number, db)
            var name: PersonName?
            var classMarks: [TeacherReportQueries.DatedMark] = []
            for page in pages {
                if name == nil {
                    name = try GridQueries.pupils(of: page, in: period.span, period: period.id, db).first { $0.id == pupil }?.name
                }
                classMarks += try TeacherReportQueries.datedMarks(of: page, in: period.span, db)
            }
            guard let name else { throw JournalError.notFound(BilingualText("ученик в этом классе за этот период", "the pupil in this class in this period")) }
            let mark = { (row: TeacherReportQueries.DatedMark) in AverageDynamics.Mark(date: row.date, value: row.value, weight: row.weight) }
            let dynamics = AverageDynamics(pupil: classMarks.filter { $0.pupil == pupil }.map(mark), classMarks: classMarks.map(mark))
            let className = reportClassName(pages)
            let periodName = period.name(in: .ru)
            object = "динамика среднего балла \(className) \(pages[0].subjectName) \(periodName)"
            return dynamics.document(
                school: try SchoolQueries.school(db)?.name ?? "", className: className, subject: pages[0].subjectName,
                pupil: name, period: periodName, printDate: printDate
            )
        }
        try logRead(session, .report, object: object, scope: ChangeScope(classID: classID, subjectID: subjectID, lessonDate: nil))
        return document
    }
}

extension ReportKind {
    static let averageDynamics = ReportKind(
        id: "average-dynamics", title: BilingualText("Динамика среднего балла", "Average mark over time"),
        audience: administration.union([.teacher, .classTeacher]), needs: [.class, .subject, .period, .pupil]
    ) { service, session, request in
        MadeReport(document: try service.averageDynamics(
            session, classID: try request.requiredClass(), subjectID: try request.requiredSubject(), period: try request.requiredPeriod(),
            pupil: try request.requiredPupil()
        ))
    }
}
