import EzhCore
internal import EzhStore

extension JournalService {
    /// «Отчёт учителя за период»: every class and group the teacher teaches, for the period with
    /// number `period` in each class's scheme. A teacher makes their own (`teacher` nil or their
    /// own id); the deputy and the director make anyone's; everyone else is refused.
    public func teacherPeriodReport(_ session: Session, teacher: StaffID?, period number: Int) throws -> ReportDocument {
        let printDate = timeZone.localDate(of: now())
        let counted = lastCountedDay()
        var object = ""
        let document = try read { db in
            let viewer = try viewer(for: session, db)
            guard let staff = teacher ?? viewer.staffID else {
                throw JournalError.invalidInput(field: BilingualText("учитель", "teacher"), problem: BilingualText("не указан", "not given"))
            }
            guard viewer.readsWholeSchool || (staff == viewer.staffID && SchoolAction.enterOwnLessons.isAllowed(for: viewer.roles)) else {
                throw JournalError.accessDenied(BilingualText("отчёт другого учителя", "another teacher's report"))
            }
            guard let name = try TeacherReportQueries.staffName(staff, db) else {
                throw JournalError.notFound(BilingualText("учитель", "teacher"))
            }
            var periodNames: [String] = []
            let lines = try PageQueries.pages(taughtBy: staff, db).compactMap { page -> TeacherPeriodReport.Line? in
                guard let period = try SchoolQueries.periods(ofClass: page.classID, db).first(where: { $0.number == number }) else { return nil }
                let periodName = period.name(in: .ru)
                if !periodNames.contains(periodName) { periodNames.append(periodName) }
                let results = try Self.subjectResults(of: [page], period: period, db)
                let day = min(counted, period.span.last)
                let plan = try Self.ktpPrintout(of: page, period: period.span, day: day, db)
                return TeacherPeriodReport.Line(
                    className: reportClassName([page]), subject: page.subjectName, period: periodName,
                    pupils: results.pupils.filter { $0.leftOn == nil }.count, tally: results.tally,
                    plannedHours: plan.plannedInPeriod, givenHours: plan.givenInPeriod,
                    workTypes: try GridQueries.assignments(of: page, in: period.span, db).map(\.workType.name)
                )
            }
            let periodName = periodNames.isEmpty ? "\(number) период" : periodNames.joined(separator: " / ")
            object = "отчёт учителя \(name.withInitials) \(periodName)"
            return TeacherPeriodReport(lines: lines).document(
                school: try SchoolQueries.school(db)?.name ?? "", teacher: name, period: periodName, printDate: printDate
            )
        }
        try logRead(session, .report, object: object)
        return document
    }
}

extension ReportKind {
    /// A teacher picks themselves; the deputy and the director pick any teacher.
    static let teacherPeriodReport = ReportKind(
        id: "teacher-period", title: BilingualText("Отчёт учителя за период", "Teacher's report for a period"),
        audience: administration.union([.teacher]), needs: [.teacher, .period]
    ) { service, session, request in
        MadeReport(document: try service.teacherPeriodReport(session, teacher: request.teacherID, period: try request.requiredPeriod()))
    }
}
