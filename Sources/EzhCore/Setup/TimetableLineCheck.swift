/// What is wrong with one timetable line on its own, before it is compared with the others.
public enum TimetableLineProblem: Hashable, Sendable {
    /// A weekday the school week does not teach: the line would never become a lesson (a working
    /// Saturday follows a weekday's timetable, never its own).
    case weekdayNotTaught(weekday: Int, week: SchoolWeekLength)
    case numberOutOfRange(Int)

    public var text: BilingualText {
        switch self {
        case .weekdayNotTaught(let weekday, let week):
            BilingualText(
                "день недели \(weekday) не учебный при \(week.rawValue)-дневной неделе; укажите день от 1 до \(week.rawValue)",
                "weekday \(weekday) is not taught in a \(week.rawValue)-day week; give a day from 1 to \(week.rawValue)")
        case .numberOutOfRange(let number):
            BilingualText(
                "номер урока \(number) вне 0–12; исправьте номер",
                "lesson number \(number) is outside 0-12; correct the number")
        }
    }
}

extension TimetableEntry {
    /// The line's own problems in a school with a `week`-day week; empty when it may be kept.
    public func problems(week: SchoolWeekLength) -> [TimetableLineProblem] {
        var found: [TimetableLineProblem] = []
        if !week.contains(weekday: weekday) { found.append(.weekdayNotTaught(weekday: weekday, week: week)) }
        if !BellSchedules.lessonNumbers.contains(number) { found.append(.numberOutOfRange(number)) }
        return found
    }
}
