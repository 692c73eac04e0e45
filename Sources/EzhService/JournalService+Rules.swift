import EzhCore
import EzhStore
import Foundation
import GRDB

extension JournalService {
    func ruleEngine(_ db: Database) throws -> RuleEngine {
        RuleEngine(settings: try RuleQueries.settings(db), timeZone: timeZone)
    }

    /// Judges an entry about a lesson against the rules. Returns the permission it is made
    /// under when it is late, nil when it is on time; throws the refusal otherwise.
    func judge(
        _ kind: EntryKind, lesson: LessonRecord, viewer: Viewer, at now: Date, _ db: Database
    ) throws -> PermissionID? {
        let context = try entryContext(kind, lesson: lesson, viewer: viewer, at: now, db)
        let permissions = try viewer.staffID.map { try PermissionQueries.permissions(of: $0, validAt: now, db) } ?? []
        switch try ruleEngine(db).judge(context, permissions: permissions) {
        case .allowed: return nil
        case .allowedLate(let permission): return permission
        case .refused(let refusal): throw refusal
        }
    }

    func entryContext(
        _ kind: EntryKind, lesson: LessonRecord, viewer: Viewer, at now: Date, _ db: Database
    ) throws -> EntryContext {
        let (periodID, period) = try RuleQueries.periodState(ofClass: lesson.classID, on: lesson.date, db)
            ?? (nil, PeriodState(span: DateSpan(lesson.date, lesson.date), isClosed: false))
        let dayEnd = kind == .homework ? try RuleQueries.pupilsDayEnd(of: lesson, period: periodID, db) : lesson.end
        return EntryContext(
            kind: kind, teacher: viewer.staffID, classID: lesson.classID, subjectID: lesson.subjectID,
            lesson: LessonTiming(date: lesson.date, start: lesson.start, end: lesson.end, pupilsDayEnd: dayEnd),
            period: period, now: now
        )
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
