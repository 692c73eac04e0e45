import EzhCore
internal import EzhStore
import Foundation

/// When entries about one lesson may be made: the lesson's timing and the state of its period,
/// read once for every entry judged or shown about it (a write, a grid's column, the lesson
/// card).
struct LessonTerms {
    let lesson: LessonRecord
    /// The period holding the lesson's day; nil when none does (the lesson is then judged as in
    /// an open period of that day alone).
    let periodID: PeriodID?
    let period: PeriodState
    let timing: LessonTiming

    /// A lesson of a period already read (a grid's columns: marks and attendance, whose windows
    /// do not depend on when the pupils' day ends).
    init(_ lesson: LessonRecord, in period: Period) {
        self.init(
            lesson: lesson, periodID: period.id, period: PeriodState(span: period.span, isClosed: period.isClosed),
            timing: LessonTiming(date: lesson.date, start: lesson.start, end: lesson.end, pupilsDayEnd: lesson.end)
        )
    }

    init(lesson: LessonRecord, periodID: PeriodID?, period: PeriodState, timing: LessonTiming) {
        self.lesson = lesson
        self.periodID = periodID
        self.period = period
        self.timing = timing
    }

    /// The entry of `kind` that `viewer` makes about the lesson at `now`, as the rules see it.
    func context(_ kind: EntryKind, viewer: Viewer, at now: Date) -> EntryContext {
        EntryContext(
            kind: kind, teacher: viewer.staffID, classID: lesson.classID, subjectID: lesson.subjectID,
            lesson: timing, period: period, now: now
        )
    }

    /// The window of one kind of entry, and the first of `permissions` that covers it once the
    /// window has closed, as of `now`.
    func window(
        _ kind: EntryKind, engine: RuleEngine, permissions: [LatePermission], viewer: Viewer, now: Date
    ) -> (EntryWindow, LatePermission?) {
        let context = context(kind, viewer: viewer, at: now)
        return (engine.window(for: kind, lesson: timing, period: period), permissions.first { $0.covers(context) })
    }
}

extension JournalService {
    func ruleEngine(_ db: StoreTransaction) throws -> RuleEngine {
        RuleEngine(settings: try RuleQueries.settings(db), timeZone: timeZone)
    }

    /// The terms of entries of `kinds` about `lesson`: its period's state, read once. When the
    /// pupils' day ends is read (another query) only for homework, the one window it moves.
    func terms(of lesson: LessonRecord, for kinds: Set<EntryKind>, _ db: StoreTransaction) throws -> LessonTerms {
        let (periodID, period) = try RuleQueries.periodState(ofClass: lesson.classID, on: lesson.date, db)
            ?? (nil, PeriodState(span: DateSpan(lesson.date, lesson.date), isClosed: false))
        let dayEnd = kinds.contains(.homework) ? try RuleQueries.pupilsDayEnd(of: lesson, period: periodID, db) : lesson.end
        return LessonTerms(
            lesson: lesson, periodID: periodID, period: period,
            timing: LessonTiming(date: lesson.date, start: lesson.start, end: lesson.end, pupilsDayEnd: dayEnd)
        )
    }

    /// Judges an entry about a lesson against the rules. Returns the permission it is made
    /// under when it is late, nil when it is on time; throws the refusal otherwise.
    func judge(
        _ kind: EntryKind, lesson: LessonRecord, viewer: Viewer, at now: Date, _ db: StoreTransaction
    ) throws -> PermissionID? {
        try judge(kind, try terms(of: lesson, for: [kind], db), viewer: viewer, at: now, db)
    }

    /// `judge` on terms already read.
    func judge(
        _ kind: EntryKind, _ terms: LessonTerms, viewer: Viewer, at now: Date, _ db: StoreTransaction
    ) throws -> PermissionID? {
        let permissions = try viewer.staffID.map { try PermissionQueries.permissions(of: $0, validAt: now, db) } ?? []
        switch try ruleEngine(db).judge(terms.context(kind, viewer: viewer, at: now), permissions: permissions) {
        case .allowed: return nil
        case .allowedLate(let permission): return permission
        case .refused(let refusal): throw refusal
        }
    }
}
