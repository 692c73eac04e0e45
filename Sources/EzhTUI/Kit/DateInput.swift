import EzhCore
import Foundation

/// Dates and times as people type them in forms: «27.11.2026» and «21:00». A date that does
/// not exist (31.02) is no date at all, not the next valid one; nor is one outside 2000-2100.
enum DateInput {
    static func date(_ text: String) -> LocalDate? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
              let year = Int(parts[2]), LocalDate.typedYears.contains(year), (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    static func time(_ text: String) -> TimeOfDay? {
        TimeOfDay(text: text.trimmingCharacters(in: .whitespaces))
    }
}
