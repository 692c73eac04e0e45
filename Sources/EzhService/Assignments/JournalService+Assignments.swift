import EzhCore
internal import EzhStore

/// A lesson's assignments (задания) from the marks grid: a new column with its work type, the
/// type of a column changed, its topic, an empty one removed. Each is the lesson's teacher's
/// (or substitute's) entry within rule 3's week, written with its history row and log entry.
extension JournalService {
    /// The field a changed work type is, as a refusal names it.
    static let workTypeField = CellChange.Field("Вид работы", "Work type")
    static let assignmentTopicField = CellChange.Field("Тема задания", "Assignment topic")
    static let assignmentTopicLimit = TextLimit("Тема задания", "Assignment topic", maximum: 500)

    /// The school's work types with their weights, and the default a new column starts with.
    public func workTypes(_ session: Session) throws -> WorkTypeList {
        try read { db in
            _ = try viewer(for: session, db)
            let (types, defaultID) = try AssignmentQueries.workTypes(db)
            return WorkTypeList(types: types, defaultID: defaultID)
        }
    }

    /// Adds an assignment of `workType` to the column's lesson: its first, when the column has
    /// none (a column whose type is chosen before its first mark), or one more after the
    /// others (a second column on the same lesson). Returns the new column.
    public func addAssignment(_ session: Session, page: JournalPage, column: GridColumn, workType: WorkTypeID) throws -> GridColumn {
        try write(session) { db, stamp in
            let lesson = try assignmentLesson(session, page, column.lessonID, db)
            guard let type = try AssignmentQueries.workType(workType, db) else { throw JournalError.notFound(Self.workTypeWord) }
            if column.assignmentID == nil, let made = try JournalWrites.firstAssignment(of: lesson.id, db) {
                // Another terminal gave the lesson its first column meanwhile: say so, and show it.
                let last = try ChangeLog.latest(entity: "assignment", key: Self.assignmentKey(made.id), field: "work_type", in: db)
                throw JournalError.cellChanged(change(now: made.workType.name, last: last, field: Self.workTypeField))
            }
            let id = try createAssignment(lesson, type, stamp, db)
            return column.with(assignment: id, workType: type)
        }
    }

    /// Changes the work type of a column, if it still has the type the screen showed. A column
    /// with marks changes too (the interface asks first): its marks now weigh the new weight,
    /// and the history keeps the old type.
    public func changeWorkType(_ session: Session, page: JournalPage, column: GridColumn, to workType: WorkTypeID) throws -> GridColumn {
        try write(session) { db, stamp in
            let (lesson, assignment) = try ownAssignment(session, page, column, db)
            guard let type = try AssignmentQueries.workType(workType, db) else { throw JournalError.notFound(Self.workTypeWord) }
            guard assignment.workType.id != type.id else { return column.with(assignment: assignment.id, workType: type, assignmentTopic: assignment.topic) }
            let key = Self.assignmentKey(assignment.id)
            guard assignment.workType.id == column.workType?.id else {
                let last = try ChangeLog.latest(entity: "assignment", key: key, field: "work_type", in: db)
                throw JournalError.cellChanged(change(now: assignment.workType.name, last: last, field: Self.workTypeField))
            }
            let permission = try judge(.assignment, lesson: lesson, viewer: try lessonWriter(for: session, db), at: stamp.at, db)
            try AssignmentQueries.setWorkType(type.id, of: assignment.id, db)
            try ChangeLog.record(stamp.change(
                entity: "assignment", key: key, field: "work_type", from: String(assignment.workType.id.rawValue),
                to: String(type.id.rawValue), permission: permission, scope: lesson.scope
            ), in: db)
            return column.with(assignment: assignment.id, workType: type, assignmentTopic: assignment.topic)
        }
    }

    /// Sets the topic of a column's assignment (rule 9: in Russian), if it still has the topic
    /// the screen showed. Returns the column and rule 9's warning when the school only warns.
    public func setAssignmentTopic(
        _ session: Session, page: JournalPage, column: GridColumn, topic: String
    ) throws -> (column: GridColumn, warning: BilingualText?) {
        let trimmed = topic.trimmingCharacters(in: .whitespacesAndNewlines)
        try Self.assignmentTopicLimit.check(trimmed)
        return try write(session) { db, stamp in
            let (lesson, assignment) = try ownAssignment(session, page, column, db)
            let warning = try checkRussian(trimmed, field: BilingualText(Self.assignmentTopicLimit), session: session, db)
            let updated = column.with(assignment: assignment.id, workType: assignment.workType, assignmentTopic: trimmed)
            guard assignment.topic != trimmed else { return (updated, warning) }
            let key = Self.assignmentKey(assignment.id)
            guard assignment.topic == column.assignmentTopic else {
                let last = try ChangeLog.latest(entity: "assignment", key: key, field: "topic", in: db)
                throw JournalError.cellChanged(change(
                    now: assignment.topic.isEmpty ? nil : assignment.topic, last: last, field: Self.assignmentTopicField
                ))
            }
            let permission = try judge(.assignment, lesson: lesson, viewer: try lessonWriter(for: session, db), at: stamp.at, db)
            try AssignmentQueries.setTopic(trimmed, of: assignment.id, db)
            try ChangeLog.record(stamp.change(
                entity: "assignment", key: key, field: "topic", from: assignment.topic, to: trimmed,
                permission: permission, scope: lesson.scope
            ), in: db)
            return (updated, warning)
        }
    }

    /// Removes a column's assignment while it has no marks; a column with marks is refused
    /// (clear its marks first, each a recorded change).
    public func removeAssignment(_ session: Session, page: JournalPage, column: GridColumn) throws {
        try write(session) { db, stamp in
            let (lesson, assignment) = try ownAssignment(session, page, column, db)
            let marks = try AssignmentQueries.markCount(of: assignment.id, db)
            guard marks == 0 else {
                throw JournalError.invalidInput(field: Self.workTypeField,
                                                problem: BilingualText(
                    "в этом задании \(marks) отм.; убрать можно только пустое задание — сначала сотрите отметки",
                    "this assignment has \(marks) mark(s); only an empty one can be removed: clear its marks first"
                ))
            }
            let permission = try judge(.assignment, lesson: lesson, viewer: try lessonWriter(for: session, db), at: stamp.at, db)
            try AssignmentQueries.remove(assignment.id, db)
            try ChangeLog.record(stamp.change(
                entity: "assignment", key: Self.assignmentKey(assignment.id), field: "work_type",
                from: String(assignment.workType.id.rawValue), to: nil, permission: permission, scope: lesson.scope
            ), in: db)
        }
    }

    /// Makes an assignment of `type` after the lesson's others, with its history row.
    func createAssignment(_ lesson: LessonRecord, _ type: WorkType, _ stamp: ChangeStamp, _ db: StoreTransaction) throws -> AssignmentID {
        let id = try JournalWrites.addAssignment(to: lesson.id, workType: type.id, db)
        try ChangeLog.record(stamp.change(
            entity: "assignment", key: Self.assignmentKey(id), field: "work_type", from: nil, to: String(type.id.rawValue),
            scope: lesson.scope
        ), in: db)
        return id
    }

    static func assignmentKey(_ id: AssignmentID) -> String { "assignment=\(id)" }
    static let workTypeWord = BilingualText("вид работы", "work type")

    /// The session's lesson on this page, judged for an assignment entry (rule 3's week).
    private func assignmentLesson(_ session: Session, _ page: JournalPage, _ lessonID: LessonID, _ db: StoreTransaction) throws -> LessonRecord {
        let (lesson, viewer) = try ownLesson(session, lessonID, db)
        guard lesson.classID == page.classID, lesson.subjectID == page.subjectID, lesson.subgroupID == page.subgroupID
        else { throw JournalError.lessonNotFound }
        _ = try judge(.assignment, lesson: lesson, viewer: viewer, at: now(), db)
        return lesson
    }

    /// The column's assignment, on the session's lesson of this page.
    private func ownAssignment(
        _ session: Session, _ page: JournalPage, _ column: GridColumn, _ db: StoreTransaction
    ) throws -> (LessonRecord, AssignmentQueries.AssignmentRow) {
        guard let id = column.assignmentID, let assignment = try AssignmentQueries.assignment(id, db),
              assignment.lessonID == column.lessonID else {
            throw JournalError.notFound(BilingualText("задание урока", "the lesson's assignment"))
        }
        let (lesson, _) = try ownLesson(session, column.lessonID, db)
        guard lesson.classID == page.classID, lesson.subjectID == page.subjectID, lesson.subgroupID == page.subgroupID
        else { throw JournalError.lessonNotFound }
        return (lesson, assignment)
    }

    /// Rule 9 on a typed text: nil when it passes, the warning when the school only warns; the
    /// refusal when it refuses.
    private func checkRussian(_ text: String, field: BilingualText, session: Session, _ db: StoreTransaction) throws -> BilingualText? {
        let settings = try RuleQueries.settings(db)
        switch RussianText.check(text, field: field.text(in: session.language), mode: settings.russianTextCheck, language: session.language) {
        case .accepted: return nil
        case .acceptedWithWarning:
            return BilingualText { RussianText.objection(field: field.text(in: $0), in: $0) }
        case .refused:
            throw JournalError.invalidInput(field: field, problem: BilingualText { RussianText.objection(field: field.text(in: $0), in: $0) })
        }
    }
}
