import EzhCore
import GRDB

/// The school row: its name, its time zone and whether it is a demo.
public struct SchoolRecord: Sendable, Hashable {
    public let name: String
    public let timeZoneIdentifier: String
    public let weekDays: Int
    public let isDemo: Bool

    public init(name: String, timeZoneIdentifier: String, weekDays: Int, isDemo: Bool) {
        self.name = name
        self.timeZoneIdentifier = timeZoneIdentifier
        self.weekDays = weekDays
        self.isDemo = isDemo
    }
}

extension SchoolRecord: FetchableRecord {
    public init(row: Row) {
        name = row["name"]
        timeZoneIdentifier = row["time_zone"]
        weekDays = row["week_days"]
        isDemo = row["is_demo"]
    }
}
