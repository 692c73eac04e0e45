/// The school's settings for notices to parents (instruction 4.2): how often they are prepared,
/// the weighted average below which a subject is failing, and how many lessons missed without a
/// valid reason (НП) in the period make a notice.
public struct NoticeSettings: Hashable, Sendable {
    public var schedule: NoticeSchedule
    /// A subject's weighted average strictly below this makes a notice. 2.5 by default: below it
    /// the suggested final is a 2 (the default final thresholds).
    public var passLine: Double
    /// More unexcused absences than this in the period make a notice.
    public var unexcusedThreshold: Int

    public init(schedule: NoticeSchedule, passLine: Double, unexcusedThreshold: Int) {
        self.schedule = schedule
        self.passLine = passLine
        self.unexcusedThreshold = unexcusedThreshold
    }

    public static let defaults = NoticeSettings(schedule: .weekly, passLine: 2.5, unexcusedThreshold: 3)

    public enum Key {
        public static let schedule = "notices.schedule"
        public static let passLine = "notices.pass_line"
        public static let unexcusedThreshold = "notices.unexcused_threshold"
        public static let all = [schedule, passLine, unexcusedThreshold]
    }

    /// The settings from their stored text; a missing or unreadable value keeps its default.
    public init(stored: [String: String]) {
        self = .defaults
        if let value = stored[Key.schedule].flatMap(NoticeSchedule.init(rawValue:)) { schedule = value }
        if let value = stored[Key.passLine].flatMap(Double.init) { passLine = value }
        if let value = stored[Key.unexcusedThreshold].flatMap(Int.init) { unexcusedThreshold = value }
    }

    /// A typed value in its stored form, or nil when the setting does not take it.
    public static func normalize(key: String, value text: String) -> String? {
        switch key {
        case Key.schedule:
            return NoticeSchedule(rawValue: text.lowercased())?.rawValue
        case Key.passLine:
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), (1.0...5.0).contains(number) else { return nil }
            return String(number)
        case Key.unexcusedThreshold:
            guard let count = Int(text), (0...200).contains(count) else { return nil }
            return String(count)
        default:
            return nil
        }
    }
}

/// How often notices are prepared. A round is named by the day it starts: each class gets at
/// most one preparation a round, made the first time the round's notices are asked for.
public enum NoticeSchedule: String, CaseIterable, Sendable {
    case daily
    case weekly
    case monthly
    case off

    /// The first day of the round holding `day`: the day itself, its week's Monday, its month's
    /// first day; nil when notices are not prepared at all.
    public func roundStart(of day: LocalDate) -> LocalDate? {
        switch self {
        case .daily: day
        case .weekly: day.adding(days: 1 - day.weekday)
        case .monthly: LocalDate(year: day.year, month: day.month, day: 1)
        case .off: nil
        }
    }
}
