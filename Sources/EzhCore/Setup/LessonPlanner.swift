/// A lesson's place in the journal: which page (key), which day, which lesson number. A class
/// or subgroup has at most one lesson of a subject in a place; regeneration matches by it.
public struct LessonSlot: Hashable, Sendable {
    public let key: TimetableKey
    public let date: LocalDate
    public let number: Int

    public init(key: TimetableKey, date: LocalDate, number: Int) {
        self.key = key
        self.date = date
        self.number = number
    }
}

/// A lesson the timetable, the calendar and the bells call for.
public struct PlannedLesson: Hashable, Sendable {
    public let key: TimetableKey
    public let date: LocalDate
    public let number: Int
    public let startsAt: TimeOfDay
    public let endsAt: TimeOfDay
    public let room: String
    public let teacher: StaffID

    public init(
        key: TimetableKey, date: LocalDate, number: Int, startsAt: TimeOfDay, endsAt: TimeOfDay,
        room: String, teacher: StaffID
    ) {
        self.key = key
        self.date = date
        self.number = number
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.room = room
        self.teacher = teacher
    }

    public var slot: LessonSlot { LessonSlot(key: key, date: date, number: number) }
}

/// A lesson the timetable calls for on a day whose bell schedule has no time for it: it is not
/// planned, and the deputy is told once per schedule, shift and number.
public struct MissingBell: Hashable, Sendable {
    public let place: BellPlace
    /// The first day it happens and the line that asks for it there.
    public let firstDate: LocalDate
    public let names: TeachingNames

    public var text: BilingualText {
        BilingualText(
            "\(place.text.russian): нет времени урока, а по расписанию он нужен (\(names.text), впервые \(firstDate.russian)); добавьте звонок или исправьте расписание.",
            "\(place.text.english): no bell time, yet the timetable needs it (\(names.text), first on \(firstDate.russian)); add the bell or correct the timetable.")
    }
}

/// The year's lessons as the timetable calls for them.
public struct LessonPlan: Sendable {
    /// In order of date, class, lesson number.
    public let lessons: [PlannedLesson]
    public let missingBells: [MissingBell]
}

/// Makes the lessons from the timetable, the calendar's school days and the bells: for each day,
/// the lines of its timetable weekday in force that day. Linear in days × lines of a weekday.
public enum LessonPlanner {
    /// - Parameters:
    ///   - days: the calendar's school days (`SchoolCalendar.schoolDays`).
    ///   - shifts: each class's shift; a class not named studies in shift 1.
    ///   - entries: the timetable, all versions.
    ///   - cancelled: places where a lesson was cancelled or moved away by hand: not planned.
    ///   - from: plan only days on or after it (regeneration from a date); nil: every day.
    /// Lessons come in order of date, class, lesson number.
    public static func plan<S>(
        days: [SchoolDay], bells: BellSchedules, shifts: [ClassID: Int], entries: [TimetableEntry<S>],
        cancelled: Set<LessonSlot> = [], from: LocalDate? = nil
    ) -> LessonPlan {
        var byWeekday: [Int: [Line]] = [:]
        for entry in entries where !entry.validity.isEmpty {
            byWeekday[entry.weekday, default: []].append(Line(entry, shift: shifts[entry.key.classID] ?? 1))
        }
        byWeekday = byWeekday.mapValues { lines in
            lines.sorted {
                ($0.key.classID, $0.number, $0.key.subjectID, $0.key.subgroup ?? "") < ($1.key.classID, $1.number, $1.key.subjectID, $1.key.subgroup ?? "")
            }
        }
        var lessons: [PlannedLesson] = []
        var missing: [BellPlace: MissingBell] = [:]
        for day in days.sorted(by: { $0.date < $1.date }) where from.map({ day.date >= $0 }) ?? true {
            guard let lines = byWeekday[day.weekday] else { continue }
            let dayNumber = day.date.dayNumber
            let schedule = bells.scheduleName(for: day)
            for line in lines where line.days.contains(dayNumber) {
                let slot = LessonSlot(key: line.key, date: day.date, number: line.number)
                if !cancelled.isEmpty, cancelled.contains(slot) { continue }
                guard let times = bells.times(schedule: schedule, shift: line.shift, number: line.number) else {
                    let place = BellPlace(schedule: schedule, shift: line.shift, number: line.number)
                    if missing[place] == nil { missing[place] = MissingBell(place: place, firstDate: day.date, names: line.names) }
                    continue
                }
                lessons.append(PlannedLesson(
                    key: line.key, date: day.date, number: line.number, startsAt: times.startsAt,
                    endsAt: times.endsAt, room: line.room, teacher: line.teacher))
            }
        }
        let missingBells = missing.values.sorted {
            ($0.firstDate, $0.place.schedule, $0.place.shift, $0.place.number) < ($1.firstDate, $1.place.schedule, $1.place.shift, $1.place.number)
        }
        return LessonPlan(lessons: lessons, missingBells: missingBells)
    }

    /// A timetable line with what planning asks of it ready at hand.
    private struct Line {
        let key: TimetableKey
        let names: TeachingNames
        let number: Int
        let room: String
        let teacher: StaffID
        let shift: Int
        let days: ClosedRange<Int>

        init<S>(_ entry: TimetableEntry<S>, shift: Int) {
            key = entry.key
            names = entry.names
            number = entry.number
            room = entry.room
            teacher = entry.teacher
            self.shift = shift
            days = entry.validity.dayRange
        }
    }
}
