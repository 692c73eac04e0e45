import EzhCore
import Foundation

/// The demo school as the CLI creates it.
public enum DemoSchool {
    public static let timeZoneIdentifier = SchoolFrame.timeZoneIdentifier

    /// Creates the demo school at `path`; its data runs up to the demo clock's start: the
    /// requested time, or real time moved back to the nearest school day (see DemoClockStart).
    public static func create(at path: String, requestedNow: Date?, realNow: Date, size: DemoSize = .standard) throws {
        let zone = SchoolTimeZone(identifier: timeZoneIdentifier)!
        let now = requestedNow
            ?? DemoClockStart.start(realNow: realNow, timeZone: zone, isSchoolDay: isSchoolDay)
            ?? realNow
        // The dataset carries the demo accounts setting the login screen lists.
        _ = try createDemoSchool(at: path, now: now, size: size)
    }

    /// Whether the demo calendar has lessons on `day`.
    public static func isSchoolDay(_ day: LocalDate) -> Bool {
        DemoCalendar(startYear: DemoCalendar.startYear(containing: day)).schoolDays.contains(day)
    }
}
