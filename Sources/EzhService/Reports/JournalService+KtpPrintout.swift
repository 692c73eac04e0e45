import EzhCore
internal import EzhStore

extension JournalService {
    /// «КТП: план и факт» of a class's subject for its period number `period`: a document per
    /// group the viewer may see (one for a subject taught to the whole class). «Behind or ahead»
    /// is counted to the period's last day, or to yesterday while the period runs.
    public func ktpPrintout(_ session: Session, classID: ClassID, subjectID: SubjectID, period number: Int) throws -> [ReportDocument] {
        let printDate = timeZone.localDate(of: now())
        let counted = lastCountedDay()
        var object = ""
        let documents = try read { db in
            let viewer = try viewer(for: session, db)
            let pages = try teacherReportPages(
                viewer, classID: classID, subjectID: subjectID, report: BilingualText("КТП чужого класса", "the lesson plan of another teacher's class"), db
            )
            let period = try reportPeriod(ofClass: classID, number: number, db)
            let school = try SchoolQueries.school(db)?.name ?? ""
            let periodName = period.name(in: .ru)
            object = "КТП \(reportClassName(pages)) \(pages[0].subjectName) \(periodName)"
            return try pages.map { page in
                let printout = try Self.ktpPrintout(of: page, period: period.span, day: min(counted, period.span.last), db)
                return printout.document(
                    school: school, className: reportClassName([page]), subject: page.subjectName, period: periodName,
                    teacher: try reportTeachers([page], db).first ?? "", printDate: printDate
                )
            }
        }
        try logRead(session, .report, object: object, scope: ChangeScope(classID: classID, subjectID: subjectID, lessonDate: nil))
        return documents
    }

    static func ktpPrintout(of page: JournalPage, period: DateSpan, day: LocalDate, _ db: StoreTransaction) throws -> KtpPrintout {
        guard let teaching = try LessonPlanQueries.teachingID(of: page, db) else {
            return KtpPrintout(plan: [], lessons: [], period: period, day: day)
        }
        let lessons = try KtpQueries.lessons(ofTeaching: teaching, db).map { PlanProgress.Lesson(date: $0.date, topic: $0.topic) }
        return KtpPrintout(plan: try LessonPlanQueries.rows(of: teaching, db), lessons: lessons, period: period, day: day)
    }
}

extension ReportKind {
    /// A subject taught in groups prints each group's plan on pages of its own; the screen and
    /// the spreadsheets show them one after another under a row naming the group.
    static let ktpPrintout = ReportKind(
        id: "ktp", title: BilingualText("КТП: план и факт", "Lesson plan: planned and given"),
        audience: administration.union([.teacher, .classTeacher]), needs: [.class, .subject, .period]
    ) { service, session, request in
        let documents = try service.ktpPrintout(
            session, classID: try request.requiredClass(), subjectID: try request.requiredSubject(), period: try request.requiredPeriod()
        )
        guard documents.count > 1, var joined = documents.first else { return MadeReport(document: documents[0]) }
        // The joined table is the whole class's: «5А», not the first group's «5А (1 группа)».
        joined.titleBlock.className = String(joined.titleBlock.className.prefix { $0 != " " })
        joined.bodyRows = documents.flatMap { [[.empty, .text($0.titleBlock.className)]] + $0.bodyRows + $0.footerRows }
        joined.footerRows = []
        return MadeReport(document: joined, printed: .sections(documents))
    }
}
