import EzhCore
import EzhStore
import Foundation

/// The demo school as the CLI creates it.
public enum DemoSchool {
    public static let timeZoneIdentifier = "Europe/Moscow"

    /// Creates the demo school at `path`; its data runs up to the demo clock's start: the
    /// requested time, or real time moved back to the nearest school day (see DemoClockStart).
    public static func create(at path: String, requestedNow: Date?, realNow: Date) throws {
        throw JournalError.notFound("demo generator")
    }
}
