import EzhCore
import Foundation

/// Where the demo's clock starts. On a school day the demo runs on real time; outside one (a
/// Sunday, the holidays) it starts at 11:00 on the nearest earlier school day and keeps ticking,
/// so a visitor always finds lessons to fill in.
public enum DemoClockStart {
    public static let schoolDayTime = TimeOfDay(hour: 11, minute: 0)

    /// nil when real time is already on a school day.
    public static func start(
        realNow: Date, timeZone: SchoolTimeZone, isSchoolDay: (LocalDate) -> Bool
    ) -> Date? {
        let today = timeZone.localDate(of: realNow)
        if isSchoolDay(today) { return nil }
        for back in 1...400 {
            let day = today.adding(days: -back)
            if isSchoolDay(day) { return timeZone.instant(day, schoolDayTime) }
        }
        return nil
    }

    /// Parses `--now "YYYY-MM-DD HH:MM"` as a time in the school's zone.
    public static func parse(_ text: String, timeZone: SchoolTimeZone) throws(JournalError) -> Date {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = LocalDate(iso: String(parts[0])), let time = TimeOfDay(text: String(parts[1]))
        else {
            throw .invalidInput(field: .verbatim("--now"), problem: BilingualText(
                "«\(text)» — ожидается \"ГГГГ-ММ-ДД ЧЧ:ММ\", например \"2026-11-27 11:00\"",
                "“\(text)”: expected \"YYYY-MM-DD HH:MM\", for example \"2026-11-27 11:00\""
            ))
        }
        guard day.isWithinTypedYears else {
            let years = LocalDate.typedYears
            throw .invalidInput(field: .verbatim("--now"), problem: BilingualText(
                "«\(text)» — год должен быть от \(years.lowerBound) до \(years.upperBound)",
                "“\(text)”: the year must be from \(years.lowerBound) to \(years.upperBound)"
            ))
        }
        return timeZone.instant(day, time)
    }
}
