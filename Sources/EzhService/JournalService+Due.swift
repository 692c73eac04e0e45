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
            guard let staff = viewer.staffID else { return DueOverview(teacherName: "", today: [], closingSoon: [], overdue: []) }
            return try dueOverview(of: staff, db)
        }
    }

    /// The deputy's view: every teacher's panel, those with overdue entries first.
    public func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview] {
        try read { db in
            try require(.viewDueOverview, try viewer(for: session, db))
            return try DueQueries.teachers(db).map { try dueOverview(of: $0, db) }
                .filter { !$0.isEmpty }
                .sorted { ($0.overdue.count, $0.today.count) > ($1.overdue.count, $1.today.count) }
        }
    }

    private func dueOverview(of teacher: StaffID, _ db: StoreTransaction) throws -> DueOverview {
        let now = now()
        let today = timeZone.localDate(of: now)
        let engine = try ruleEngine(db)
        var todayItems: [DueItem] = []
        var overdue: [DueItem] = []
        let span = DateSpan(today.adding(days: -JournalService.overdueLookbackDays), today)
        for state in try DueQueries.lessonStates(of: teacher, in: span, db) {
            let lesson = state.lesson
            let missing: [(DueItem.Kind, EntryKind)] = [
                state.attendanceTaken ? nil : (.attendance, .attendance),
                state.hasTopic ? nil : (.topic, .lessonRecord),
                state.hasHomework ? nil : (.homework, .homework),
            ].compactMap { $0 }
            guard !missing.isEmpty else { continue }
            let terms = try terms(of: lesson, for: Set(missing.map(\.1)), db)
            guard terms.periodID != nil, !terms.period.isClosed, let summary = try summary(of: lesson, db) else { continue }
            for (kind, entryKind) in missing {
                let window = engine.window(for: entryKind, lesson: terms.timing, period: terms.period)
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
        let markSpan = DateSpan(today.adding(days: -engine.settings.markWindowDays), today)
        for work in try DueQueries.openAssignments(of: teacher, in: markSpan, db) {
            let deadline = engine.markDeadline(work.lesson.date)
            guard deadline > now, deadline.timeIntervalSince(now) <= 2 * 24 * 3600,
                  let summary = try summary(of: work.lesson, db) else { continue }
            closingSoon.append(DueItem(
                kind: .marks, lesson: summary, deadline: deadline,
                detail: "\(work.workType): \(work.pupils - work.marked) из \(work.pupils) без отметки"
            ))
        }
        let name = try AccountQueries.staffName(teacher, db)?.withInitials ?? ""
        return DueOverview(
            teacherName: name, today: todayItems.sorted { $0.deadline < $1.deadline },
            closingSoon: closingSoon.sorted { $0.deadline < $1.deadline }, overdue: overdue
        )
    }

    func summary(of lesson: LessonRecord, _ db: StoreTransaction) throws -> LessonSummary? {
        try PageQueries.page(of: lesson.id, db).map { page in
            LessonSummary(
                lessonID: lesson.id, page: page, date: lesson.date, lessonNumber: lesson.lessonNumber,
                start: lesson.start, end: lesson.end, room: lesson.room, topic: lesson.topic
            )
        }
    }
}
