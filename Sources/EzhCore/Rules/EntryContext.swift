import Foundation

/// One entry someone wants to make, as the rules see it: what, where, for which lesson or
/// period, and when.
public struct EntryContext: Hashable, Sendable {
    public let kind: EntryKind
    /// The teacher making the entry (nil for someone who is not staff).
    public let teacher: StaffID?
    public let classID: ClassID
    public let subjectID: SubjectID
    /// The lesson the entry belongs to; nil for period finals.
    public let lesson: LessonTiming?
    public let period: PeriodState
    public let now: Date

    public init(
        kind: EntryKind, teacher: StaffID?, classID: ClassID, subjectID: SubjectID, lesson: LessonTiming?,
        period: PeriodState, now: Date
    ) {
        self.kind = kind
        self.teacher = teacher
        self.classID = classID
        self.subjectID = subjectID
        self.lesson = lesson
        self.period = period
        self.now = now
    }

    /// The day the entry is about: the lesson's day, or for finals the period's last day. A
    /// late-entry permission's date range is matched against it.
    public var workDate: LocalDate { lesson?.date ?? period.span.last }
}

/// The rules' answer.
public enum RuleDecision: Hashable, Sendable {
    case allowed
    /// Past its deadline, but covered by a permission: the entry is marked late and names it.
    case allowedLate(PermissionID)
    case refused(RuleRefusal)

    public var isAllowed: Bool {
        if case .refused = self { return false }
        return true
    }

    public var permission: PermissionID? {
        if case .allowedLate(let id) = self { return id }
        return nil
    }
}

/// Why the rules refused an entry, with the deadline that passed and what to do next.
public struct RuleRefusal: UserFacingError, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// The period is closed: only a correction record changes it.
        case periodClosed
        /// The lesson has not started: nothing about it can be entered yet.
        case notStarted(opensAt: Date)
        /// The deadline passed; a late-entry permission can allow it.
        case deadlinePassed(Date)
    }

    public let rule: JournalRule
    public let reason: Reason
    public let timeZone: SchoolTimeZone

    public init(rule: JournalRule, reason: Reason, timeZone: SchoolTimeZone) {
        self.rule = rule
        self.reason = reason
        self.timeZone = timeZone
    }

    public static func == (lhs: RuleRefusal, rhs: RuleRefusal) -> Bool {
        lhs.rule == rhs.rule && lhs.reason == rhs.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(reason)
    }

    /// The deadline that passed, if that is the reason.
    public var deadline: Date? {
        if case .deadlinePassed(let deadline) = reason { return deadline }
        return nil
    }

    public func message(in language: Language) -> String {
        let rule = rule.label(in: language)
        switch (reason, language) {
        case (.periodClosed, .ru):
            return "\(rule): период закрыт. Итоговую исправляет только завуч — пересдача или апелляция по приказу (номер, дата, причина)."
        case (.periodClosed, .en):
            return "\(rule): period closed. Only the deputy corrects a final — retake or appeal under an order (number, date, reason)."
        case (.notStarted(let opensAt), .ru):
            return "\(rule): урок ещё не начался — можно с \(timeZone.russianDateTime(opensAt))."
        case (.notStarted(let opensAt), .en):
            return "\(rule): the lesson has not started — possible from \(timeZone.russianDateTime(opensAt))."
        case (.deadlinePassed(let deadline), .ru):
            return "\(rule): срок истёк \(timeZone.russianDateTime(deadline)). Попросите у завуча разрешение на внесение с опозданием."
        case (.deadlinePassed(let deadline), .en):
            return "\(rule): the deadline passed at \(timeZone.russianDateTime(deadline)). Ask the deputy for a late-entry permission."
        }
    }
}
