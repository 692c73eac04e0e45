import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// How far back the panel looks for overdue entries.
    static let overdueLookbackDays = 14

    /// The "what is due" panel of the signed-in teacher.
    public func dueOverview(_ session: Session) throws -> DueOverview {
        try read { db in
            let viewer = try viewer(for: session, db)
            try require(.viewOwnDue, viewer)
            guard let staff = viewer.staffID else { return DueOverview(teacherName: "", today: [], closingSoon: [], overdue: []) }
            var due = try DueReading(self, db)
            return try due.overview(
                of: staff, lessons: DueQueries.lessonStates(of: staff, in: due.lessonSpan, missingOnly: true, db),
                works: DueQueries.openAssignments(of: staff, in: due.markSpan, db), db
            )
        }
    }

    /// The deputy's view: every teacher's panel, those with overdue entries first. Two queries
    /// fetch every teacher's lessons and works; the lookups behind each are shared.
    public func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview] {
        try read { db in
            try require(.viewDueOverview, try viewer(for: session, db))
            var due = try DueReading(self, db)
            let lessons = Dictionary(grouping: try DueQueries.lessonStates(of: nil, in: due.lessonSpan, missingOnly: true, db), by: \.lesson.teacherID)
            let works = Dictionary(grouping: try DueQueries.openAssignments(of: nil, in: due.markSpan, db), by: \.lesson.teacherID)
            return try DueQueries.teachers(db)
                .map { try due.overview(of: $0, lessons: lessons[$0] ?? [], works: works[$0] ?? [], db) }
                .filter { !$0.isEmpty }
                .sorted { ($0.overdue.count, $0.today.count) > ($1.overdue.count, $1.today.count) }
        }
    }

    func summary(of lesson: LessonRecord, _ db: StoreTransaction) throws -> LessonSummary? {
        try PageQueries.page(of: lesson.id, db).map { Self.summary(of: lesson, on: $0) }
    }

    static func summary(of lesson: LessonRecord, on page: JournalPage) -> LessonSummary {
        LessonSummary(
            lessonID: lesson.id, page: page, date: lesson.date, lessonNumber: lesson.lessonNumber,
            start: lesson.start, end: lesson.end, room: lesson.room, topic: lesson.topic
        )
    }
}

/// One reading of the "what is due" panels: the clock, the rules and every class's periods read
/// once, only lessons with something missing read at all, and each page, end of the pupils' day
/// and deadline window looked up once however many lessons share it.
private struct DueReading {
    let now: Date
    let today: LocalDate
    let engine: RuleEngine
    let lessonSpan: DateSpan
    let markSpan: DateSpan
    private let periods: [ClassID: [(PeriodID, PeriodState)]]
    private var pages: [PageKey: JournalPage?] = [:]
    private var dayEnds: [DayEndKey: TimeOfDay] = [:]
    private var windows: [WindowKey: EntryWindow] = [:]
    private var markDeadlines: [LocalDate: Date] = [:]

    private struct PageKey: Hashable { let classID: ClassID; let subjectID: SubjectID; let subgroupID: SubgroupID? }
    /// A whole-class lesson's pupils end their day with the class's last lesson, whichever
    /// lesson asks; a subgroup's answer is kept for that one lesson's end.
    private struct DayEndKey: Hashable { let classID: ClassID; let date: LocalDate; let subgroupID: SubgroupID?; let end: TimeOfDay? }
    private struct WindowKey: Hashable { let kind: EntryKind; let period: PeriodID; let timing: LessonTiming }

    init(_ service: JournalService, _ db: StoreTransaction) throws {
        now = service.now()
        today = service.timeZone.localDate(of: now)
        engine = try service.ruleEngine(db)
        lessonSpan = DateSpan(today.adding(days: -JournalService.overdueLookbackDays), today)
        // A work's window closes `markWindowDays` after its lesson; those closing within two
        // days are listed, and those closed within the overdue lookback, so only lessons of
        // those days are read.
        let window = max(0, engine.settings.markWindowDays)
        markSpan = DateSpan(
            today.adding(days: -window - JournalService.overdueLookbackDays), min(today, today.adding(days: 2 - window))
        )
        periods = try DueQueries.periodStates(db)
    }

    mutating func overview(
        of teacher: StaffID, lessons: [DueQueries.LessonState], works: [DueQueries.OpenAssignment], _ db: StoreTransaction
    ) throws -> DueOverview {
        var todayItems: [DueItem] = []
        var overdue: [DueItem] = []
        for state in lessons {
            let lesson = state.lesson
            let missing: [(DueItem.Kind, EntryKind)] = [
                state.attendanceTaken ? nil : (.attendance, .attendance),
                state.hasTopic ? nil : (.topic, .lessonRecord),
                state.hasHomework ? nil : (.homework, .homework),
            ].compactMap { $0 }
            // Most lessons are complete: nothing more to look up for them.
            guard !missing.isEmpty, let (periodID, period) = period(of: lesson), !period.isClosed,
                  let summary = try summary(of: lesson, db)
            else { continue }
            let timing = LessonTiming(
                date: lesson.date, start: lesson.start, end: lesson.end, pupilsDayEnd: try dayEnd(of: lesson, periodID, db)
            )
            for (kind, entryKind) in missing {
                let window = window(entryKind, timing, periodID, period)
                guard let deadline = window.closesAt else { continue }
                let item = DueItem(kind: kind, lesson: summary, deadline: deadline)
                if window.isPastDeadline(now) {
                    overdue.append(item)
                } else if lesson.date == today {
                    todayItems.append(item)
                }
            }
        }
        var closingSoon: [DueItem] = []
        for work in works {
            let deadline = markDeadline(work.lesson.date)
            guard deadline.timeIntervalSince(now) <= 2 * 24 * 3600, let (_, period) = period(of: work.lesson), !period.isClosed,
                  let summary = try summary(of: work.lesson, db) else { continue }
            let item = DueItem(
                kind: .marks, lesson: summary, deadline: deadline,
                detail: "\(work.workType): \(work.unmarked) из \(work.pupils) без отметки"
            )
            if deadline > now { closingSoon.append(item) } else { overdue.append(item) }
        }
        let name = try AccountQueries.staffName(teacher, db)?.withInitials ?? ""
        return DueOverview(
            teacherName: name, today: todayItems.sorted { $0.deadline < $1.deadline },
            closingSoon: closingSoon.sorted { $0.deadline < $1.deadline }, overdue: overdue
        )
    }

    private func period(of lesson: LessonRecord) -> (PeriodID, PeriodState)? {
        periods[lesson.classID]?.first { $0.1.span.contains(lesson.date) }
    }

    private mutating func summary(of lesson: LessonRecord, _ db: StoreTransaction) throws -> LessonSummary? {
        let key = PageKey(classID: lesson.classID, subjectID: lesson.subjectID, subgroupID: lesson.subgroupID)
        let page: JournalPage?
        if let known = pages[key] {
            page = known
        } else {
            page = try PageQueries.page(of: lesson.id, db)
            pages[key] = page
        }
        return page.map { JournalService.summary(of: lesson, on: $0) }
    }

    /// The rules' window of an entry, computed once for lessons that share day, times and period:
    /// each costs several calendar conversions.
    private mutating func window(_ kind: EntryKind, _ timing: LessonTiming, _ periodID: PeriodID, _ period: PeriodState) -> EntryWindow {
        let key = WindowKey(kind: kind, period: periodID, timing: timing)
        if let known = windows[key] { return known }
        let window = engine.window(for: kind, lesson: timing, period: period)
        windows[key] = window
        return window
    }

    private mutating func markDeadline(_ day: LocalDate) -> Date {
        if let known = markDeadlines[day] { return known }
        let deadline = engine.markDeadline(day)
        markDeadlines[day] = deadline
        return deadline
    }

    private mutating func dayEnd(of lesson: LessonRecord, _ period: PeriodID, _ db: StoreTransaction) throws -> TimeOfDay {
        let key = DayEndKey(
            classID: lesson.classID, date: lesson.date, subgroupID: lesson.subgroupID,
            end: lesson.subgroupID == nil ? nil : lesson.end
        )
        if let known = dayEnds[key] { return known }
        let end = try RuleQueries.pupilsDayEnd(of: lesson, period: period, db)
        dayEnds[key] = end
        return end
    }
}
