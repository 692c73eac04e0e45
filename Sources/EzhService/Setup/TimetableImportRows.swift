import EzhCore
internal import EzhStore

/// A timetable row with everything it names found.
struct TimetableRow {
    let line: TimetableLine
    let schoolClass: SetupClassRow
    let key: TimetableKey
    let names: TeachingNames
    let teacher: SetupStaffRow

    func entry(_ frame: YearTimetableFrame) -> TimetableEntry<TimetableSource> {
        TimetableEntry(
            key: key, names: names, teacher: teacher.id, teacherName: teacher.name.withInitials, room: line.room.trimmingCharacters(in: .whitespaces),
            weekday: line.weekday, number: line.number, validFrom: line.validFrom, source: .file(line.place))
    }
}

/// The day each class's new week starts (nil: the year's start): its first row's.
struct TimetableWeek {
    let starts: [ClassID: LocalDate?]

    init(_ rows: [TimetableRow]) {
        var starts: [ClassID: LocalDate?] = [:]
        for row in rows where starts[row.schoolClass.id] == nil { starts[row.schoolClass.id] = .some(row.line.validFrom) }
        self.starts = starts
    }

    /// The file's change to the stored timetable, one per start day: each replaces the classes
    /// starting that day from that day on, applied one after the other.
    func changes(
        _ rows: [TimetableRow], frame: YearTimetableFrame, stored: [TimetableEntry<TimetableSource>]
    ) -> [TimetableChange<TimetableSource>] {
        var byStart: [LocalDate?: Set<ClassID>] = [:]
        for (classID, start) in starts { byStart[start, default: []].insert(classID) }
        var current = stored
        var changes: [TimetableChange<TimetableSource>] = []
        for (start, classIDs) in byStart.sorted(by: { ($0.key?.dayNumber ?? Int.min) < ($1.key?.dayNumber ?? Int.min) }) {
            let new = rows.filter { classIDs.contains($0.schoolClass.id) && $0.line.validFrom == start }.map { $0.entry(frame) }
            let change = TimetableChange.replacing(from: start, with: new, in: current, covering: { classIDs.contains($0.key.classID) })
            changes.append(change)
            current = change.result
        }
        return changes
    }
}

/// Where a timetable line in a check comes from: the file's row, or a slot already stored.
enum TimetableSource: Hashable, Sendable {
    case file(SheetPlace)
    case stored(Int64)

    var place: SheetPlace? {
        if case .file(let place) = self { return place }
        return nil
    }
}
