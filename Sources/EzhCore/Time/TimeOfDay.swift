/// A wall-clock time in the school's day, minute precision: lesson starts and ends, deadlines.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }
    public init(hour: Int, minute: Int) { self.minutes = hour * 60 + minute }

    /// Parses "HH:MM".
    /// Byte by byte: every lesson read from the file passes through here twice.
    public init?(text: String) {
        var hour = 0, minute = 0, hourDigits = 0, minuteDigits = 0, colons = 0
        for byte in text.utf8 {
            switch byte {
            case 0x3A: colons += 1
            case 0x30...0x39 where colons == 0: hour = hour * 10 + Int(byte - 0x30); hourDigits += 1
            case 0x30...0x39 where colons == 1: minute = minute * 10 + Int(byte - 0x30); minuteDigits += 1
            default: return nil
            }
            guard colons <= 1, hourDigits <= 4, minuteDigits <= 4 else { return nil }
        }
        guard colons == 1, hourDigits > 0, minuteDigits > 0, (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    public var text: String {
        let m = minute
        return "\(hour < 10 ? "0" : "")\(hour):\(m < 10 ? "0" : "")\(m)"
    }
    public var description: String { text }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
