import EzhCore
import Foundation

/// Turns school-local days and times into instants without a Foundation calendar call per row:
/// the zone's UTC offset is looked up once per day of the year, and an instant is then plain
/// arithmetic. Offsets are taken at midday, so a daylight-saving change in the small hours
/// (not that Moscow has one) cannot shift a school-hours time.
struct SchoolClock {
    private let firstDayNumber: Int
    private let offsets: [Int]

    /// Covers `span` plus a week after it, for marks entered a few days after the last lesson.
    init(zone: TimeZone, span: DateSpan) {
        firstDayNumber = span.first.dayNumber
        offsets = (span.first.dayNumber...(span.last.dayNumber + 7)).map { dayNumber in
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(dayNumber * 86_400 + 43_200)))
        }
    }

    /// The instant `secondOfDay` seconds after local midnight of `day`.
    func instant(_ day: LocalDate, secondOfDay: Int) -> Date {
        let dayNumber = day.dayNumber
        let utcSeconds = dayNumber * 86_400 + secondOfDay - offsets[dayNumber - firstDayNumber]
        return Date(timeIntervalSince1970: TimeInterval(utcSeconds))
    }

    func instant(_ day: LocalDate, _ time: TimeOfDay) -> Date {
        instant(day, secondOfDay: time.minutes * 60)
    }
}
