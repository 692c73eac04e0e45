import Foundation

/// A calendar day in the school's own calendar, with no time zone attached. Lessons, periods and
/// holidays are days; instants are `Date`s and become days only through `SchoolTimeZone`.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD"; nil when the text is not a real date.
    /// Byte by byte: every stored day a long list shows passes through here.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (0x30...0x39).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// "2026-11-27": how days are stored and sorted.
    public var iso: String { "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))" }
    /// "27.11.2026": how Russian documents write a day.
    public var russian: String { "\(Self.digits(day, 2)).\(Self.digits(month, 2)).\(Self.digits(year, 4))" }
    /// "27.11": a grid column header.
    public var dayMonth: String { "\(Self.digits(day, 2)).\(Self.digits(month, 2))" }

    /// Zero-padded digits without String(format:), which is slow on the paths that build every
    /// grid header and query argument.
    static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return text.count >= count ? text : String(repeating: "0", count: count - text.count) + text
    }
    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (civil-from-days arithmetic,
    /// so no Foundation calendar or time zone is involved).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7 // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Every day from `self` through `last`, inclusive.
    public func through(_ last: LocalDate) -> [LocalDate] {
        guard self <= last else { return [] }
        return (dayNumber...last.dayNumber).map(LocalDate.init(dayNumber:))
    }
}

/// An inclusive range of days: a period, a holiday, a week.
public struct DateSpan: Hashable, Sendable {
    public let first: LocalDate
    public let last: LocalDate

    public init(_ first: LocalDate, _ last: LocalDate) {
        self.first = first
        self.last = last
    }

    public func contains(_ day: LocalDate) -> Bool { first <= day && day <= last }
    public var days: [LocalDate] { first.through(last) }
}
