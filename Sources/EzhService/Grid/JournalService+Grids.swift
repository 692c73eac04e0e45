import EzhCore
internal import EzhStore

extension JournalService {
    /// The marks of a page for a period: one column per assignment (a lesson without one still
    /// has one empty column to type into).
    public func marksGrid(_ session: Session, page: JournalPage, period periodID: PeriodID) throws -> MarksGrid {
        try loggedRead(session, .openPage, object: "\(page.title) · отметки", scope: page.scope, period: periodID) { db in
            try readMarksGrid(session, page, periodID, db).grid
        }
    }

    /// The marks grid and the page's finals columns in one read and one access-log entry: what
    /// opening the marks of a page shows (a grid opens often; a second read and log write for
    /// its finals cost as much as the grid itself).
    public func marksGridWithFinals(
        _ session: Session, page: JournalPage, period periodID: PeriodID
    ) throws -> (grid: MarksGrid, finals: FinalsSheet) {
        try loggedRead(session, .openPage, object: "\(page.title) · отметки", scope: page.scope, period: periodID) { db in
            let (grid, viewer) = try readMarksGrid(session, page, periodID, db)
            return (grid, try readFinalsSheet(page, viewer, db))
        }
    }

    private func readMarksGrid(
        _ session: Session, _ page: JournalPage, _ periodID: PeriodID, _ db: StoreTransaction
    ) throws -> (grid: MarksGrid, viewer: Viewer) {
        let (viewer, period) = try openPage(session, page, periodID, db)
        let lessons = try LessonQueries.lessons(of: page, in: period.span, db)
        let column = try columnMaker(.mark, viewer: viewer, period: period, db)
        let assignments = Dictionary(
            grouping: try GridQueries.assignments(of: page, in: period.span, db), by: \.lessonID
        )
        var columns: [GridColumn] = []
        var columnOfAssignment: [AssignmentID: Int] = [:]
        for lesson in lessons {
            let given = assignments[lesson.id] ?? []
            if given.isEmpty {
                columns.append(column(lesson, nil))
            }
            for assignment in given {
                columnOfAssignment[assignment.id] = columns.count
                columns.append(column(lesson, assignment))
            }
        }
        var cells: [MarksGrid.Cell: MarkValue] = [:]
        for mark in try GridQueries.marks(of: page, in: period.span, db) {
            guard let index = columnOfAssignment[mark.assignment] else { continue }
            cells[MarksGrid.Cell(pupil: mark.pupil, column: index)] = mark.value
        }
        let grid = MarksGrid(
            page: page, period: period,
            pupils: try pupilsWithExemptions(page, period, db),
            columns: columns, cells: cells,
            finals: try GridQueries.periodFinals(of: page, period: period.id, db)
        )
        return (grid, viewer)
    }

    /// The attendance of a page for a period: one column per lesson.
    public func attendanceGrid(_ session: Session, page: JournalPage, period periodID: PeriodID) throws -> AttendanceGrid {
        try loggedRead(session, .openPage, object: "\(page.title) · посещаемость", scope: page.scope, period: periodID) { db in
            let (viewer, period) = try openPage(session, page, periodID, db)
            let lessons = try LessonQueries.lessons(of: page, in: period.span, db)
            let column = try columnMaker(.attendance, viewer: viewer, period: period, db)
            let columnOfLesson = Dictionary(uniqueKeysWithValues: lessons.enumerated().map { ($1.id, $0) })
            var cells: [AttendanceGrid.Cell: AttendanceCode] = [:]
            for entry in try GridQueries.attendance(of: page, in: period.span, db) {
                guard let index = columnOfLesson[entry.lesson] else { continue }
                cells[AttendanceGrid.Cell(pupil: entry.pupil, column: index)] = entry.code
            }
            return AttendanceGrid(
                page: page, period: period,
                pupils: try pupilsWithExemptions(page, period, db),
                columns: lessons.map { column($0, nil) },
                cells: cells
            )
        }
    }

    /// The page's pupils, each with the days an exemption excuses them from its subject.
    private func pupilsWithExemptions(_ page: JournalPage, _ period: Period, _ db: StoreTransaction) throws -> [GridPupil] {
        let exempt = try ExemptionQueries.exemptDays(subject: page.subjectID, in: period.span, db)
        return try GridQueries.pupils(of: page, in: period.span, period: period.id, db).map { pupil in
            exempt[pupil.id].map { pupil.with(exemptDays: $0) } ?? pupil
        }
    }

    private func openPage(
        _ session: Session, _ page: JournalPage, _ periodID: PeriodID, _ db: StoreTransaction
    ) throws -> (Viewer, Period) {
        let viewer = try viewer(for: session, db)
        try requireOpen(page, viewer)
        guard let period = try SchoolQueries.period(periodID, ofClass: page.classID, db) else {
            throw JournalError.notFound(BilingualText("период \(periodID)", "period \(periodID)"))
        }
        return (viewer, period)
    }

    /// Makes the grid's columns for one kind of entry: who may write each one, its entry
    /// window and the permission that covers it late, all as of now. A closed period's columns
    /// are read-only.
    private func columnMaker(
        _ kind: EntryKind, viewer: Viewer, period: Period, _ db: StoreTransaction
    ) throws -> (LessonRecord, GridQueries.AssignmentRow?) -> GridColumn {
        let now = now()
        let engine = try ruleEngine(db)
        let permissions = try viewer.staffID.map { try PermissionQueries.permissions(of: $0, validAt: now, db) } ?? []
        return { lesson, assignment in
            let (window, permission) = LessonTerms(lesson, in: period).window(
                kind, engine: engine, permissions: permissions, viewer: viewer, now: now
            )
            return GridColumn(
                lessonID: lesson.id, date: lesson.date, lessonNumber: lesson.lessonNumber,
                start: lesson.start, end: lesson.end, assignmentID: assignment?.id, workType: assignment?.workType,
                topic: lesson.topic, assignmentTopic: assignment?.topic ?? "",
                isEditable: !period.isClosed && JournalAccess.canEnter(lessonTaughtBy: lesson.teachers, viewer: viewer),
                window: window, latePermission: permission
            )
        }
    }
}
