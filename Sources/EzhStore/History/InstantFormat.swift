import EzhCore
import Foundation

/// An instant as the database stores it: ISO-8601 UTC with milliseconds,
/// "2026-11-27T08:15:00.000Z". Text in this form sorts in time order.
///
/// Built by hand rather than with a formatter: it is the same on every machine and locale, and
/// fast enough for the demo importer's hundreds of thousands of rows.
public func isoInstant(_ date: Date) -> String {
    let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    let millisecondsPerDay: Int64 = 86_400_000
    var dayNumber = totalMilliseconds / millisecondsPerDay
    var withinDay = totalMilliseconds % millisecondsPerDay
    if withinDay < 0 {
        dayNumber -= 1
        withinDay += millisecondsPerDay
    }
    let day = LocalDate(dayNumber: Int(dayNumber))
    let milliseconds = Int(withinDay)
    let seconds = milliseconds / 1000
    var text = ""
    text.reserveCapacity(24)
    appendDigits(day.year, width: 4, to: &text)
    text += "-"
    appendDigits(day.month, width: 2, to: &text)
    text += "-"
    appendDigits(day.day, width: 2, to: &text)
    text += "T"
    appendDigits(seconds / 3600, width: 2, to: &text)
    text += ":"
    appendDigits(seconds / 60 % 60, width: 2, to: &text)
    text += ":"
    appendDigits(seconds % 60, width: 2, to: &text)
    text += "."
    appendDigits(milliseconds % 1000, width: 3, to: &text)
    text += "Z"
    return text
}

private func appendDigits(_ value: Int, width: Int, to text: inout String) {
    let digits = String(value)
    if digits.count < width { text += String(repeating: "0", count: width - digits.count) }
    text += digits
}
