import EzhCore
internal import EzhStore

extension JournalService {
    /// The class teacher's preliminary (`basis: .currentAverages`, from the marks so far) or final
    /// (`.finals`, from the period finals) report of the pupils at risk in period number `period`:
    /// for the class teacher and the school's administration. One read, logged as `report`.
    public func periodRiskReport(_ session: Session, classID: ClassID, period number: Int, basis: PeriodRisk.Basis) throws -> ReportDocument {
        var object = ""
        var scope: ChangeScope?
        let document = try read { db in
            let facts = try classReportFacts(
                session, classID: classID, period: number, what: BilingualText("отчёт по чужому классу", "a report on another class"),
                needsMarks: true, db
            )
            let span = facts.period.span
            // The preliminary report judges the pupils in the class today (within the period); the final one at its end.
            let day = basis == .finals ? span.last : min(max(facts.printDate, span.first), span.last)
            let onRoll = try AttendanceReportQueries.pupils(ofClass: classID, in: span, db).filter { $0.stays.contains { $0.contains(day) } }
            let classTeachings = try ClassReportQueries.teachings(ofClass: classID, db)
            let groups = try ClassReportQueries.subgroups(ofClass: classID, period: facts.period.id, db)
            func teachings(of pupil: PupilID) -> [ClassReportQueries.Teaching] {
                classTeachings.filter { teaching in teaching.subgroup.map { groups[pupil]?.contains($0) == true } ?? true }
            }
            let pupils: [PeriodRisk.Pupil]
            switch basis {
            case .currentAverages:
                let marks = try ClassReportQueries.weightedMarks(ofClass: classID, in: span, db)
                let exemptions = try ClassReportQueries.exemptions(ofClass: classID, on: day, db)
                let thresholds = try RuleQueries.settings(db).finalThresholds
                pupils = onRoll.map { pupil in
                    PeriodRisk.Pupil(id: pupil.id, name: pupil.name, subjects: teachings(of: pupil.id).compactMap { teaching -> PeriodRisk.Subject? in
                        guard !exemptions.isExempt(pupil.id, from: teaching.subject) else { return nil }
                        let averages = MarkAverages(marks[pupil.id]?[teaching.subject] ?? [])
                        return PeriodRisk.Subject(
                            name: teaching.subjectName, teacher: teaching.teacher.withInitials,
                            mark: FinalMarkSuggestion.suggest(averages, useWeighted: true, thresholds: thresholds), average: averages.weighted
                        )
                    })
                }
            case .finals:
                let finals = Dictionary(grouping: try ClassReportQueries.finals(ofPupilsOf: classID, db).filter { $0.kind == .period(facts.period.id) },
                                        by: \.pupil)
                pupils = onRoll.map { pupil in
                    let own = Dictionary(teachings(of: pupil.id).map { ($0.subject, $0.teacher.withInitials) }, uniquingKeysWith: { first, _ in first })
                    return PeriodRisk.Pupil(id: pupil.id, name: pupil.name, subjects: (finals[pupil.id] ?? []).map { final in
                        PeriodRisk.Subject(name: final.subjectName, teacher: own[final.subject] ?? "", mark: final.value)
                    }.sorted { $0.name < $1.name })
                }
            }
            let report = PeriodRisk(basis: basis, pupils: pupils)
            object = "\(basis == .finals ? "итоговый" : "предварительный") отчёт классного руководителя \(facts.className) \(facts.periodName)"
            scope = facts.scope
            return report.document(
                school: facts.school, className: facts.className.description, period: facts.periodName,
                classTeacher: facts.classTeacher, printDate: facts.printDate
            )
        }
        try logRead(session, .report, object: object, scope: scope)
        return document
    }
}

extension ReportKind {
    static let preliminaryReport = riskReport(
        id: "preliminary-report", title: BilingualText("Предварительный отчёт классного руководителя", "Class teacher's preliminary report"),
        basis: .currentAverages
    )
    static let periodReport = riskReport(
        id: "period-report", title: BilingualText("Отчёт классного руководителя за период", "Class teacher's period report"), basis: .finals
    )

    private static func riskReport(id: String, title: BilingualText, basis: PeriodRisk.Basis) -> ReportKind {
        ReportKind(id: id, title: title, audience: administration.union([.classTeacher]), needs: [.class, .period]) { service, session, request in
            MadeReport(document: try service.periodRiskReport(session, classID: try request.requiredClass(), period: try request.requiredPeriod(), basis: basis))
        }
    }
}
