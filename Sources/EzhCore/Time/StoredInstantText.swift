import Foundation

/// Stored instants («2026-11-27T08:15:03.000Z») as local text in the school's zone, fast enough for
/// a million rows: the text is parsed by position and the zone's offset is looked up once per
/// hour, where Foundation's parser and calendar would cost tens of microseconds a row.
public struct StoredInstantText {
    private let zone: SchoolTimeZone
    /// The zone's offset in seconds for each UTC hour met so far (an hour holding a change of
    /// offset is never cached). A year of hours is under nine thousand entries.
    private var offsets: [Int64: Int] = [:]

    public init(zone: SchoolTimeZone) {
        self.zone = zone
    }

    /// «27.11.2026 11:15».
    public mutating func dateTime(_ stored: String) -> String {
        guard let local = localSeconds(stored) else { return fallback(stored, seconds: false) }
        return Self.text(local, seconds: false)
    }

    /// «27.11.2026 11:15:03».
    public mutating func dateTimeWithSeconds(_ stored: String) -> String {
        guard let local = localSeconds(stored) else { return fallback(stored, seconds: true) }
        return Self.text(local, seconds: true)
    }

    private func fallback(_ stored: String, seconds: Bool) -> String {
        guard let instant = InstantFormat.date(stored) else { return stored }
        let text = zone.russianDateTime(instant)
        guard seconds else { return text }
        let second = Calendar(identifier: .gregorian).dateComponents(in: zone.timeZone, from: instant).second ?? 0
        return text + ":" + LocalDate.digits(second, 2)
    }

    /// Seconds since 1970 on the school's wall clock.
    private mutating func localSeconds(_ stored: String) -> Int64? {
        Self.epochSeconds(stored).map { $0 + Int64(offset(at: $0)) }
    }

    /// «27.11.2026 11:15» appended to `bytes`, from the stored instant's own bytes: for a listing
    /// of a million entries that makes no string per row.
    public mutating func appendDateTime(_ stored: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        if let utc = Self.epochSeconds(stored) {
            Self.append(utc + Int64(offset(at: utc)), seconds: false, to: &bytes)
        } else {
            bytes.append(contentsOf: fallback(String(decoding: stored, as: UTF8.self), seconds: false).utf8)
        }
    }

    /// The digits written straight into one buffer: one string made per instant, not six.
    private static func text(_ local: Int64, seconds: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(19)
        append(local, seconds: seconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ local: Int64, seconds: Bool, to bytes: inout [UInt8]) {
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = Int(local - days * 86_400)
        let date = LocalDate(dayNumber: Int(days))
        func two(_ value: Int) {
            bytes.append(UInt8(0x30 + value / 10 % 10))
            bytes.append(UInt8(0x30 + value % 10))
        }
        two(date.day)
        bytes.append(0x2E)
        two(date.month)
        bytes.append(0x2E)
        two(date.year / 100)
        two(date.year % 100)
        bytes.append(0x20)
        two(secondOfDay / 3600)
        bytes.append(0x3A)
        two(secondOfDay / 60 % 60)
        if seconds {
            bytes.append(0x3A)
            two(secondOfDay % 60)
        }
    }

    private mutating func offset(at utc: Int64) -> Int {
        let hour = utc >= 0 ? utc / 3600 : (utc - 3599) / 3600
        if let known = offsets[hour] { return known }
        let start = zone.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600)))
        let end = zone.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600 + 3599)))
        guard start == end else { return zone.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))) }
        offsets[hour] = start
        return start
    }

    /// Seconds since 1970 of «YYYY-MM-DDTHH:MM:SS…Z»; nil for any other shape.
    static func epochSeconds(_ stored: String) -> Int64? {
        stored.utf8.withContiguousStorageIfAvailable(epochSeconds) ?? nil
    }

    static func epochSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
              bytes[16] == 0x3A, bytes[bytes.count - 1] == 0x5A
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let digit = Int(bytes[index]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        return Int64(LocalDate(year: year, month: month, day: day).dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}
