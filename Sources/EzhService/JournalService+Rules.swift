import EzhCore
import EzhStore
import Foundation
import GRDB

/// The period of a lesson's day as the rules judge it: its id (none outside every period) and state.
typealias LessonPeriod = (id: PeriodID?, state: PeriodState)

extension JournalService {
    func ruleEngine(_ db: Database) throws -> RuleEngine {
        RuleEngine(settings: try RuleQueries.settings(db), timeZone: timeZone)
    }

    /// Judges an entry about a lesson against the rules. Returns the permission it is made
    /// under when it is late, nil when it is on time; throws the refusal otherwise.
    /// `period` is the lesson's period when the caller has read it already in this transaction.
    func judge(
        _ kind: EntryKind, lesson: LessonRecord, viewer: Viewer, at now: Date, period: LessonPeriod? = nil, _ db: Database
    ) throws -> PermissionID? {
        let context = try entryContext(kind, lesson: lesson, viewer: viewer, at: now, period: period, db)
        let permissions = try viewer.staffID.map { try PermissionQueries.permissions(of: $0, validAt: now, db) } ?? []
        switch try ruleEngine(db).judge(context, permissions: permissions) {
        case .allowed: return nil
        case .allowedLate(let permission): return permission
        case .refused(let refusal): throw refusal
        }
    }

    func entryContext(
        _ kind: EntryKind, lesson: LessonRecord, viewer: Viewer, at now: Date, period known: LessonPeriod? = nil,
        _ db: Database
    ) throws -> EntryContext {
        let (periodID, period) = try known ?? lessonPeriod(lesson, db)
        let dayEnd = kind == .homework ? try RuleQueries.pupilsDayEnd(of: lesson, period: periodID, db) : lesson.end
        return EntryContext(
            kind: kind, teacher: viewer.staffID, classID: lesson.classID, subjectID: lesson.subjectID,
            lesson: LessonTiming(date: lesson.date, start: lesson.start, end: lesson.end, pupilsDayEnd: dayEnd),
            period: period, now: now
        )
    }

    /// The period holding the lesson's day; a day outside every period is judged as an open
    /// period of that one day.
    func lessonPeriod(_ lesson: LessonRecord, _ db: Database) throws -> LessonPeriod {
        guard let (id, state) = try RuleQueries.periodState(ofClass: lesson.classID, on: lesson.date, db) else {
            return (nil, PeriodState(span: DateSpan(lesson.date, lesson.date), isClosed: false))
        }
        return (id, state)
    }

    /// The window of one kind of entry in a grid column, and the permission that covers it once
    /// the window has closed, as of `now`.
    func columnTerms(
        _ kind: EntryKind, lesson: LessonRecord, period: Period, engine: RuleEngine, permissions: [LatePermission],
        viewer: Viewer, now: Date
    ) -> (EntryWindow, LatePermission?) {
        let timing = LessonTiming(date: lesson.date, start: lesson.start, end: lesson.end, pupilsDayEnd: lesson.end)
        let state = PeriodState(span: period.span, isClosed: period.isClosed)
        let context = EntryContext(
            kind: kind, teacher: viewer.staffID, classID: lesson.classID, subjectID: lesson.subjectID,
            lesson: timing, period: state, now: now
        )
        return (engine.window(for: kind, lesson: timing, period: state), permissions.first { $0.covers(context) })
    }
}
