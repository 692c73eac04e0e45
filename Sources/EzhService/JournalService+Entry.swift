import EzhCore
import EzhStore
import GRDB

extension JournalService {
    /// Sets or clears (nil) one pupil's mark in one column. A lesson with no assignment gets one
    /// of the default work type; the returned column carries its id. Setting the value a cell
    /// already has changes nothing and writes no history.
    public func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?
    ) throws -> GridColumn {
        try write(session) { db, stamp in
            let lesson = try enterableLesson(session, page, column.lessonID, pupil, db)
            try EntryChecks.checkMark(value, className: page.className)
            var column = column
            let assignment: AssignmentID
            if let existing = column.assignmentID {
                guard try JournalWrites.lesson(ofAssignment: existing, db) == lesson.id else {
                    throw JournalError.lessonNotFound
                }
                assignment = existing
            } else {
                guard value != nil else { return column }
                guard let workType = try JournalWrites.defaultWorkType(db) else {
                    throw JournalError.notFound("work type")
                }
                assignment = try JournalWrites.addAssignment(to: lesson.id, workType: workType.id, db)
                column = GridColumn(
                    lessonID: column.lessonID, date: column.date, lessonNumber: column.lessonNumber,
                    start: column.start, end: column.end, assignmentID: assignment, workType: workType,
                    topic: column.topic, isEditable: column.isEditable
                )
            }
            let old = try JournalWrites.mark(assignment: assignment, pupil: pupil, db)
            guard old != value else { return column }
            try JournalWrites.setMark(value, assignment: assignment, pupil: pupil, at: stamp.at, by: stamp.account, db)
            try ChangeLog.record(stamp.change(
                entity: "mark", key: ChangeLog.markKey(assignment: assignment, pupil: pupil),
                field: "value", from: old?.code, to: value?.code
            ), in: db)
            return column
        }
    }

    /// Sets or clears (nil) one pupil's attendance code for one lesson.
    public func setAttendance(
        _ session: Session, page: JournalPage, lesson lessonID: LessonID, pupil: PupilID, code: AttendanceCode?
    ) throws {
        try write(session) { db, stamp in
            _ = try enterableLesson(session, page, lessonID, pupil, db)
            try EntryChecks.checkSubjectTeacherAttendance(code)
            let old = try JournalWrites.attendance(lesson: lessonID, pupil: pupil, db)
            guard old != code else { return }
            try JournalWrites.setAttendance(code, lesson: lessonID, pupil: pupil, at: stamp.at, by: stamp.account, db)
            try ChangeLog.record(stamp.change(
                entity: "attendance", key: ChangeLog.attendanceKey(lesson: lessonID, pupil: pupil),
                field: "code", from: old?.rawValue, to: code?.rawValue
            ), in: db)
        }
    }

    /// Every recorded change of one mark cell, newest first.
    public func markHistory(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID) throws -> [HistoryEntry] {
        guard let assignment = column.assignmentID else { return [] }
        return try history(session, page, entity: "mark", key: ChangeLog.markKey(assignment: assignment, pupil: pupil))
    }

    /// Every recorded change of one attendance cell, newest first.
    public func attendanceHistory(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID) throws -> [HistoryEntry] {
        try history(session, page, entity: "attendance", key: ChangeLog.attendanceKey(lesson: lesson, pupil: pupil))
    }

    private func history(_ session: Session, _ page: JournalPage, entity: String, key: String) throws -> [HistoryEntry] {
        try read { db in
            try requireOpen(page, try viewer(for: session, db), language: session.language)
            return try ChangeLog.entries(entity: entity, key: key, in: db).map { row in
                HistoryEntry(
                    changedAt: timeZone.russianDateTime(row.changedAt), who: row.who, terminal: row.terminal,
                    oldValue: row.oldValue, newValue: row.newValue
                )
            }
        }
    }

    /// The lesson, if the session may enter it for this pupil: it exists, belongs to the page,
    /// is the session's own (or substituted) lesson, and the pupil is on the page that day.
    private func enterableLesson(
        _ session: Session, _ page: JournalPage, _ lessonID: LessonID, _ pupil: PupilID, _ db: Database
    ) throws -> LessonRecord {
        guard let lesson = try LessonQueries.lesson(lessonID, db),
              lesson.classID == page.classID, lesson.subjectID == page.subjectID, lesson.subgroupID == page.subgroupID
        else { throw JournalError.lessonNotFound }
        let viewer = try viewer(for: session, db)
        guard JournalAccess.canEnter(lessonTaughtBy: lesson.teachers, viewer: viewer) else {
            let teacher = try AccountQueries.staffName(lesson.teacherID, db)?.withInitials ?? "?"
            throw JournalError.notYourLesson(teacher: teacher)
        }
        let period = try SchoolQueries.periods(ofClass: page.classID, db).first { $0.span.contains(lesson.date) }
        guard try GridQueries.isPupil(pupil, on: page, day: lesson.date, period: period?.id, db) else {
            throw JournalError.pupilNotOnPage
        }
        return lesson
    }
}
