/// The days a timetable line is in force: from its version's first day through the day before
/// its class's next version (nil ends: the year's start or end).
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
        (from?.dayNumber ?? Int.min)...(until?.dayNumber ?? Int.max)
    }

    /// Whether both are in force on some day with ISO `weekday`: lines of one weekday clash only
    /// if a week holds both.
    func sharesDay(with other: TimetableValidity, weekday: Int) -> Bool {
        let first = max(dayRange.lowerBound, other.dayRange.lowerBound)
        let last = min(dayRange.upperBound, other.dayRange.upperBound)
        guard first <= last else { return false }
        guard first != Int.min, last != Int.max else { return true }
        let start = LocalDate(dayNumber: first)
        let ahead = (weekday - start.weekday + 7) % 7
        return first + ahead <= last
    }
}

/// Which timetable lines are in force when, following the rule on `TimetableEntry`: a class's
/// lines with one `validFrom` are its whole week until its next `validFrom`.
public enum TimetableVersions {
    /// Each line's days in force, in the order of `entries`.
    public static func validity<S>(of entries: [TimetableEntry<S>]) -> [TimetableValidity] {
        var starts: [ClassID: [Int]] = [:]
        for entry in entries { starts[entry.key.classID, default: []].append(entry.validFrom?.dayNumber ?? Int.min) }
        let ordered = starts.mapValues { Array(Set($0)).sorted() }
        return entries.map { entry in
            let start = entry.validFrom?.dayNumber ?? Int.min
            let versions = ordered[entry.key.classID]!
            let next = versions.first { $0 > start }
            return TimetableValidity(from: entry.validFrom, until: next.map { LocalDate(dayNumber: $0 - 1) })
        }
    }

    /// The lines in force on `day`, all classes, in the order of `entries`.
    public static func inForce<S>(_ entries: [TimetableEntry<S>], on day: LocalDate) -> [TimetableEntry<S>] {
        zip(entries, validity(of: entries)).filter { $0.1.contains(day) }.map(\.0)
    }

    /// One class's week in force on `day`: what a timetable editor opens, changes and stores
    /// back with `valid(from:)` the day the change takes effect.
    public static func week<S>(of classID: ClassID, on day: LocalDate, in entries: [TimetableEntry<S>]) -> [TimetableEntry<S>] {
        inForce(entries.filter { $0.key.classID == classID }, on: day)
    }
}
