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
            let (lesson, viewer) = try enterableLesson(session, page, column.lessonID, pupil, db)
            try EntryChecks.checkMark(value, className: page.className)
            let permission = try judge(.mark, lesson: lesson, viewer: viewer, at: stamp.at, db)
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
                column = column.with(assignment: assignment, workType: workType)
            }
            let old = try JournalWrites.mark(assignment: assignment, pupil: pupil, db)
            guard old != value else { return column }
            try JournalWrites.setMark(
                value, assignment: assignment, pupil: pupil, at: stamp.at, by: stamp.account, permission: permission, db
            )
            try ChangeLog.record(stamp.change(
                entity: "mark", key: ChangeLog.markKey(assignment: assignment, pupil: pupil),
                field: "value", from: old?.code, to: value?.code, permission: permission, scope: lesson.scope
            ), in: db)
            return column
        }
    }

    /// Sets or clears (nil) one pupil's attendance code for one lesson.
    public func setAttendance(
        _ session: Session, page: JournalPage, lesson lessonID: LessonID, pupil: PupilID, code: AttendanceCode?
    ) throws {
        try write(session) { db, stamp in
            let (lesson, viewer) = try enterableLesson(session, page, lessonID, pupil, db)
            try EntryChecks.checkSubjectTeacherAttendance(code)
            let permission = try judge(.attendance, lesson: lesson, viewer: viewer, at: stamp.at, db)
            _ = try LessonWrites.markAttendanceTaken(lessonID, at: InstantFormat.string(stamp.at), db)
            let old = try JournalWrites.attendance(lesson: lessonID, pupil: pupil, db)
            guard old != code else { return }
            try JournalWrites.setAttendance(
                code, lesson: lessonID, pupil: pupil, at: stamp.at, by: stamp.account, permission: permission, db
            )
            try ChangeLog.record(stamp.change(
                entity: "attendance", key: ChangeLog.attendanceKey(lesson: lessonID, pupil: pupil),
                field: "code", from: old?.rawValue, to: code?.rawValue, permission: permission, scope: lesson.scope
            ), in: db)
        }
    }

    /// The teacher confirms the lesson's attendance is taken, with everyone not marked present
    /// (rule 1: on the lesson's day, after it starts, by the deadline).
    public func confirmAttendance(_ session: Session, lesson lessonID: LessonID) throws {
        try write(session) { db, stamp in
            let (lesson, viewer) = try ownLesson(session, lessonID, db)
            let permission = try judge(.attendance, lesson: lesson, viewer: viewer, at: stamp.at, db)
            guard try LessonWrites.markAttendanceTaken(lessonID, at: InstantFormat.string(stamp.at), db) else { return }
            try ChangeLog.record(stamp.change(
                entity: "lesson", key: "lesson=\(lessonID)", field: "attendance_taken", from: nil,
                to: InstantFormat.string(stamp.at), permission: permission, scope: lesson.scope
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
        try loggedRead(session, .read, object: "история \(entity) \(key)", scope: page.scope) { db in
            try requireOpen(page, try viewer(for: session, db))
            return try ChangeLog.entries(entity: entity, key: key, in: db).map { HistoryEntry($0, in: timeZone) }
        }
    }

    /// The lesson, if the session may enter it for this pupil: it exists, belongs to the page,
    /// is the session's own (or substituted) lesson, and the pupil is on the page that day.
    private func enterableLesson(
        _ session: Session, _ page: JournalPage, _ lessonID: LessonID, _ pupil: PupilID, _ db: Database
    ) throws -> (LessonRecord, Viewer) {
        let (lesson, viewer) = try ownLesson(session, lessonID, db)
        guard lesson.classID == page.classID, lesson.subjectID == page.subjectID, lesson.subgroupID == page.subgroupID
        else { throw JournalError.lessonNotFound }
        let period = try RuleQueries.periodState(ofClass: page.classID, on: lesson.date, db)?.0
        guard try GridQueries.isPupil(pupil, on: page, day: lesson.date, period: period, db) else {
            throw JournalError.pupilNotOnPage
        }
        return (lesson, viewer)
    }

    /// The lesson, if it exists and the session gives it (scheduled or as the substitute).
    func ownLesson(_ session: Session, _ lessonID: LessonID, _ db: Database) throws -> (LessonRecord, Viewer) {
        guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
        let viewer = try lessonWriter(for: session, db)
        guard JournalAccess.canEnter(lessonTaughtBy: lesson.teachers, viewer: viewer) else {
            let teacher = try AccountQueries.staffName(lesson.teacherID, db)?.withInitials ?? "?"
            throw JournalError.notYourLesson(teacher: teacher)
        }
        return (lesson, viewer)
    }

    /// Refuses unless the session's roles allow `action`.
    func require(_ action: SchoolAction, _ viewer: Viewer) throws {
        guard action.isAllowed(for: viewer.roles) else {
            throw JournalError.accessDenied(action.name(in: .ru))
        }
    }
}
