import EzhCore
import Foundation

/// What kind of value a number format shows, and the text Excel shows for a stored number.
/// Excel keeps dates and times as serial numbers (days since 1899-12-30, the time as the
/// fraction); only the cell's number format says a number is a date.
enum ExcelNumberFormat: Equatable {
    case number
    case date
    case time
    case dateTime

    /// Built-in formats (ECMA-376 part 1, 18.8.30): 14-17 dates, 18-21 times, 22 date and time,
    /// 45-47 times (minutes and seconds).
    init(builtIn id: Int) {
        switch id {
        case 14...17: self = .date
        case 18...21, 45...47: self = .time
        case 22: self = .dateTime
        default: self = .number
        }
    }

    /// A custom format code: a date if it has day, month-by-name or year parts, a time if it has
    /// hour or second parts. Quoted text, escaped characters and bracketed parts ([Red], [$-419])
    /// are not parts of the pattern.
    init(code: String) {
        var pattern = ""
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default: if !inQuotes && !inBrackets { pattern.append(character) }
            }
        }
        let hasDate = pattern.contains("d") || pattern.contains("y")
        let hasTime = pattern.contains("h") || pattern.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): self = .dateTime
        case (true, false): self = .date
        case (false, true): self = .time
        case (false, false): self = .number
        }
    }

    /// The text for a stored value `raw` ("46270", "0.375", "1.5").
    func text(_ raw: String) -> String {
        guard let value = Double(raw), value.isFinite else { return raw }
        switch self {
        case .number: return Self.numberText(value, raw: raw)
        case .date: return Self.day(value).russian
        case .time: return Self.clock(value)
        case .dateTime: return Self.day(value).russian + " " + Self.clock(value)
        }
    }

    /// The day of an Excel serial number: day 1 is 1900-01-01, and serial 60 is 1900-02-29,
    /// a day that never was (Lotus 1-2-3's leap-year error, kept by Excel).
    static func day(_ serial: Double) -> LocalDate {
        let whole = Int(serial.rounded(.down))
        let base = LocalDate(year: 1899, month: 12, day: whole < 61 ? 31 : 30)
        return base.adding(days: whole)
    }

    /// "08:30" for the time part of a serial number, rounded to the minute.
    static func clock(_ serial: Double) -> String {
        let fraction = serial - serial.rounded(.down)
        let minutes = Int((fraction * 1440).rounded()) % 1440
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// A number as Excel's General format shows it: whole numbers without ".0", others with up
    /// to 15 significant digits, which hides binary noise such as 0.30000000000000004.
    static func numberText(_ value: Double, raw: String) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = String(format: "%.15g", value)
        return text.contains("e") ? raw : text
    }
}
