import Foundation

/// The validation rules of the school instruction as one pure function of an entry, the school's
/// settings and the time the entry is made. It reads no clock and no database: the service hands
/// it everything, and every write consults it.
public struct RuleEngine: Sendable {
    public let settings: RuleSettings
    public let timeZone: SchoolTimeZone

    public init(settings: RuleSettings, timeZone: SchoolTimeZone) {
        self.settings = settings
        self.timeZone = timeZone
    }

    /// Allowed, allowed late under one of `permissions`, or refused with the rule, the deadline
    /// and the way forward.
    public func judge(_ entry: EntryContext, permissions: [LatePermission] = []) -> RuleDecision {
        if entry.period.isClosed {
            return .refused(RuleRefusal(rule: .closedPeriod, reason: .periodClosed, timeZone: timeZone))
        }
        let window = window(for: entry.kind, lesson: entry.lesson, period: entry.period)
        if let opensAt = window.opensAt, window.isBeforeOpening(entry.now) {
            return .refused(RuleRefusal(rule: window.rule, reason: .notStarted(opensAt: opensAt), timeZone: timeZone))
        }
        if let closesAt = window.closesAt, window.isPastDeadline(entry.now) {
            if let permission = permissions.first(where: { $0.covers(entry) }) {
                return .allowedLate(permission.id)
            }
            return .refused(RuleRefusal(rule: window.rule, reason: .deadlinePassed(closesAt), timeZone: timeZone))
        }
        return .allowed
    }

    /// When an entry of `kind` about this lesson (or period) may be made.
    public func window(for kind: EntryKind, lesson: LessonTiming?, period: PeriodState) -> EntryWindow {
        guard let lesson else {
            // Period finals: by the end of the day of the school's order, if one is set.
            let due = period.finalsDue.map { timeZone.instant($0.adding(days: 1), TimeOfDay(minutes: 0)) }
            return EntryWindow(opensAt: nil, closesAt: due, rule: .finalsByOrder)
        }
        let lessonStart = timeZone.instant(lesson.date, lesson.start)
        let dayDeadline = timeZone.instant(lesson.date, settings.dayEntryDeadline)
        switch kind {
        case .attendance:
            return EntryWindow(opensAt: lessonStart, closesAt: dayDeadline, rule: .dayEntries)
        case .lessonRecord:
            return EntryWindow(
                opensAt: timeZone.instant(lesson.date, TimeOfDay(minutes: 0)), closesAt: dayDeadline, rule: .dayEntries
            )
        case .homework:
            let dayEnd = timeZone.instant(lesson.date, lesson.pupilsDayEnd)
            let grace = settings.homeworkByEndOfSchoolDay ? 0 : settings.homeworkGraceMinutes
            return EntryWindow(opensAt: nil, closesAt: dayEnd.addingTimeInterval(TimeInterval(grace * 60)), rule: .homework)
        case .mark:
            return EntryWindow(opensAt: lessonStart, closesAt: markDeadline(lesson.date), rule: .marksWithinWeek)
        case .assignment:
            return EntryWindow(opensAt: nil, closesAt: markDeadline(lesson.date), rule: .marksWithinWeek)
        case .absenceCorrection:
            // Rule 10: the class teacher's correction is bound only by the period being open.
            return EntryWindow(opensAt: lessonStart, closesAt: nil, rule: .absenceCorrection)
        case .periodFinal:
            return window(for: kind, lesson: nil, period: period)
        }
    }

    /// Rule 3: work done on `day` is marked by the day-entry deadline seven days later.
    public func markDeadline(_ day: LocalDate) -> Date {
        timeZone.instant(day.adding(days: settings.markWindowDays), settings.dayEntryDeadline)
    }
}
