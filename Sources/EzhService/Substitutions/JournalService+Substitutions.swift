import EzhCore
internal import EzhStore

/// Substitutions (rule 6): the deputy records who gives a lesson, a teacher declares it as they
/// enter a lesson that is not theirs, and the deputy confirms or rejects the declaration. The
/// lesson's actual teacher is who may enter it; `lesson_substitution` keeps how that came about.
/// Every change has its history rows (`actual_teacher`, `substitution`) and access-log entries.
extension JournalService {
    /// The field a substitution changes, as a refusal names it.
    static let lessonGiver = CellChange.Field("Кто ведёт урок", "Who gives the lesson")

    /// The deputy records who actually gives a lesson (a substitution); nil restores the
    /// scheduled teacher. `seen` is the substitute the deputy's screen showed (nil: none): when
    /// another terminal has recorded another meanwhile, nothing is written and the error says
    /// who is recorded now, by whom, when and where. A substitute who gives another lesson at
    /// that time is refused, the refusal naming that lesson.
    public func recordSubstitution(
        _ session: Session, lesson lessonID: LessonID, substitute: StaffID?, replacing seen: StaffID?
    ) throws {
        try write(session) { db, stamp in
            try require(.recordSubstitution, try viewer(for: session, db))
            guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
            try refuseClosedYear(ofClass: lesson.classID, db)
            let wanted = substitute == lesson.scheduledTeacherID ? nil : substitute
            try refuseUnlessGiver(of: lesson, is: [wanted, seen], db)
            if let wanted { try refuseClash(of: lesson, for: wanted, db) }
            try applySubstitution(lesson, substitute: wanted, stamp, nil, db)
            try setState(wanted.map { (.confirmed, $0) }, of: lesson, stamp, db)
        }
    }

    /// A teacher who gives another teacher's lesson declares the substitution as they enter it
    /// (rule 6): they become the lesson's actual teacher at once, and the declaration waits for
    /// the deputy. Bound by rule 1 like the lesson record; refused when the teacher gives another
    /// lesson at that time. A substitute someone else has recorded meanwhile is not replaced:
    /// the refusal names them.
    public func declareSubstitution(_ session: Session, lesson lessonID: LessonID) throws {
        try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard let staff = viewer.staffID, SchoolAction.declareSubstitution.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(.action(.recordSubstitution))
            }
            guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
            try refuseClosedYear(ofClass: lesson.classID, db)
            guard lesson.scheduledTeacherID != staff, lesson.actualTeacherID != staff else { return }
            let permission = try judge(.lessonRecord, lesson: lesson, viewer: viewer, at: stamp.at, db)
            try refuseUnlessGiver(of: lesson, is: [nil], db)
            if let stored = try SubstitutionQueries.state(of: lesson.id, db), stored.state == .rejected, stored.substitute == staff {
                throw JournalError.accessDenied(BilingualText(
                    "заместитель директора отклонил вашу замену на этом уроке", "the deputy director rejected your substitution of this lesson"
                ))
            }
            try refuseClash(of: lesson, for: staff, db)
            try applySubstitution(lesson, substitute: staff, stamp, permission, db)
            try setState((.declared, staff), of: lesson, stamp, db)
        }
    }

    /// The deputy confirms a teacher's declared substitution: it stays as it is, now confirmed.
    /// `declarer` is the teacher the deputy's screen showed.
    public func confirmSubstitution(_ session: Session, lesson lessonID: LessonID, declaredBy declarer: StaffID) throws {
        try write(session) { db, stamp in
            let lesson = try declaredLesson(session, lessonID, declarer, db)
            try setState((.confirmed, declarer), of: lesson, stamp, db)
        }
    }

    /// The deputy rejects a teacher's declared substitution: the scheduled teacher gives the
    /// lesson again (and may enter it), the declarer no longer may. What the declarer entered
    /// stays, with its history; the declaration stays listed as rejected.
    public func rejectSubstitution(_ session: Session, lesson lessonID: LessonID, declaredBy declarer: StaffID) throws {
        try write(session) { db, stamp in
            let lesson = try declaredLesson(session, lessonID, declarer, db)
            try applySubstitution(lesson, substitute: nil, stamp, nil, db)
            try setState((.rejected, declarer), of: lesson, stamp, db)
        }
    }

    /// Every substitution a teacher declared that waits for the deputy, in time order.
    public func declaredSubstitutions(_ session: Session) throws -> [SchoolLesson] {
        try read { db in
            try require(.recordSubstitution, try viewer(for: session, db))
            return try SubstitutionQueries.lessons(in: .declared, db).compactMap { try schoolLesson($0, db) }
        }
    }

    /// Today's lessons a teacher could declare they give instead of their teacher: the school's
    /// lessons of the day that are neither theirs nor already given by a substitute, and that do
    /// not clash with a lesson the teacher gives (`SubstitutionClash`).
    public func lessonsToSubstitute(_ session: Session) throws -> [SchoolLesson] {
        let today = today()
        return try read { db in
            let viewer = try viewer(for: session, db)
            guard let staff = viewer.staffID, SchoolAction.declareSubstitution.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(.action(.declareSubstitution))
            }
            let busy = try SubstitutionQueries.lessonsGiven(by: staff, on: today, db).compactMap { try slot(of: $0, db) }
            return try AdminQueries.lessons(on: today, db)
                .filter { $0.scheduledTeacherID != staff && $0.actualTeacherID == nil }
                .sorted { ($0.start, $0.lessonNumber) < ($1.start, $1.lessonNumber) }
                .filter { lesson in try slot(of: lesson, db).map { SubstitutionClash.first(for: $0, among: busy) == nil } ?? false }
                .compactMap { try schoolLesson($0, db) }
        }
    }

    /// A lesson of the school's day with who gives it and how that came about.
    func schoolLesson(_ lesson: LessonRecord, _ db: StoreTransaction) throws -> SchoolLesson? {
        guard let summary = try summary(of: lesson, db) else { return nil }
        let stored = try SubstitutionQueries.state(of: lesson.id, db)
        var school = SchoolLesson(
            summary: summary,
            scheduledTeacher: try AccountQueries.staffName(lesson.scheduledTeacherID, db)?.withInitials ?? "?",
            substitute: try lesson.actualTeacherID.flatMap { try AccountQueries.staffName($0, db)?.withInitials },
            substituteID: lesson.actualTeacherID
        )
        if let stored, stored.state != .confirmed {
            school.status = SubstitutionStatus(
                state: stored.state, teacherID: stored.substitute,
                teacher: try AccountQueries.staffName(stored.substitute, db)?.withInitials ?? "?"
            )
        }
        return school
    }

    /// The substituted lessons that concern the session's teacher within `span`: the ones they
    /// give for someone else and their own given by someone else.
    func substitutionNotices(of staff: StaffID, in span: DateSpan, _ db: StoreTransaction) throws -> [SubstitutionNotice] {
        try SubstitutionQueries.substitutedLessons(concerning: staff, in: span, db).compactMap { lesson, state in
            guard let notice = try substitutionNotice(lesson, state: state, reader: staff, db) else { return nil }
            return notice
        }
    }

    /// How a substituted lesson reads for `reader`: their substitution, or someone else's.
    func substitutionNotice(
        _ lesson: LessonRecord, state: SubstitutionState?, reader: StaffID?, _ db: StoreTransaction
    ) throws -> SubstitutionNotice? {
        guard let substitute = lesson.actualTeacherID, substitute != lesson.scheduledTeacherID,
              let summary = try summary(of: lesson, db)
        else { return nil }
        let youSubstitute = reader == substitute
        let other = youSubstitute ? lesson.scheduledTeacherID : substitute
        return SubstitutionNotice(
            lesson: summary, side: youSubstitute ? .youSubstitute : .givenBySubstitute,
            otherTeacher: try AccountQueries.staffName(other, db)?.withInitials ?? "?", isDeclared: state == .declared
        )
    }

    // MARK: - Checks and writes

    /// The lesson whose substitution `declarer` declared and the deputy has not decided yet, for
    /// the deputy; otherwise the refusal says what the lesson's substitution is now.
    private func declaredLesson(
        _ session: Session, _ lessonID: LessonID, _ declarer: StaffID, _ db: StoreTransaction
    ) throws -> LessonRecord {
        try require(.recordSubstitution, try viewer(for: session, db))
        guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
        try refuseClosedYear(ofClass: lesson.classID, db)
        guard let stored = try SubstitutionQueries.state(of: lesson.id, db), stored.state == .declared,
              stored.substitute == declarer, lesson.actualTeacherID == declarer
        else {
            let last = try ChangeLog.latest(entity: "lesson", key: "lesson=\(lesson.id)", field: "substitution", in: db)
            let giver = try AccountQueries.staffName(lesson.teacherID, db)?.withInitials
            throw JournalError.cellChanged(change(now: giver, last: last, field: Self.lessonGiver))
        }
        return lesson
    }

    /// Refuses when the lesson's substitute is none of `expected` (nil: none recorded), naming
    /// who gives it now and who recorded that, when and where.
    private func refuseUnlessGiver(of lesson: LessonRecord, is expected: [StaffID?], _ db: StoreTransaction) throws {
        guard !expected.contains(lesson.actualTeacherID) else { return }
        let giver = lesson.actualTeacherID ?? lesson.scheduledTeacherID
        let last = try ChangeLog.latest(entity: "lesson", key: "lesson=\(lesson.id)", field: "actual_teacher", in: db)
        throw JournalError.cellChanged(change(
            now: try AccountQueries.staffName(giver, db)?.withInitials, last: last, field: Self.lessonGiver
        ))
    }

    /// Refuses when `teacher` gives another lesson at the lesson's time (`SubstitutionClash`),
    /// naming that lesson.
    private func refuseClash(of lesson: LessonRecord, for teacher: StaffID, _ db: StoreTransaction) throws {
        guard let slot = try slot(of: lesson, db) else { return }
        let busy = try SubstitutionQueries.lessonsGiven(by: teacher, on: lesson.date, db)
            .filter { $0.id != lesson.id }
            .compactMap { try self.slot(of: $0, db) }
        guard let clash = SubstitutionClash.first(for: slot, among: busy) else { return }
        throw JournalError.substituteBusy(teacher: try AccountQueries.staffName(teacher, db)?.withInitials ?? "?", lesson: clash)
    }

    private func slot(of lesson: LessonRecord, _ db: StoreTransaction) throws -> LessonAtTime? {
        try PageQueries.page(of: lesson.id, db).map {
            LessonAtTime(lessonID: lesson.id, page: $0, date: lesson.date, lessonNumber: lesson.lessonNumber, start: lesson.start, end: lesson.end)
        }
    }

    private func applySubstitution(
        _ lesson: LessonRecord, substitute: StaffID?, _ stamp: ChangeStamp, _ permission: PermissionID?, _ db: StoreTransaction
    ) throws {
        let old = lesson.actualTeacherID
        guard old != substitute else { return }
        try LessonWrites.set(.actualTeacher, of: lesson.id, to: substitute.map { String($0.rawValue) }, permission: permission, db)
        try ChangeLog.record(stamp.change(
            entity: "lesson", key: "lesson=\(lesson.id)", field: "actual_teacher",
            from: old.map { String($0.rawValue) }, to: substitute.map { String($0.rawValue) }, permission: permission,
            scope: lesson.scope
        ), in: db)
    }

    /// Writes how the lesson's substitution came about (nil: none), with its history row:
    /// «declared 2», «confirmed 2», «rejected 2» (the state and the teacher's staff id).
    private func setState(
        _ new: (state: SubstitutionState, substitute: StaffID)?, of lesson: LessonRecord, _ stamp: ChangeStamp,
        _ db: StoreTransaction
    ) throws {
        func text(_ value: (state: SubstitutionState, substitute: StaffID)?) -> String? {
            value.map { "\($0.state.rawValue) \($0.substitute.rawValue)" }
        }
        let old = try SubstitutionQueries.state(of: lesson.id, db).map { (state: $0.state, substitute: $0.substitute) }
        guard text(old) != text(new) else { return }
        if let new {
            try SubstitutionQueries.setState(new.state, substitute: new.substitute, of: lesson.id, db)
        } else {
            try SubstitutionQueries.removeState(of: lesson.id, db)
        }
        try ChangeLog.record(stamp.change(
            entity: "lesson", key: "lesson=\(lesson.id)", field: "substitution", from: text(old), to: text(new),
            permission: nil, scope: lesson.scope
        ), in: db)
    }
}
