import EzhCore
import EzhStore
import GRDB

extension JournalService {
    /// Sets the topic of the session's lesson: rule 1 (on the day, by the deadline) and rule 9
    /// (in Russian). Returns a warning to show when the Russian-text check only warns.
    @discardableResult
    public func setTopic(_ session: Session, lesson lessonID: LessonID, topic: String) throws -> String? {
        try setLessonText(session, lessonID, field: .topic, kind: .lessonRecord, text: topic, limit: .topic)
    }

    /// Sets the homework of the session's lesson: rule 2 (within the hour after the pupils'
    /// last lesson; earlier, even days ahead, is welcome) and rule 9.
    @discardableResult
    public func setHomework(_ session: Session, lesson lessonID: LessonID, homework: String) throws -> String? {
        try setLessonText(session, lessonID, field: .homework, kind: .homework, text: homework, limit: .homework)
    }

    /// The deputy records who actually gives a lesson (a substitution); nil restores the
    /// scheduled teacher.
    public func recordSubstitution(_ session: Session, lesson lessonID: LessonID, substitute: StaffID?) throws {
        try write(session) { db, stamp in
            try require(.recordSubstitution, try viewer(for: session, db))
            guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
            try applySubstitution(lesson, substitute: substitute == lesson.scheduledTeacherID ? nil : substitute, stamp, nil, db)
        }
    }

    /// A teacher who gives another teacher's lesson declares the substitution as they enter it
    /// (rule 6): they become the lesson's actual teacher. Bound by rule 1 like the lesson record.
    public func declareSubstitution(_ session: Session, lesson lessonID: LessonID) throws {
        try write(session) { db, stamp in
            let viewer = try viewer(for: session, db)
            guard let staff = viewer.staffID, viewer.roles.contains(.teacher) else {
                throw JournalError.accessDenied(SchoolAction.recordSubstitution.name(in: .ru))
            }
            guard let lesson = try LessonQueries.lesson(lessonID, db) else { throw JournalError.lessonNotFound }
            guard lesson.scheduledTeacherID != staff else { return }
            let permission = try judge(.lessonRecord, lesson: lesson, viewer: viewer, at: stamp.at, db)
            try applySubstitution(lesson, substitute: staff, stamp, permission, db)
        }
    }

    private func applySubstitution(
        _ lesson: LessonRecord, substitute: StaffID?, _ stamp: ChangeStamp, _ permission: PermissionID?, _ db: Database
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
        _ session: Session, _ lessonID: LessonID, field: LessonWrites.Field, kind: EntryKind, text: String,
        limit: TextLimit
    ) throws -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        try limit.check(trimmed)
        let fieldName = limit.russianName
        return try write(session) { db, stamp in
            let (lesson, viewer) = try ownLesson(session, lessonID, db)
            let settings = try RuleQueries.settings(db)
            var warning: String?
            switch RussianText.check(trimmed, field: fieldName, mode: settings.russianTextCheck, language: session.language) {
            case .accepted: break
            case .acceptedWithWarning(let message): warning = message
            case .refused(let message): throw JournalError.invalidInput(field: fieldName, problem: message)
            }
            let permission = try judge(kind, lesson: lesson, viewer: viewer, at: stamp.at, db)
            let old = try LessonWrites.value(field, of: lesson.id, db) ?? ""
            guard old != trimmed else { return warning }
            try LessonWrites.set(field, of: lesson.id, to: trimmed, permission: permission, db)
            try ChangeLog.record(stamp.change(
                entity: "lesson", key: "lesson=\(lesson.id)", field: field.rawValue, from: old, to: trimmed,
                permission: permission, scope: lesson.scope
            ), in: db)
            return warning
        }
    }
}
