import EzhCore
internal import EzhStore

extension JournalService {
    /// «Итоги успеваемости по предмету» of a class's subject for its period number `period`: for
    /// the subject's teacher (their own groups), the class teacher and the administration.
    public func subjectResults(_ session: Session, classID: ClassID, subjectID: SubjectID, period number: Int) throws -> ReportDocument {
        let printDate = timeZone.localDate(of: now())
        var object = ""
        let document = try read { db in
            let viewer = try viewer(for: session, db)
            let pages = try teacherReportPages(
                viewer, classID: classID, subjectID: subjectID,
                report: BilingualText("итоги по предмету чужого класса", "the subject results of another teacher's class"), db
            )
            let period = try reportPeriod(ofClass: classID, number: number, db)
            let results = try Self.subjectResults(of: pages, period: period, db)
            let className = reportClassName(pages)
            let periodName = period.name(in: .ru)
            object = "итоги по предмету \(className) \(pages[0].subjectName) \(periodName)"
            return results.document(
                school: try SchoolQueries.school(db)?.name ?? "", className: className, subject: pages[0].subjectName,
                period: periodName, teachers: try reportTeachers(pages, db), printDate: printDate
            )
        }
        try logRead(session, .report, object: object, scope: ChangeScope(classID: classID, subjectID: subjectID, lessonDate: nil))
        return document
    }

    /// The pupils of the pages in the period with their marks, final, leaving day and exemption:
    /// shared by the subject results and the teacher's period report.
    static func subjectResults(of pages: [JournalPage], period: Period, _ db: StoreTransaction) throws -> SubjectResults {
        guard let first = pages.first else { return SubjectResults(pupils: []) }
        let span = period.span
        let finals = try GridQueries.periodFinals(of: first, period: period.id, db)
        let exemptions = try ExemptionQueries.exemptDays(subject: first.subjectID, in: span, db)
        var pupils: [PupilID: GridPupil] = [:]
        var marks: [PupilID: [(value: MarkValue, weight: Double)]] = [:]
        for page in pages {
            for pupil in try GridQueries.pupils(of: page, in: span, period: period.id, db) { pupils[pupil.id] = pupil }
            for (pupil, own) in try FinalsQueries.weightedMarks(of: page, in: span, db) { marks[pupil, default: []] += own }
        }
        return SubjectResults(pupils: pupils.values.map { pupil in
            // A pupil whose stays in the class all end before the period's last day has left.
            let leftOn = pupil.daysInClass.flatMap { stays in
                stays.contains { $0.last == span.last } ? nil : stays.map(\.last).max()
            }
            let stays = pupil.daysInClass ?? [span]
            let isExempt = stays.allSatisfy { stay in
                (exemptions[pupil.id] ?? []).contains { $0.first <= stay.first && stay.last <= $0.last }
            }
            return SubjectResults.Pupil(
                name: pupil.name, marks: marks[pupil.id] ?? [], final: finals[pupil.id], leftOn: leftOn, isExempt: isExempt
            )
        })
    }
}

extension ReportKind {
    static let subjectResults = ReportKind(
        id: "subject-results", title: BilingualText("Итоги успеваемости по предмету", "Subject results for a period"),
        audience: administration.union([.teacher, .classTeacher]), needs: [.class, .subject, .period]
    ) { service, session, request in
        MadeReport(document: try service.subjectResults(
            session, classID: try request.requiredClass(), subjectID: try request.requiredSubject(), period: try request.requiredPeriod()
        ))
    }
}
