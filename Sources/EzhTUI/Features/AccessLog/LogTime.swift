import EzhCore
import Foundation

/// Stored instants («2026-11-27T08:15:03.000Z») as the school reads them, in the school's zone.
enum LogTime {
    /// «27.11 11:15» for a narrow column.
    static func short(_ stored: String, zone: SchoolTimeZone) -> String {
        guard let instant = InstantFormat.date(stored) else { return stored }
        return "\(zone.localDate(of: instant).dayMonth) \(zone.timeOfDay(of: instant).text)"
    }

    /// «27.11.2026 11:15:03» for the detail view and CSV.
    static func full(_ stored: String, zone: SchoolTimeZone) -> String {
        guard let instant = InstantFormat.date(stored) else { return stored }
        let second = Calendar(identifier: .gregorian).dateComponents(in: zone.timeZone, from: instant).second ?? 0
        return zone.russianDateTime(instant) + String(format: ":%02d", second)
    }
}
