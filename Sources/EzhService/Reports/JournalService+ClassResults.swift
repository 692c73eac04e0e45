import EzhCore
internal import EzhStore

extension JournalService {
    /// «Итоги успеваемости класса за период» from the period finals: for the class teacher and
    /// the school's administration. One read, logged as `report`.
    public func classResults(_ session: Session, classID: ClassID, period number: Int) throws -> ReportDocument {
        var object = ""
        var scope: ChangeScope?
        let document = try read { db in
            let facts = try classReportFacts(
                session, classID: classID, period: number, what: BilingualText("итоги чужого класса", "the results of another class"),
                needsMarks: true, db
            )
            let finals = Dictionary(grouping: try ClassReportQueries.finals(ofPupilsOf: classID, db).filter { $0.kind == .period(facts.period.id) },
                                    by: \.pupil)
            let results = ClassResults(pupils: try AttendanceReportQueries.pupils(ofClass: classID, in: facts.period.span, db).map { pupil in
                ClassResults.Pupil(
                    id: pupil.id, name: pupil.name, isOnRoll: pupil.stays.contains { $0.contains(facts.period.span.last) },
                    finals: (finals[pupil.id] ?? []).map(\.value)
                )
            })
            object = "итоги успеваемости \(facts.className) \(facts.periodName)"
            scope = facts.scope
            return results.document(
                school: facts.school, className: facts.className.description, period: facts.periodName,
                classTeacher: facts.classTeacher, printDate: facts.printDate
            )
        }
        try logRead(session, .report, object: object, scope: scope)
        return document
    }
}

extension ReportKind {
    static let classResults = ReportKind(
        id: "class-results", title: BilingualText("Итоги успеваемости класса за период", "Class results for a period"),
        audience: administration.union([.classTeacher]), needs: [.class, .period]
    ) { service, session, request in
        MadeReport(document: try service.classResults(session, classID: try request.requiredClass(), period: try request.requiredPeriod()))
    }
}
