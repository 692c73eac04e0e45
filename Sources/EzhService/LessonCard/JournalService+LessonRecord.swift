import EzhCore
internal import EzhStore

extension JournalService {
    /// Sets the topic of the session's lesson: rule 1 (on the day, by the deadline) and rule 9
    /// (in Russian), if the lesson still has `seen`, the topic the writer's card showed;
    /// otherwise nothing is written and the error names who changed it, when and where.
    /// Returns a warning to show when the Russian-text check only warns.
    @discardableResult
    public func setTopic(_ session: Session, lesson lessonID: LessonID, topic: String, replacing seen: String) throws -> BilingualText? {
        try setLessonText(session, lessonID, field: .topic, kind: .lessonRecord, text: topic, seen: seen, limit: .topic)
    }

    /// Sets the homework of the session's lesson: rule 2 (within the hour after the pupils'
    /// last lesson; earlier, even days ahead, is welcome) and rule 9, if the lesson still has
    /// `seen` (as `setTopic`).
    @discardableResult
    public func setHomework(
        _ session: Session, lesson lessonID: LessonID, homework: String, replacing seen: String
    ) throws -> BilingualText? {
        try setLessonText(session, lessonID, field: .homework, kind: .homework, text: homework, seen: seen, limit: .homework)
    }

    /// The deputy records who actually gives a lesson (a substitution); nil restores the
    /// scheduled teacher. `seen` is the substitute the deputy's screen showed (nil: none): when
    /// another terminal has recorded another meanwhile, nothing is written and the error says
    /// who is recorded now, by whom, when and where.
    public func recordSubstitution(
        _ session: Session, lesson lessonID: LessonID, substitute: StaffID?, replacing seen: StaffID?
    ) throws {
        try write(session) { db, stamp in
            try require(.recordSubstitution, try viewer(for: session, db))
            guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
            try refuseClosedYear(ofClass: lesson.classID, db)
            let wanted = substitute == lesson.scheduledTeacherID ? nil : substitute
            try refuseUnlessGiver(of: lesson, is: [wanted, seen], db)
            try applySubstitution(lesson, substitute: wanted, stamp, nil, db)
        }
    }

    /// The field a substitution changes, as a refusal names it.
    static let lessonGiver = CellChange.Field("Кто ведёт урок", "Who gives the lesson")

    /// A teacher who gives another teacher's lesson declares the substitution as they enter it
    /// (rule 6): they become the lesson's actual teacher. Bound by rule 1 like the lesson record.
    /// A substitute someone else has recorded meanwhile is not replaced: the refusal names them.
    public func declareSubstitution(_ session: Session, lesson lessonID: LessonID) throws {
        try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard let staff = viewer.staffID, SchoolAction.declareSubstitution.isAllowed(for: viewer.roles) else {
                throw JournalError.accessDenied(.action(.recordSubstitution))
            }
            guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
            try refuseClosedYear(ofClass: lesson.classID, db)
            guard lesson.scheduledTeacherID != staff else { return }
            let permission = try judge(.lessonRecord, lesson: lesson, viewer: viewer, at: stamp.at, db)
            try refuseUnlessGiver(of: lesson, is: [nil, staff], db)
            try applySubstitution(lesson, substitute: staff, stamp, permission, db)
        }
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

    private func setLessonText(
        _ session: Session, _ lessonID: LessonID, field: LessonWrites.Field, kind: EntryKind, text: String, seen: String,
        limit: TextLimit
    ) throws -> BilingualText? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let seen = seen.trimmingCharacters(in: .whitespacesAndNewlines)
        try limit.check(trimmed)
        let fieldName = BilingualText(limit)
        return try write(session) { db, stamp in
            let (lesson, viewer) = try ownLesson(session, lessonID, db)
            let settings = try RuleQueries.settings(db)
            var warning: BilingualText?
            let language = session.language
            switch RussianText.check(trimmed, field: fieldName.text(in: language), mode: settings.russianTextCheck, language: language) {
            case .accepted: break
            case .acceptedWithWarning:
                // Said in the reader's language, which may differ from the account's (--lang).
                warning = BilingualText { language in
                    RussianText.objection(field: fieldName.text(in: language), in: language)
                }
            case .refused:
                throw JournalError.invalidInput(
                    field: fieldName, problem: BilingualText { RussianText.objection(field: fieldName.text(in: $0), in: $0) }
                )
            }
            let permission = try judge(kind, lesson: lesson, viewer: viewer, at: stamp.at, db)
            let old = try LessonWrites.value(field, of: lesson.id, db) ?? ""
            guard old != trimmed else { return warning }
            guard old == seen else {
                let last = try ChangeLog.latest(entity: "lesson", key: "lesson=\(lesson.id)", field: field.rawValue, in: db)
                throw JournalError.cellChanged(change(now: old.isEmpty ? nil : old, last: last, field: CellChange.Field(limit)))
            }
            try LessonWrites.set(field, of: lesson.id, to: trimmed, permission: permission, db)
            try ChangeLog.record(stamp.change(
                entity: "lesson", key: "lesson=\(lesson.id)", field: field.rawValue, from: old, to: trimmed,
                permission: permission, scope: lesson.scope
            ), in: db)
            return warning
        }
    }
}
