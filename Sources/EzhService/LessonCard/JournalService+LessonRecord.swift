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
