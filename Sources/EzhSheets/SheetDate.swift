import Foundation
import EzhCore

/// A day as a school's spreadsheet holds it: "05.09.2026" or "5.9.2026" (how Russian documents
/// and Russian Excel write it), "2026-09-05" (ISO, as LibreOffice and ezh's own exports write
/// it), or an Excel serial number ("46270"), which is what a date cell becomes when a sheet
/// is saved without its formats. Two-digit years are refused: "05.09.26" could be 1926 or 2026
/// for a birth date, and a wrong guess would go unnoticed.
public enum SheetDate {
    public static func parse(_ text: String) -> LocalDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = LocalDate(iso: text) { return day }
        if let day = russian(text) { return day }
        return serial(text)
    }

    /// "d.m.yyyy", with one or two digits for the day and month.
    private static func russian(_ text: String) -> LocalDate? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return valid(year: year, month: month, day: day)
    }

    /// A whole Excel serial number in a plausible range (1900 to 9999), optionally with a time
    /// fraction, which is dropped.
    private static func serial(_ text: String) -> LocalDate? {
        let whole = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
        guard !whole.isEmpty, whole.count <= 7, whole.allSatisfy(\.isASCIIDigit),
              text.dropFirst(whole.count).dropFirst().allSatisfy(\.isASCIIDigit),
              let number = Int(whole), (1...2_958_465).contains(number)
        else { return nil }
        return ExcelNumberFormat.day(Double(number))
    }

    private static func valid(year: Int, month: Int, day: Int) -> LocalDate? {
        guard (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
