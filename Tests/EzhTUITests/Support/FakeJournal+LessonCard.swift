import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// Lesson cards: topic, homework and attendance with their deadlines, refused as the service
/// refuses them. Every write is recorded in `writes`.
extension FakeJournal: LessonCardBackend {
    func lessonCard(_ session: Session, lesson: LessonID) throws -> LessonCard {
        guard let column = Fixture.columns().first(where: { $0.lessonID == lesson }) else { throw JournalError.lessonNotFound }
        let summary = LessonSummary(
            lessonID: lesson, page: Fixture.math, date: column.date, lessonNumber: column.lessonNumber, start: column.start,
            end: column.end, room: "21", topic: state.topics[lesson] ?? ""
        )
        let timing = LessonTiming(date: column.date, start: column.start, end: column.end, pupilsDayEnd: TimeOfDay(hour: 14, minute: 30))
        let period = PeriodState(span: Fixture.periods[1].span, isClosed: false)
        func terms(_ kind: EntryKind) -> LessonCard.Terms {
            LessonCard.Terms(window: Self.engine.window(for: kind, lesson: timing, period: period), permission: nil)
        }
        return LessonCard(
            lesson: summary, homework: state.homework[lesson] ?? "", attendanceTaken: state.attendanceTaken.contains(lesson),
            isEditable: column.isEditable, topicTerms: terms(.lessonRecord), homeworkTerms: terms(.homework),
            attendanceTerms: terms(.attendance), substitution: substitutions.cardNotice
        )
    }

    func setTopic(_ session: Session, lesson: LessonID, topic: String, replacing seen: String) throws -> BilingualText? {
        try refuseIfAsked()
        try judgeCard(lesson, \.topicTerms)
        try refuseIfStale(state.topics[lesson] ?? "", seen: seen, new: topic, field: .topic)
        state.topics[lesson] = topic
        writes.append("topic \(lesson) \(topic)")
        return state.textWarning
    }

    func setHomework(_ session: Session, lesson: LessonID, homework: String, replacing seen: String) throws -> BilingualText? {
        try refuseIfAsked()
        try judgeCard(lesson, \.homeworkTerms)
        try refuseIfStale(state.homework[lesson] ?? "", seen: seen, new: homework, field: .homework)
        state.homework[lesson] = homework
        writes.append("homework \(lesson) \(homework)")
        return state.textWarning
    }

    /// As the service: a text that differs from what the card showed was written meanwhile.
    private func refuseIfStale(_ stored: String, seen: String, new: String, field: TextLimit) throws {
        guard stored != new, stored != seen else { return }
        throw JournalError.cellChanged(CellChange(
            current: stored.isEmpty ? nil : stored, who: "Сидоров Иван", at: "27.11.2026 10:58", terminal: "pts/7",
            field: CellChange.Field(field)
        ))
    }

    /// Another terminal saves a lesson's topic or homework behind the card's back.
    func lessonTextElsewhere(topic: String? = nil, homework: String? = nil, lesson: LessonID = Fixture.todaysLesson) {
        if let topic { state.topics[lesson] = topic }
        if let homework { state.homework[lesson] = homework }
        changedElsewhere(Fixture.math)
    }

    func confirmAttendance(_ session: Session, lesson: LessonID) throws {
        try refuseIfAsked()
        try judgeCard(lesson, \.attendanceTerms)
        state.attendanceTaken.insert(lesson)
        writes.append("all present \(lesson)")
    }

    private func judgeCard(_ lesson: LessonID, _ terms: KeyPath<LessonCard, LessonCard.Terms>) throws {
        let card = try lessonCard(Self.session, lesson: lesson)
        let window = card[keyPath: terms].window
        let status = CellEntryStatus(isEditable: card.isEditable, window: window, permission: nil, at: now())
        if case .closed(let since) = status {
            throw RuleRefusal(rule: window.rule, reason: .deadlinePassed(since), timeZone: Self.zone)
        }
    }
}

/// What the fake journal's validation part remembers between calls.
final class FakeValidationState {
    var topics: [LessonID: String] = [Fixture.todaysLesson: "Дроби"]
    var homework: [LessonID: String] = [:]
    var attendanceTaken: Set<LessonID> = []
    /// Returned by setTopic and setHomework, as the service does in the «warn» Russian-text mode.
    var textWarning: BilingualText?
    var due = DueOverview(teacherName: "Петрова А.С.", today: [], closingSoon: [], overdue: [])
    var absences: [AbsenceEntry] = Fixture.absences
    var reviewedWeeks: [DateSpan] = []
    var permissions: [PermissionSummary] = []
    var substitute: (id: StaffID, name: String)?
}
