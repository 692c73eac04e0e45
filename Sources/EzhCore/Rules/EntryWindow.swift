import Foundation

/// When an entry may be made: from `opensAt` (if any) until just before `closesAt` (if any).
/// 20:59:59 is inside a window closing at 21:00; 21:00:00 is not.
public struct EntryWindow: Hashable, Sendable {
    public let opensAt: Date?
    public let closesAt: Date?
    /// The rule whose deadline `closesAt` is.
    public let rule: JournalRule

    public init(opensAt: Date?, closesAt: Date?, rule: JournalRule) {
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.rule = rule
    }

    public func isOpen(at now: Date) -> Bool { !isBeforeOpening(now) && !isPastDeadline(now) }
    public func isBeforeOpening(_ now: Date) -> Bool { opensAt.map { now < $0 } ?? false }
    public func isPastDeadline(_ now: Date) -> Bool { closesAt.map { now >= $0 } ?? false }
}

/// The times of a lesson that the rules need.
public struct LessonTiming: Hashable, Sendable {
    public let date: LocalDate
    public let start: TimeOfDay
    public let end: TimeOfDay
    /// The end of the last lesson those pupils have that day (for a subgroup, the last lesson
    /// any of its pupils has).
    public let pupilsDayEnd: TimeOfDay

    public init(date: LocalDate, start: TimeOfDay, end: TimeOfDay, pupilsDayEnd: TimeOfDay) {
        self.date = date
        self.start = start
        self.end = end
        self.pupilsDayEnd = pupilsDayEnd
    }
}

/// What the rules need to know of a period.
public struct PeriodState: Hashable, Sendable {
    public let span: DateSpan
    public let isClosed: Bool
    /// The date of the school's order by which the period's finals are due.
    public let finalsDue: LocalDate?

    public init(span: DateSpan, isClosed: Bool, finalsDue: LocalDate? = nil) {
        self.span = span
        self.isClosed = isClosed
        self.finalsDue = finalsDue
    }
}
