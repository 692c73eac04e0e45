/// A stored lesson as regeneration sees it.
public struct ExistingLesson: Hashable, Sendable {
    public let id: LessonID
    public let key: TimetableKey
    public let names: TeachingNames
    public let date: LocalDate
    public let number: Int
    public let startsAt: TimeOfDay
    public let endsAt: TimeOfDay
    public let room: String
    public let teacher: StaffID
    /// Marks, attendance, a topic or homework: something a teacher wrote that must not vanish.
    public let hasEntries: Bool
    /// Added or moved by hand: regeneration never touches it.
    public let isOneOff: Bool

    public init(
        id: LessonID, key: TimetableKey, names: TeachingNames, date: LocalDate, number: Int,
        startsAt: TimeOfDay, endsAt: TimeOfDay, room: String, teacher: StaffID, hasEntries: Bool, isOneOff: Bool
    ) {
        self.id = id
        self.key = key
        self.names = names
        self.date = date
        self.number = number
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.room = room
        self.teacher = teacher
        self.hasEntries = hasEntries
        self.isOneOff = isOneOff
    }

    public var slot: LessonSlot { LessonSlot(key: key, date: date, number: number) }
}

/// A stored lesson that stays but gets the new timetable's times, room or teacher.
public struct LessonUpdate: Hashable, Sendable {
    public let id: LessonID
    public let lesson: PlannedLesson
}

/// A lesson with entries that the new timetable would drop: the change is refused while any exists.
public struct RefusedLesson: Hashable, Sendable {
    public let id: LessonID
    public let date: LocalDate
    public let number: Int
    public let names: TeachingNames

    /// «12.01.2027, 3 урок, 5А Математика».
    public var text: BilingualText {
        BilingualText(
            "\(date.russian), \(number) урок, \(names.text)",
            "\(date.russian), lesson \(number), \(names.text)")
    }
}

/// What regeneration would change in the stored lessons from a date on.
public struct RegenerationPlan: Hashable, Sendable {
    public let toInsert: [PlannedLesson]
    public let toUpdate: [LessonUpdate]
    public let toDelete: [LessonID]
    /// Non-empty: the change must be refused as a whole, naming these lessons.
    public let refused: [RefusedLesson]

    public var changesNothing: Bool { toInsert.isEmpty && toUpdate.isEmpty && toDelete.isEmpty && refused.isEmpty }

    /// The refusal the service gives when `refused` is not empty, listing every such lesson.
    public var refusal: BilingualText? {
        guard !refused.isEmpty else { return nil }
        return BilingualText(
            "Новое расписание убрало бы уроки, в которых уже есть записи (отметки, посещаемость, тема или задание): \(refused.map(\.text.russian).joined(separator: "; ")). Ничего не изменено; выберите более позднюю дату начала или перенесите эти уроки вручную.",
            "The new timetable would drop lessons that already have entries (marks, attendance, a topic or homework): \(refused.map(\.text.english).joined(separator: "; ")). Nothing was changed; choose a later start date or move these lessons by hand.")
    }
}

/// Compares the stored lessons with the planned ones from a date on.
public enum LessonRegeneration {
    /// Lessons are matched by their place (`LessonSlot`: key, date, number). Planned with no
    /// stored match: insert. Matched with other times, room or teacher: update. Stored with no
    /// planned match: delete when empty, refused when it has entries. One-offs are never
    /// touched, and a planned lesson whose place a one-off already holds is not inserted.
    /// Days before `from` are left alone on both sides.
    public static func plan(existing: [ExistingLesson], planned: [PlannedLesson], from: LocalDate) -> RegenerationPlan {
        var wanted: [LessonSlot: PlannedLesson] = [:]
        var order: [LessonSlot] = []
        for lesson in planned where lesson.date >= from {
            let slot = lesson.slot
            guard wanted[slot] == nil else { continue }
            wanted[slot] = lesson
            order.append(slot)
        }
        var held = Set<LessonSlot>()
        var toUpdate: [LessonUpdate] = [], toDelete: [LessonID] = [], refused: [RefusedLesson] = []
        let stored = existing.filter { $0.date >= from }
        for lesson in stored where lesson.isOneOff { held.insert(lesson.slot) }
        for lesson in stored where !lesson.isOneOff {
            let slot = lesson.slot
            if let want = wanted[slot], !held.contains(slot) {
                held.insert(slot)
                if want.startsAt != lesson.startsAt || want.endsAt != lesson.endsAt || want.room != lesson.room || want.teacher != lesson.teacher {
                    toUpdate.append(LessonUpdate(id: lesson.id, lesson: want))
                }
            } else if lesson.hasEntries {
                refused.append(RefusedLesson(id: lesson.id, date: lesson.date, number: lesson.number, names: lesson.names))
            } else {
                toDelete.append(lesson.id)
            }
        }
        let toInsert = order.filter { !held.contains($0) }.map { wanted[$0]! }
        refused.sort { ($0.date, $0.number, $0.names.text) < ($1.date, $1.number, $1.names.text) }
        return RegenerationPlan(toInsert: toInsert, toUpdate: toUpdate, toDelete: toDelete, refused: refused)
    }
}
