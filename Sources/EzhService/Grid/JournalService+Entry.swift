import EzhCore
internal import EzhStore

extension JournalService {
    /// Sets or clears (nil) one pupil's mark in one column, if the cell still holds `seen`, the
    /// value the writer's screen showed; otherwise nothing is written and the error names who
    /// changed the cell, when and where. A lesson with no assignment gets one of the default work
    /// type (or, when another terminal made one meanwhile, that one); the returned column carries
    /// its id. Setting the value a cell already has changes nothing and writes no history.
    public func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?
    ) throws -> GridColumn {
        try setMark(session, page: page, column: column, pupil: pupil, value: value, replacing: seen, newColumnType: nil)
    }

    /// `setMark`, giving a lesson without an assignment its first of `newColumnType` (the type
    /// the teacher chose before the first mark; nil: the school's default).
    public func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?,
        newColumnType: WorkTypeID?
    ) throws -> GridColumn {
        try write(session) { db, stamp in
            let (terms, viewer) = try enterableLesson(.mark, session, page, column.lessonID, pupil, db)
            let lesson = terms.lesson
            try EntryChecks.checkMark(value, className: page.className)
            if value != nil, let exemption = try ExemptionQueries.covering(pupil, subject: lesson.subjectID, on: lesson.date, db) {
                throw Self.exemptRefusal(exemption)
            }
            let permission = try judge(.mark, terms, viewer: viewer, at: stamp.at, db)
            var column = column
            let assignment: AssignmentID
            if let existing = column.assignmentID {
                guard try JournalWrites.lesson(ofAssignment: existing, db) == lesson.id else {
                    throw JournalError.lessonNotFound
                }
                assignment = existing
            } else if let made = try JournalWrites.firstAssignment(of: lesson.id, db) {
                // Another terminal typed into this lesson first: one column, not two.
                assignment = made.id
                column = column.with(assignment: made.id, workType: made.workType)
            } else {
                guard value != nil else { return column }
                let chosen = try newColumnType.flatMap { try AssignmentQueries.workType($0, db) }
                guard let workType = try chosen ?? JournalWrites.defaultWorkType(db) else {
                    throw JournalError.notFound(Self.workTypeWord)
                }
                assignment = try createAssignment(lesson, workType, stamp, db)
                column = column.with(assignment: assignment, workType: workType)
            }
            let key = ChangeLog.markKey(assignment: assignment, pupil: pupil)
            let old = try JournalWrites.mark(assignment: assignment, pupil: pupil, db)
            guard old != value else { return column }
            guard old == seen else { throw JournalError.cellChanged(try cellChange(entity: "mark", key: key, now: old?.code, db)) }
            try JournalWrites.setMark(
                value, assignment: assignment, pupil: pupil, at: stamp.at, by: stamp.account, permission: permission, db
            )
            try ChangeLog.record(stamp.change(
                entity: "mark", key: key, field: "value", from: old?.code, to: value?.code, permission: permission,
                scope: lesson.scope
            ), in: db)
            return column
        }
    }

    /// Sets or clears (nil) one pupil's attendance code for one lesson, if the cell still holds
    /// `seen` (as `setMark`).
    public func setAttendance(
        _ session: Session, page: JournalPage, lesson lessonID: LessonID, pupil: PupilID, code: AttendanceCode?,
        replacing seen: AttendanceCode?
    ) throws {
        try write(session) { db, stamp in
            let (terms, viewer) = try enterableLesson(.attendance, session, page, lessonID, pupil, db)
            try EntryChecks.checkSubjectTeacherAttendance(code)
            let permission = try judge(.attendance, terms, viewer: viewer, at: stamp.at, db)
            _ = try LessonWrites.markAttendanceTaken(lessonID, at: InstantFormat.string(stamp.at), db)
            let key = ChangeLog.attendanceKey(lesson: lessonID, pupil: pupil)
            let old = try JournalWrites.attendance(lesson: lessonID, pupil: pupil, db)
            guard old != code else { return }
            guard old == seen else {
                throw JournalError.cellChanged(try cellChange(entity: "attendance", key: key, now: old?.rawValue, db))
            }
            try JournalWrites.setAttendance(
                code, lesson: lessonID, pupil: pupil, at: stamp.at, by: stamp.account, permission: permission, db
            )
            try ChangeLog.record(stamp.change(
                entity: "attendance", key: key, field: "code", from: old?.rawValue, to: code?.rawValue, permission: permission,
                scope: terms.lesson.scope
            ), in: db)
        }
    }

    /// What a cell holds now and its last recorded change, for a writer who saw something else.
    func cellChange(entity: String, key: String, now value: String?, _ db: StoreTransaction) throws -> CellChange {
        change(now: value, last: try ChangeLog.latest(entity: entity, key: key, in: db))
    }

    /// What a cell or a form's field holds now, told with its last recorded change.
    func change(now value: String?, last: HistoryRow?, field: CellChange.Field? = nil) -> CellChange {
        change(told: value.map(BilingualText.verbatim), last: last, field: field)
    }

    /// The same, for a value told in words (roles, a plan's size) rather than shown as it is.
    func change(told value: BilingualText?, last: HistoryRow?, field: CellChange.Field? = nil) -> CellChange {
        CellChange(told: value, who: last?.who, at: last.map { timeZone.russianDateTime($0.changedAt) },
                   terminal: last?.terminal, field: field)
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

    /// The lesson with its terms for an entry of `kind`, if the session may enter it for this
    /// pupil: it exists, belongs to the page, is the session's own (or substituted) lesson, and
    /// the pupil is on the page that day.
    private func enterableLesson(
        _ kind: EntryKind, _ session: Session, _ page: JournalPage, _ lessonID: LessonID, _ pupil: PupilID,
        _ db: StoreTransaction
    ) throws -> (LessonTerms, Viewer) {
        let (lesson, viewer) = try ownLesson(session, lessonID, db)
        guard lesson.classID == page.classID, lesson.subjectID == page.subjectID, lesson.subgroupID == page.subgroupID
        else { throw JournalError.lessonNotFound }
        let terms = try terms(of: lesson, for: [kind], db)
        guard try GridQueries.isPupil(pupil, on: page, day: lesson.date, period: terms.periodID, db) else {
            throw JournalError.pupilNotOnPage
        }
        return (terms, viewer)
    }

    /// The lesson, if it exists and the session gives it (scheduled or as the substitute).
    func ownLesson(_ session: Session, _ lessonID: LessonID, _ db: StoreTransaction) throws -> (LessonRecord, Viewer) {
        guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
        try refuseClosedYear(ofClass: lesson.classID, db)
        let viewer = try lessonWriter(for: session, db)
        guard JournalAccess.canEnter(lessonTaughtBy: lesson.teachers, viewer: viewer) else {
            let teacher = try AccountQueries.staffName(lesson.teacherID, db)?.withInitials ?? "?"
            if lesson.actualTeacherID != nil, viewer.staffID == lesson.scheduledTeacherID {
                throw JournalError.lessonGivenBySubstitute(substitute: teacher)
            }
            throw JournalError.notYourLesson(teacher: teacher)
        }
        return (lesson, viewer)
    }

    /// Refuses unless the session's roles allow `action`.
    func require(_ action: SchoolAction, _ viewer: Viewer) throws {
        guard action.isAllowed(for: viewer.roles) else {
            throw JournalError.accessDenied(.action(action))
        }
    }
}
