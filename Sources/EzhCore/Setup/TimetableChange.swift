/// A timetable change from a date, worked out line by line: which stored lines end the day
/// before, which (starting on or after the date) go, which new lines come, and which stay as they
/// are. The importer replaces the classes its file names; the timetable editor replaces one
/// place (class, weekday, lesson number). The clash check runs on `result`.
public struct TimetableChange<Source: Hashable & Sendable>: Hashable, Sendable {
    /// Stored lines the change does not touch, as they were.
    public let unchanged: [TimetableEntry<Source>]
    /// Stored lines in force before the date that now end the day before (their new `validTo`).
    public let ended: [TimetableEntry<Source>]
    /// Stored lines that would start on or after the date: replaced by the change, to be removed.
    public let removed: [TimetableEntry<Source>]
    /// New lines to store, in force from the date.
    public let added: [TimetableEntry<Source>]

    /// The timetable after the change, all versions.
    public var result: [TimetableEntry<Source>] { unchanged + ended + added }

    /// Whether storing it would change nothing: the same file imported again.
    public var changesNothing: Bool { ended.isEmpty && removed.isEmpty && added.isEmpty }

    /// - Parameters:
    ///   - current: the stored timetable, all versions.
    ///   - day: the first day of the change; nil: from the start of the year (everything the
    ///     change covers is replaced).
    ///   - new: the lines in force from `day` on, for what the change covers.
    ///   - covers: which stored lines the change replaces (the classes a file names, or one place).
    /// A new line that asks for the same lesson as a covered line already in force on `day`
    /// and open-ended keeps that line: re-importing the same file changes nothing.
    public static func replacing(
        from day: LocalDate?, with new: [TimetableEntry<Source>], in current: [TimetableEntry<Source>],
        covering covers: (TimetableEntry<Source>) -> Bool
    ) -> TimetableChange {
        var unchanged: [TimetableEntry<Source>] = [], affected: [TimetableEntry<Source>] = []
        for line in current {
            let endsBefore = day.flatMap { day in line.validTo.map { $0 < day } } ?? false
            if covers(line), !endsBefore { affected.append(line) } else { unchanged.append(line) }
        }
        var carried: [TimetableLesson: [Int]] = [:]
        for (index, line) in affected.enumerated() where line.validTo == nil && startsBy(line, day) {
            carried[line.lesson, default: []].append(index)
        }
        var kept = Set<Int>()
        var added: [TimetableEntry<Source>] = []
        for line in new {
            if let index = carried[line.lesson]?.popLast() {
                kept.insert(index)
            } else {
                added.append(line.valid(from: day, to: nil))
            }
        }
        var ended: [TimetableEntry<Source>] = [], removed: [TimetableEntry<Source>] = []
        for (index, line) in affected.enumerated() {
            if kept.contains(index) {
                unchanged.append(line)
            } else if let day, line.validFrom.map({ $0 < day }) ?? true {
                ended.append(line.valid(from: line.validFrom, to: day.adding(days: -1)))
            } else {
                removed.append(line)
            }
        }
        return TimetableChange(unchanged: unchanged, ended: ended, removed: removed, added: added)
    }

    /// Whether the line is in force from `day` (or earlier): nil days mean the year's start.
    private static func startsBy(_ line: TimetableEntry<Source>, _ day: LocalDate?) -> Bool {
        guard let from = line.validFrom else { return true }
        guard let day else { return false }
        return from <= day
    }
}
