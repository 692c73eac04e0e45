import EzhCore
internal import EzhStore

extension JournalService {
    /// Whose diary the session may read: a parent's children, a pupil themself. Nobody else's.
    public func diaryPupils(_ session: Session) throws -> [DiaryPupil] {
        let today = today()
        return try read { db in
            guard let account = try AccountQueries.account(id: session.accountID, db), !account.isDisabled else {
                throw JournalError.notSignedIn
            }
            var refs: [DiaryQueries.PupilRef] = []
            if let parent = account.parentID {
                refs = try DiaryQueries.children(of: parent, on: today, db)
            } else if let pupil = account.pupilID, let ref = try DiaryQueries.pupil(pupil, on: today, db) {
                refs = [ref]
            }
            return refs.map { DiaryPupil(id: $0.id, name: $0.name, className: $0.className) }
        }
    }

    /// One pupil's diary for a period and a week. Refused for any pupil not in
    /// `diaryPupils(session)`: the rows a parent or pupil may see are theirs alone.
    public func diary(_ session: Session, pupil: PupilID, period periodID: PeriodID? = nil, week: DateSpan? = nil) throws -> Diary {
        guard let allowed = try diaryPupils(session).first(where: { $0.id == pupil }) else {
            throw JournalError.accessDenied(.otherPupilsDiary)
        }
        let today = today()
        return try loggedRead(session, .read, object: "дневник ученика \(pupil)") { db in
            guard let ref = try DiaryQueries.pupil(pupil, on: today, db) else { throw JournalError.notFound(.pupil) }
            let periods = try SchoolQueries.periods(ofClass: ref.classID, db)
            guard let period = periodID.flatMap({ id in periods.first { $0.id == id } })
                ?? Period.current(among: periods, on: today)
            else { throw JournalError.notFound(.period) }
            let finals = try DiaryQueries.finals(of: pupil, period: period.id, db)
            let marks = Dictionary(grouping: try DiaryQueries.marks(of: pupil, in: period.span, db), by: \.subject)
            let subjects = Set(marks.keys).union(finals.keys).sorted().map { subject in
                let own = marks[subject] ?? []
                return Diary.SubjectLine(
                    subject: subject, marks: own.map { ($0.date, $0.value, $0.workType) },
                    averages: MarkAverages(own.map { ($0.value, $0.workType.weight) }), final: finals[subject]
                )
            }
            let week = week ?? SchoolWeek.containing(today)
            let attendanceInWeek = try DiaryQueries.attendance(of: pupil, in: week, db)
            let weekLessons = try DiaryQueries.lessons(of: ref, in: week, db).map { lesson in
                Diary.DayLesson(
                    date: lesson.date, lessonNumber: lesson.lessonNumber, subject: lesson.subject, topic: lesson.topic,
                    homework: lesson.homework,
                    attendance: attendanceInWeek.first { $0.date == lesson.date && $0.lessonNumber == lesson.lessonNumber }?.code
                )
            }
            let absences = try DiaryQueries.attendance(of: pupil, in: period.span, db).map {
                (date: $0.date, lessonNumber: $0.lessonNumber, subject: $0.subject, code: $0.code)
            }
            return Diary(
                pupil: allowed, period: period, subjects: subjects, week: week, weekLessons: weekLessons, absences: absences
            )
        }
    }
}
