import Foundation

/// Two timetable lines that cannot both be taught: they share a weekday and lesson number, are
/// in force on a common day, and need the same teacher, the same room or the same class.
public struct TimetableClash<Source: Hashable & Sendable>: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The class has a whole-class lesson and another at once, or one subgroup twice.
        case classBusy
        /// One teacher in two classes or groups at once.
        case teacherBusy
        /// One room for two classes or groups at once.
        case roomBusy
    }

    public let kind: Kind
    /// The line that comes first in the input (an earlier file row).
    public let first: TimetableEntry<Source>
    /// The line that clashes with `first`; a report points at this one.
    public let second: TimetableEntry<Source>

    /// «пт, 3 урок: 5Б Физика (Иванова И.И., каб. 12) совпадает с 5А Математика (Иванова И.И.,
    /// каб. 204): учитель Иванова И.И. в двух местах сразу.»
    public var text: BilingualText {
        let when = BilingualText(
            "\(WeekdayName.short(second.weekday, in: .ru)), \(second.number) урок",
            "\(WeekdayName.short(second.weekday, in: .en)), lesson \(second.number)")
        return BilingualText(
            "\(when.russian): \(second.label.russian) совпадает с \(first.label.russian): \(reason.russian).",
            "\(when.english): \(second.label.english) clashes with \(first.label.english): \(reason.english).")
    }

    /// Why the two cannot both be taught.
    public var reason: BilingualText {
        switch kind {
        case .classBusy:
            BilingualText(
                "у \(second.names.className) в это время уже урок; одновременно могут идти только уроки разных подгрупп",
                "\(second.names.className) already has a lesson then; only different subgroups may have lessons at once")
        case .teacherBusy:
            BilingualText(
                "учитель \(second.teacherName) не может вести два урока сразу",
                "the teacher \(second.teacherName) cannot give two lessons at once")
        case .roomBusy:
            BilingualText(
                "кабинет \(second.room) занят",
                "room \(second.room) is taken")
        }
    }
}

/// Finds the lines of a timetable (all its versions) that cannot all be taught.
public enum TimetableClashes {
    /// Each clashing pair once, with its most telling kind (class, then teacher, then room),
    /// ordered by the second line's place in `entries`. Lines clash only when they are in force
    /// on a common day of their weekday (`validFrom`...`validTo`).
    public static func find<S>(_ entries: [TimetableEntry<S>]) -> [TimetableClash<S>] {
        let validity = entries.map(\.validity)
        var slots: [SlotKey: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            slots[SlotKey(weekday: entry.weekday, number: entry.number), default: []].append(index)
        }
        var pairs = Set<Pair>()
        for indices in slots.values where indices.count > 1 {
            var byTeacher: [StaffID: [Int]] = [:]
            var byRoom: [String: [Int]] = [:]
            var byClass: [ClassID: [Int]] = [:]
            for index in indices {
                let entry = entries[index]
                byTeacher[entry.teacher, default: []].append(index)
                byClass[entry.key.classID, default: []].append(index)
                let room = roomKey(entry.room)
                if !room.isEmpty { byRoom[room, default: []].append(index) }
            }
            for group in [Array(byTeacher.values), Array(byRoom.values), Array(byClass.values)].joined() where group.count > 1 {
                for (offset, earlier) in group.enumerated() {
                    for later in group[(offset + 1)...] { pairs.insert(Pair(earlier, later)) }
                }
            }
        }
        return pairs.sorted().compactMap { pair in
            let first = entries[pair.first], second = entries[pair.second]
            guard let kind = kind(first, second),
                  validity[pair.first].sharesDay(with: validity[pair.second], weekday: first.weekday)
            else { return nil }
            return TimetableClash(kind: kind, first: first, second: second)
        }
    }

    private static func kind<S>(_ first: TimetableEntry<S>, _ second: TimetableEntry<S>) -> TimetableClash<S>.Kind? {
        if first.key.classID == second.key.classID,
           first.key.subgroup == nil || second.key.subgroup == nil || first.key == second.key {
            return .classBusy
        }
        if first.teacher == second.teacher { return .teacherBusy }
        let room = roomKey(first.room)
        if !room.isEmpty, room == roomKey(second.room) { return .roomBusy }
        return nil
    }

    /// «каб. 12» and «12 » are one room only if the school writes them alike; case and outer
    /// spaces do not count.
    private static func roomKey(_ room: String) -> String {
        room.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private struct SlotKey: Hashable {
        let weekday: Int
        let number: Int
    }

    private struct Pair: Hashable, Comparable {
        let first: Int
        let second: Int

        init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }

        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.second, lhs.first) < (rhs.second, rhs.first) }
    }
}
