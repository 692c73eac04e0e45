import Foundation

/// Converts between instants and the school's local days and times. Every deadline is computed
/// here, in the school's zone (a school setting), never in the zone of the machine.
public struct SchoolTimeZone: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// nil when the identifier is not a known zone ("Europe/Moscow", "Asia/Yekaterinburg").
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.init(zone)
    }

    public var identifier: String { timeZone.identifier }

    public func localDate(of instant: Date) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    public func timeOfDay(of instant: Date) -> TimeOfDay {
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return TimeOfDay(hour: parts.hour!, minute: parts.minute!)
    }

    /// The instant at `time` on `day` in the school's zone.
    public func instant(_ day: LocalDate, _ time: TimeOfDay, second: Int = 0) -> Date {
        let parts = DateComponents(
            year: day.year, month: day.month, day: day.day,
            hour: time.hour, minute: time.minute, second: second
        )
        return calendar.date(from: parts)!
    }

    /// "27.11.2026 21:00" in the school's zone, the form refusals and the status line use.
    public func russianDateTime(_ instant: Date) -> String {
        "\(localDate(of: instant).russian) \(timeOfDay(of: instant).text)"
    }
}
