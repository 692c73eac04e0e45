import EzhCore
internal import EzhStore

extension JournalService {
    /// One pupil's parent letter for a period, as the family sees it on the web: the same letter
    /// the class teacher prints (`parentLetters`), for their own child only. Logged as a report.
    public func familyLetter(_ session: Session, pupil: PupilID, period periodID: PeriodID) throws -> ReportDocument {
        guard try diaryPupils(session).contains(where: { $0.id == pupil }) else {
            throw JournalError.accessDenied(.otherPupilsDiary)
        }
        let today = today()
        var scope: ChangeScope?
        let document = try read { db -> ReportDocument in
            guard let ref = try DiaryQueries.pupil(pupil, on: today, db) else { throw JournalError.notFound(.pupil) }
            guard let period = try SchoolQueries.periods(ofClass: ref.classID, db).first(where: { $0.id == periodID }) else {
                throw JournalError.notFound(.period)
            }
            scope = ChangeScope(classID: ref.classID, subjectID: nil, lessonDate: nil)
            let marks = Dictionary(grouping: try DiaryQueries.marks(of: pupil, in: period.span, db), by: \.subject)
            let finals = try DiaryQueries.finals(of: pupil, period: period.id, db)
            let subjects = Set(marks.keys).union(finals.keys).sorted().map { subject in
                let own = marks[subject] ?? []
                return ParentLetter.SubjectLine(
                    subject: subject, marks: own.map(\.value),
                    averages: MarkAverages(own.map { ($0.value, $0.workType.weight) }), final: finals[subject]
                )
            }
            let attendance = try DiaryQueries.attendance(of: pupil, in: period.span, db).map(\.code)
            let letter = ParentLetter(pupil: ref.name, subjects: subjects, attendance: attendance)
            return letter.document(
                school: try SchoolQueries.school(db)?.name ?? "", className: ref.className.description,
                period: period.name(in: .ru),
                classTeacher: try AttendanceReportQueries.classTeacherName(ref.classID, db)?.withInitials ?? "",
                printDate: today
            )
        }
        try logRead(session, .report, object: "письмо родителям ученика \(pupil)", scope: scope, period: periodID)
        return document
    }
}
