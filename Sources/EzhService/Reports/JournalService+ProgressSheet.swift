import EzhCore
internal import EzhStore

extension JournalService {
    /// «Сводная ведомость учёта успеваемости» of a class up to its period number `period` (the
    /// year, exam and final columns after the year's last period): for the class teacher and the
    /// school's administration. One read, logged as `report`. Printed, a few subjects to a sheet.
    public func progressSheet(_ session: Session, classID: ClassID, period number: Int) throws -> MadeReport {
        var object = ""
        var scope: ChangeScope?
        let report = try read { db in
            let facts = try classReportFacts(
                session, classID: classID, period: number, what: BilingualText("ведомость чужого класса", "the record of another class"),
                needsMarks: true, db
            )
            object = "сводная ведомость успеваемости \(facts.className) \(facts.periodName)"
            scope = facts.scope
            let sheet = try progressSheet(classID: classID, className: facts.className, periods: facts.periods, upTo: facts.period, db)
            return sheet.made(school: facts.school, className: facts.className.description, period: facts.periodName,
                              classTeacher: facts.classTeacher, printDate: facts.printDate)
        }
        try logRead(session, .report, object: object, scope: scope)
        return report
    }

    /// The whole school's сводная ведомость for quarter `period` (or, in a year with no quarters,
    /// period `period` of each class's scheme): every class with marks, each one's sheets after the
    /// other, up to its period that has begun by the quarter's end. For the administration only;
    /// one read and one access-log entry for the whole school. On screen and in a spreadsheet a
    /// row per pupil and subject; printed, each class's sheets from a new page. The year's pupils,
    /// subjects, finals and class teachers are read in one query each, not a few per class.
    public func schoolProgressSheets(_ session: Session, period number: Int) throws -> MadeReport {
        var object = ""
        let made = try read { db in
            guard try viewer(for: session, db).readsWholeSchool else {
                throw JournalError.accessDenied(BilingualText("ведомость всей школы", "the whole school's record"))
            }
            let school = try SchoolQueries.school(db)?.name ?? ""
            let printDate = timeZone.localDate(of: now())
            // The year being taught on the print date (in the summer holidays: the one just ended).
            let years = try YearQueries.years(db).filter { $0.span.first <= printDate }
            guard let year = years.first(where: { $0.span.contains(printDate) }) ?? years.last else { throw JournalError.notFound(.period) }
            let classes = try YearQueries.classes(ofYear: year.id, db)
            let yearPeriods = try YearQueries.periods(of: year.id, db)
            let quarterEnd = yearPeriods.first { $0.scheme == .quarters && $0.number == number }?.span.last
            let periodName = quarterEnd == nil ? "\(number) период" : "\(number) четверть"
            object = "сводная ведомость успеваемости школы, \(periodName)"
            let stays = try ProgressSheetQueries.stays(ofYear: year.id, db)
            let taught = try ProgressSheetQueries.taughtSubjects(ofYear: year.id, db)
            let finals = try ProgressSheetQueries.finals(ofYear: year.id, db)
            let classTeachers = try ProgressSheetQueries.classTeachers(ofYear: year.id, db)
            // Per class only the printed sheets: the screen's table is the whole school's.
            var table: [(className: String, sheet: ProgressSheet)] = []
            var printed: [ReportDocument] = []
            for row in classes where row.name.hasMarks {
                let periods = yearPeriods.filter { $0.scheme.rawValue == row.scheme }.sorted { $0.number < $1.number }
                guard let upTo = quarterEnd.flatMap({ end in periods.last { $0.span.first <= end } }) ?? periods.first(where: { $0.number == number })
                else { continue }
                let sheet = Self.progressSheet(
                    className: row.name, periods: periods, upTo: upTo,
                    pupils: { ProgressSheetQueries.pupils(stays[row.id] ?? [], in: $0) },
                    taught: taught[row.id] ?? [],
                    finals: { onSheet in onSheet.flatMap { finals[$0] ?? [] } }
                )
                table.append((row.name.description, sheet))
                printed += sheet.sheets(
                    school: school, className: row.name.description, period: upTo.name(in: .ru),
                    classTeacher: classTeachers[row.id]?.withInitials ?? "", printDate: printDate
                )
            }
            return MadeReport(
                document: ProgressSheet.schoolTable(table, school: school, period: periodName, printDate: printDate), printed: .sections(printed)
            )
        }
        try logRead(session, .report, object: object)
        return made
    }

    /// The finals of a class's pupils in its periods up to `upTo` (and the year's when it is the last).
    private func progressSheet(classID: ClassID, className: ClassName, periods: [Period], upTo: Period, _ db: StoreTransaction) throws -> ProgressSheet {
        try Self.progressSheet(
            className: className, periods: periods, upTo: upTo,
            pupils: { try AttendanceReportQueries.pupils(ofClass: classID, in: $0, db) },
            taught: try ClassReportQueries.teachings(ofClass: classID, db).map { ($0.subject, $0.subjectName) },
            finals: { _ in try ClassReportQueries.finals(ofPupilsOf: classID, db) }
        )
    }

    /// A class's sheet from its facts, however they were read: `pupils` gives the stays in a span
    /// (clipped to it), `taught` the subjects of the class's pages, `finals` (at least) every final
    /// of the given pupils in the year's classes. A subject with finals but no page still gets its columns.
    private static func progressSheet(
        className: ClassName, periods: [Period], upTo: Period,
        pupils stays: (DateSpan) throws -> [MonthlyAttendance.Pupil],
        taught: [(id: SubjectID, name: String)],
        finals: (Set<PupilID>) throws -> [ClassReportQueries.FinalValue]
    ) rethrows -> ProgressSheet {
        let shown = periods.filter { $0.number <= upTo.number }
        var columns = shown.map { ProgressSheet.Column(kind: .period($0.id), title: ProgressSheet.roman($0.number)) }
        if upTo.number == periods.map(\.number).max() {
            columns += FinalKind.yearEnd(forGrade: className.grade).map { kind in
                ProgressSheet.Column(kind: kind, title: kind == .year ? "Год" : kind == .exam ? "Экз" : "Итог")
            }
        }
        let span = DateSpan(shown.first?.span.first ?? upTo.span.first, upTo.span.last)
        let pupils = try stays(span).map { pupil in
            let first = pupil.stays.map(\.first).min() ?? span.first, last = pupil.stays.map(\.last).max() ?? span.last
            return ProgressSheet.Pupil(id: pupil.id, name: pupil.name, arrived: first > span.first ? first : nil, left: last < span.last ? last : nil)
        }
        let onSheet = Set(pupils.map(\.id))
        let kinds = Set(columns.map(\.kind))
        var subjects = Dictionary(taught.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var values: [ProgressSheet.Cell: String] = [:]
        for final in try finals(onSheet) where onSheet.contains(final.pupil) && kinds.contains(final.kind) {
            subjects[final.subject] = final.subjectName
            values[ProgressSheet.Cell(pupil: final.pupil, subject: final.subject, kind: final.kind)] = final.value
        }
        return ProgressSheet(
            subjects: subjects.map { ProgressSheet.Subject(id: $0.key, name: $0.value) }.sorted { $0.name < $1.name },
            columns: columns, pupils: pupils, values: values
        )
    }
}

extension ProgressSheet {
    func made(school: String, className: String, period: String, classTeacher: String, printDate: LocalDate) -> MadeReport {
        MadeReport(
            document: document(school: school, className: className, period: period, classTeacher: classTeacher, printDate: printDate),
            printed: .sections(sheets(school: school, className: className, period: period, classTeacher: classTeacher, printDate: printDate))
        )
    }
}

extension ReportKind {
    static let progressSheet = ReportKind(
        id: "progress-sheet", title: BilingualText("Сводная ведомость учёта успеваемости", "Summary record of marks"),
        audience: administration.union([.classTeacher]), needs: [.class, .period]
    ) { service, session, request in
        try service.progressSheet(session, classID: try request.requiredClass(), period: try request.requiredPeriod())
    }

    static let schoolProgressSheet = ReportKind(
        id: "school-progress-sheet", title: BilingualText("Сводная ведомость учёта успеваемости школы", "Summary record of marks, whole school"),
        audience: administration, needs: [.period]
    ) { service, session, request in
        try service.schoolProgressSheets(session, period: try request.requiredPeriod())
    }
}
