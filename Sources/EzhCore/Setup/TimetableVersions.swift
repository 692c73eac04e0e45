/// The days a timetable line is in force, both ends included (nil ends: the year's start or end).
public struct TimetableValidity: Hashable, Sendable {
    public let from: LocalDate?
    public let until: LocalDate?

    public init(from: LocalDate?, until: LocalDate?) {
        self.from = from
        self.until = until
    }

    public func contains(_ day: LocalDate) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }

    /// Day numbers, open ends as the widest integers, for quick comparison.
    var dayRange: ClosedRange<Int> {
        (from?.dayNumber ?? Int.min)...max(from?.dayNumber ?? Int.min, until?.dayNumber ?? Int.max)
    }

    /// Whether it ends before it starts: a line cut before its first day is in force on no day.
    var isEmpty: Bool {
        guard let from, let until else { return false }
        return until < from
    }

    /// Whether both are in force on some day with ISO `weekday`: lines of one weekday clash only
    /// if a week holds both.
    func sharesDay(with other: TimetableValidity, weekday: Int) -> Bool {
        guard !isEmpty, !other.isEmpty else { return false }
        let first = max(dayRange.lowerBound, other.dayRange.lowerBound)
        let last = min(dayRange.upperBound, other.dayRange.upperBound)
        guard first <= last else { return false }
        guard first != Int.min, last != Int.max else { return true }
        let start = LocalDate(dayNumber: first)
        let ahead = (weekday - start.weekday + 7) % 7
        return first + ahead <= last
    }
}

/// Which timetable lines are in force on a day.
public enum TimetableVersions {
    /// The lines in force on `day`, in the order of `entries`.
    public static func inForce<S>(_ entries: [TimetableEntry<S>], on day: LocalDate) -> [TimetableEntry<S>] {
        entries.filter { $0.validity.contains(day) }
    }

    /// One class's week in force on `day`: what a timetable editor shows.
    public static func week<S>(of classID: ClassID, on day: LocalDate, in entries: [TimetableEntry<S>]) -> [TimetableEntry<S>] {
        entries.filter { $0.key.classID == classID && $0.validity.contains(day) }
    }
}
