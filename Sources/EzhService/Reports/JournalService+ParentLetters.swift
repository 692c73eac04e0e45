import EzhCore
internal import EzhStore

/// A class's parent letters for a period: one short document per pupil (printed several to a
/// sheet) and the same as one table (for CSV and XLSX).
public struct ParentLetters: Sendable {
    public let letters: [ReportDocument]
    public let table: ReportDocument
}

extension JournalService {
    /// «Информационные письма для родителей» of a class for its period number `period` (1 for the
    /// first quarter or half-year): for the class teacher and the school's administration only.
    public func parentLetters(_ session: Session, classID: ClassID, period number: Int) throws -> ParentLetters {
        let printDate = timeZone.localDate(of: now())
        var result: ParentLetters?
        var object = ""
        try read { db in
            let viewer = try viewer(for: session, db)
            guard viewer.readsWholeSchool || (SchoolAction.readOwnClass.isAllowed(for: viewer.roles) && viewer.ledClasses.contains(classID)) else {
                throw JournalError.accessDenied(BilingualText("письма родителям чужого класса", "the parent letters of another class"))
            }
            guard let className = try AbsenceQueries.className(classID, db) else { throw JournalError.notFound(BilingualText("класс", "class")) }
            guard let period = try SchoolQueries.periods(ofClass: classID, db).first(where: { $0.number == number }) else {
                throw JournalError.notFound(.period)
            }
            let school = try SchoolQueries.school(db)?.name ?? ""
            let teacher = try AttendanceReportQueries.classTeacherName(classID, db)?.withInitials ?? ""
            let pupils = try AttendanceReportQueries.pupils(ofClass: classID, in: period.span, db)
                .sorted { PersonName.alphabetical($0.name, $1.name) }
            let letters = try pupils.map { pupil in
                let marks = Dictionary(grouping: try DiaryQueries.marks(of: pupil.id, in: period.span, db), by: \.subject)
                let finals = try DiaryQueries.finals(of: pupil.id, period: period.id, db)
                let subjects = Set(marks.keys).union(finals.keys).sorted().map { subject in
                    let own = marks[subject] ?? []
                    return ParentLetter.SubjectLine(
                        subject: subject, marks: own.map(\.value),
                        averages: MarkAverages(own.map { ($0.value, $0.workType.weight) }), final: finals[subject]
                    )
                }
                let attendance = try DiaryQueries.attendance(of: pupil.id, in: period.span, db)
                    .filter { row in pupil.stays.contains { $0.contains(row.date) } }.map(\.code)
                return ParentLetter(pupil: pupil.name, subjects: subjects, attendance: attendance)
            }
            let periodName = period.name(in: .ru)
            result = ParentLetters(
                letters: letters.map {
                    $0.document(school: school, className: className.description, period: periodName, classTeacher: teacher, printDate: printDate)
                },
                table: ParentLetter.table(letters, school: school, className: className.description, period: periodName, printDate: printDate)
            )
            object = "письма родителям \(className.description) \(periodName)"
        }
        try logRead(session, .report, object: object, scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil))
        return result!
    }
}

extension ReportKind {
    /// Two letters to a portrait A4 sheet, to cut for the paper diary; the table for spreadsheets.
    static let parentLetters = ReportKind(
        id: "parent-letters", title: BilingualText("Информационные письма для родителей", "Letters to parents"),
        audience: administration.union([.classTeacher]), needs: [.class, .period]
    ) { service, session, request in
        let made = try service.parentLetters(session, classID: try request.requiredClass(), period: try request.requiredPeriod())
        return MadeReport(document: made.table, printed: .cutSheets(made.letters, perSheet: 2))
    }
}
