/// When one lesson starts and ends.
public struct LessonTimes: Hashable, Sendable {
    public let startsAt: TimeOfDay
    public let endsAt: TimeOfDay

    public init(_ startsAt: TimeOfDay, _ endsAt: TimeOfDay) {
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

/// One named bell schedule (расписание звонков): «Основное», «Сокращённое». For each shift
/// (1, 2 ...) the times of each lesson number (0 for a «нулевой урок», up to 12).
public struct BellSchedule: Hashable, Sendable {
    public let name: String
    public let shifts: [Int: [Int: LessonTimes]]

    public init(name: String, shifts: [Int: [Int: LessonTimes]]) {
        self.name = name
        self.shifts = shifts
    }

    public func times(shift: Int, number: Int) -> LessonTimes? { shifts[shift]?[number] }
}

/// The school's bell schedules and which one rings on an ordinary day.
public struct BellSchedules: Hashable, Sendable {
    public static let lessonNumbers = 0...12
    public static let shiftNumbers = 1...3

    public let schedules: [String: BellSchedule]
    public let defaultName: String
    /// Weekdays (1 = Monday) that always ring another schedule than the default: a Monday with a
    /// class hour («Разговоры о важном») before the first lesson.
    public let weekdaySchedules: [Int: String]

    /// Names are unique; of two schedules with one name the first is kept (an importer reports
    /// duplicate names before it gets here).
    public init(_ schedules: [BellSchedule], defaultName: String, weekdaySchedules: [Int: String] = [:]) {
        self.schedules = Dictionary(schedules.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.defaultName = defaultName
        self.weekdaySchedules = weekdaySchedules
    }

    /// The times of lesson `number` of `shift` on a day ringing `schedule` (nil: the default).
    /// Nil when that schedule has no such lesson: a planner reports it rather than guessing.
    public func times(schedule: String?, shift: Int, number: Int) -> LessonTimes? {
        schedules[schedule ?? defaultName]?.times(shift: shift, number: number)
    }

    /// The schedule a school day rings: the calendar's own for that date, else its timetable
    /// weekday's (a working Saturday following Monday rings Monday's bells), else the default.
    public func scheduleName(for day: SchoolDay) -> String {
        day.schedule ?? weekdaySchedules[day.weekday] ?? defaultName
    }

    /// What is wrong with the schedules, in name, shift and lesson order; empty when they may
    /// be stored.
    public var problems: [BellProblem] {
        var found: [BellProblem] = []
        if schedules[defaultName] == nil { found.append(.noDefault(defaultName)) }
        for weekday in weekdaySchedules.keys.sorted() where schedules[weekdaySchedules[weekday]!] == nil {
            found.append(.unknownWeekdaySchedule(weekday: weekday, name: weekdaySchedules[weekday]!))
        }
        for name in schedules.keys.sorted() {
            let schedule = schedules[name]!
            if schedule.shifts.values.allSatisfy(\.isEmpty) { found.append(.emptySchedule(name)) }
            for shift in schedule.shifts.keys.sorted() {
                if !Self.shiftNumbers.contains(shift) { found.append(.shiftOutOfRange(schedule: name, shift: shift)) }
                let lessons = schedule.shifts[shift]!
                var previous: (number: Int, times: LessonTimes)?
                for number in lessons.keys.sorted() {
                    let times = lessons[number]!
                    let place = BellPlace(schedule: name, shift: shift, number: number)
                    if !Self.lessonNumbers.contains(number) { found.append(.numberOutOfRange(place)) }
                    if times.startsAt >= times.endsAt { found.append(.endsBeforeStart(place, times)) }
                    if let previous, times.startsAt < previous.times.endsAt {
                        found.append(.overlapsPrevious(place, times, previousNumber: previous.number, previousTimes: previous.times))
                    }
                    previous = (number, times)
                }
            }
        }
        return found
    }
}

/// A lesson in a bell schedule: «Сокращённое», 2 смена, 3 урок.
public struct BellPlace: Hashable, Sendable {
    public let schedule: String
    public let shift: Int
    public let number: Int

    public init(schedule: String, shift: Int, number: Int) {
        self.schedule = schedule
        self.shift = shift
        self.number = number
    }

    var text: BilingualText {
        BilingualText(
            "«\(schedule)», \(shift) смена, \(number) урок",
            "“\(schedule)”, shift \(shift), lesson \(number)")
    }
}

/// Something wrong in the bell schedules; `text` says what and what to do.
public enum BellProblem: Hashable, Sendable {
    case noDefault(String)
    /// A weekday is said to ring a schedule that does not exist.
    case unknownWeekdaySchedule(weekday: Int, name: String)
    case emptySchedule(String)
    case shiftOutOfRange(schedule: String, shift: Int)
    case numberOutOfRange(BellPlace)
    case endsBeforeStart(BellPlace, LessonTimes)
    /// The lesson starts before the one numbered before it ends (or the numbers run against the times).
    case overlapsPrevious(BellPlace, LessonTimes, previousNumber: Int, previousTimes: LessonTimes)

    public var text: BilingualText {
        switch self {
        case .noDefault(let name):
            BilingualText(
                "Основного расписания звонков «\(name)» нет; добавьте его или укажите другое основным.",
                "The default bell schedule “\(name)” does not exist; add it or make another the default.")
        case .unknownWeekdaySchedule(let weekday, let name):
            BilingualText(
                "По дням «\(WeekdayName.short(weekday, in: .ru))» звенит расписание «\(name)», а его нет; добавьте его или исправьте название.",
                "On \(WeekdayName.short(weekday, in: .en)) the bell schedule “\(name)” rings, but it does not exist; add it or correct the name.")
        case .emptySchedule(let name):
            BilingualText(
                "В расписании звонков «\(name)» нет ни одного урока; добавьте время уроков.",
                "The bell schedule “\(name)” has no lessons; add the lessons' times.")
        case .shiftOutOfRange(let schedule, let shift):
            BilingualText(
                "«\(schedule)»: смена \(shift), а бывают 1–3; исправьте номер смены.",
                "“\(schedule)”: shift \(shift), but shifts are 1-3; correct the shift.")
        case .numberOutOfRange(let place):
            BilingualText(
                "\(place.text.russian): номер урока должен быть от 0 до 12.",
                "\(place.text.english): a lesson number must be 0 to 12.")
        case .endsBeforeStart(let place, let times):
            BilingualText(
                "\(place.text.russian): конец (\(times.endsAt)) не позже начала (\(times.startsAt)); исправьте время.",
                "\(place.text.english): the end (\(times.endsAt)) is not after the start (\(times.startsAt)); correct the times.")
        case .overlapsPrevious(let place, let times, let previousNumber, let previousTimes):
            BilingualText(
                "\(place.text.russian) (\(times.startsAt)–\(times.endsAt)) начинается раньше, чем кончается \(previousNumber) урок (\(previousTimes.startsAt)–\(previousTimes.endsAt)); исправьте время.",
                "\(place.text.english) (\(times.startsAt)-\(times.endsAt)) starts before lesson \(previousNumber) (\(previousTimes.startsAt)-\(previousTimes.endsAt)) ends; correct the times.")
        }
    }
}
