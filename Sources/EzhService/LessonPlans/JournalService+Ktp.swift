import EzhCore
internal import EzhStore

extension JournalService {
    /// A teaching's lesson plan (КТП) as the editor shows it.
    public func teachingPlan(_ session: Session, page: JournalPage) throws -> TeachingPlan {
        try read { db in
            let viewer = try viewer(for: session, db)
            try requireOpen(page, viewer)
            guard let teaching = try LessonPlanQueries.teachingID(of: page, db),
                  let row = try KtpQueries.teaching(teaching, db) else { throw JournalError.notFound(.verbatim(page.title)) }
            let closed = try YearQueries.closedYear(ofClass: page.classID, db) != nil
            return TeachingPlan(
                page: row.page, teacher: row.teacher, rows: try LessonPlanQueries.rows(of: teaching, db),
                curriculumHours: try LessonPlanQueries.curriculumHours(of: page, db),
                isEditable: !closed && Self.mayEditPlan(page, viewer)
            )
        }
    }

    /// The page's teacher, or the deputy (who imports any plan), edits a plan.
    static func mayEditPlan(_ page: JournalPage, _ viewer: Viewer) -> Bool {
        viewer.taughtPages.contains(page) || SchoolAction.manageSchoolYear.isAllowed(for: viewer.roles)
    }

    /// Stores a page's lesson plan in place of `seen`, the plan the editor showed: each row's
    /// topic in Russian (rule 9), hours above zero, a planned date inside the class's school
    /// year. A plan another terminal saved meanwhile is refused with who, when and where; an
    /// unchanged plan writes nothing. The change is one history row («3 темы, 170 ч.» → …) with
    /// its access-log entry. Returns the hours check against the curriculum (rule 8).
    @discardableResult
    public func savePlan(_ session: Session, page: JournalPage, rows: [PlanRow], replacing seen: [PlanRow]) throws -> LessonPlanCheck.Verdict {
        let rows = rows.map { PlanRow(topic: $0.topic.trimmingCharacters(in: .whitespaces), hours: $0.hours, plannedDate: $0.plannedDate) }
        try Self.checkPlanShape(rows)
        return try write(session) { db, stamp in
            let teaching = try editablePlan(page, session, db)
            let mode = try RuleQueries.settings(db).russianTextCheck
            let span = try KtpQueries.yearSpan(ofClass: page.classID, db)
            for (index, row) in rows.enumerated() {
                let field = BilingualText("КТП, строка \(index + 1)", "Lesson plan, row \(index + 1)")
                guard !row.topic.isEmpty else {
                    throw JournalError.invalidInput(field: field, problem: BilingualText("не указана тема; напишите её", "no topic given; write it"))
                }
                guard row.hours > 0 else {
                    throw JournalError.invalidInput(
                        field: field, problem: BilingualText("часов должно быть больше нуля", "the hours must be more than zero")
                    )
                }
                if let date = row.plannedDate, let span, !span.contains(date) {
                    throw JournalError.invalidInput(field: field, problem: BilingualText(
                        "дата \(date.russian) вне учебного года (\(span.first.russian)–\(span.last.russian))",
                        "the date \(date.russian) is outside the school year (\(span.first.russian)–\(span.last.russian))"
                    ))
                }
                if case .refused = RussianText.check(row.topic, field: field.russian, mode: mode, language: .ru) {
                    throw JournalError.invalidInput(
                        field: field, problem: BilingualText { RussianText.objection(field: field.text(in: $0), in: $0) }
                    )
                }
            }
            let old = try LessonPlanQueries.rows(of: teaching, db)
            if old != rows {
                guard old == seen else {
                    let last = try ChangeLog.latest(entity: "lesson_plan", key: "teaching=\(teaching)", field: "items", in: db)
                    let now = old.isEmpty ? nil : BilingualText { Self.planSize(topics: old.count, hours: old.totalHours, in: $0) }
                    throw JournalError.cellChanged(change(told: now, last: last, field: CellChange.Field("КТП", "Lesson plan")))
                }
                try LessonPlanQueries.replace(teaching, with: rows, db)
                try ChangeLog.record(stamp.change(
                    entity: "lesson_plan", key: "teaching=\(teaching)", field: "items",
                    from: old.isEmpty ? nil : Self.planSize(topics: old.count, hours: old.totalHours, in: .ru),
                    to: Self.planSize(topics: rows.count, hours: rows.totalHours, in: .ru),
                    scope: ChangeScope(classID: page.classID, subjectID: page.subjectID, lessonDate: nil)
                ), in: db)
            }
            return LessonPlanCheck.check(plannedHours: rows.totalHours, curriculumHours: try LessonPlanQueries.curriculumHours(of: page, db) ?? 0)
        }
    }

    /// The teaching of a page whose plan the session may change now.
    private func editablePlan(_ page: JournalPage, _ session: Session, _ db: StoreTransaction) throws -> Int64 {
        let viewer = try viewer(for: session, db)
        guard Self.mayEditPlan(page, viewer) else {
            throw JournalError.accessDenied(BilingualText("КТП: \(page.title) ведёт другой учитель", "Lesson plan: another teacher teaches \(page.title)"))
        }
        try refuseClosedYear(ofClass: page.classID, db)
        guard let teaching = try LessonPlanQueries.teachingID(of: page, db) else { throw JournalError.notFound(.verbatim(page.title)) }
        return teaching
    }

    private static func checkPlanShape(_ rows: [PlanRow]) throws {
        guard rows.count <= TextLimit.lessonPlanItems else {
            throw JournalError.invalidInput(field: BilingualText("КТП", "Lesson plan"), problem: BilingualText(
                "не больше \(TextLimit.lessonPlanItems) строк, а их \(rows.count)",
                "at most \(TextLimit.lessonPlanItems) rows, and it has \(rows.count)"
            ))
        }
        for (index, row) in rows.enumerated() { try TextLimit.lessonPlanTopic.row(index + 1).check(row.topic) }
    }

    // MARK: Copy

    /// Plans the page's plan may be copied from: last year's of the same subject and grade, and
    /// this year's colleagues' classes of the same grade.
    public func planCopySources(_ session: Session, page: JournalPage) throws -> [PlanCopySource] {
        try read { db in
            try requireOpen(page, try viewer(for: session, db))
            guard let teaching = try LessonPlanQueries.teachingID(of: page, db),
                  let own = try KtpQueries.teaching(teaching, db) else { return [] }
            return try KtpQueries.copySources(for: teaching, db).map { source in
                let rows = try LessonPlanQueries.rows(of: source.id, db)
                return PlanCopySource(
                    id: PlanCopySource.ID(rawValue: source.id), page: source.page, teacher: source.teacher, yearName: source.yearName,
                    isLastYear: source.yearName != own.yearName, topics: rows.count, hours: rows.totalHours
                )
            }
        }
    }

    /// Copies another teaching's plan (one of `planCopySources`) into the page's, in place of
    /// `seen`: the editor asks before replacing a plan that has rows. Planned dates are not
    /// copied: last year's days and a colleague's timetable are not this class's.
    @discardableResult
    public func copyPlan(
        _ session: Session, to page: JournalPage, from source: PlanCopySource.ID, replacing seen: [PlanRow]
    ) throws -> LessonPlanCheck.Verdict {
        let rows: [PlanRow] = try read { db in
            guard let teaching = try LessonPlanQueries.teachingID(of: page, db),
                  try KtpQueries.copySources(for: teaching, db).contains(where: { $0.id == source.rawValue })
            else {
                throw JournalError.invalidInput(field: BilingualText("КТП", "Lesson plan"), problem: BilingualText(
                    "копировать можно КТП того же предмета и параллели", "a plan is copied from the same subject and grade only"))
            }
            return try LessonPlanQueries.rows(of: source.rawValue, db).map { PlanRow(topic: $0.topic, hours: $0.hours) }
        }
        return try savePlan(session, page: page, rows: rows, replacing: seen)
    }
}

/// A teaching's lesson plan with what the editor totals it against.
public struct TeachingPlan: Sendable {
    public let page: JournalPage
    public let teacher: PersonName
    public let rows: [PlanRow]
    /// The curriculum's hours a year for the class and subject; nil when none are set.
    public let curriculumHours: Int?
    /// Whether this session may change it (its teacher or the deputy, in an open year).
    public let isEditable: Bool

    public init(page: JournalPage, teacher: PersonName, rows: [PlanRow], curriculumHours: Int?, isEditable: Bool) {
        self.page = page
        self.teacher = teacher
        self.rows = rows
        self.curriculumHours = curriculumHours
        self.isEditable = isEditable
    }

    /// Rule 8: planned hours against the curriculum.
    public var verdict: LessonPlanCheck.Verdict {
        LessonPlanCheck.check(plannedHours: rows.totalHours, curriculumHours: curriculumHours ?? 0)
    }
}

/// A plan the editor offers to copy: a colleague's class of the same grade this year, or last
/// year's plan of the same subject and grade.
public struct PlanCopySource: Sendable, Hashable {
    public struct ID: Hashable, Sendable {
        public let rawValue: Int64
        public init(rawValue: Int64) { self.rawValue = rawValue }
    }

    public let id: ID
    public let page: JournalPage
    public let teacher: PersonName
    public let yearName: String
    public let isLastYear: Bool
    public let topics: Int
    public let hours: Int

    public init(id: ID, page: JournalPage, teacher: PersonName, yearName: String, isLastYear: Bool, topics: Int, hours: Int) {
        self.id = id
        self.page = page
        self.teacher = teacher
        self.yearName = yearName
        self.isLastYear = isLastYear
        self.topics = topics
        self.hours = hours
    }
}
