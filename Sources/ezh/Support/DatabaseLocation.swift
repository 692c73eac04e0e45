import Foundation

/// Where the journal lives when no --db is given: $EZH_DB, else the XDG data folder.
enum DatabaseLocation {
    static func journal(_ explicit: String?) -> String {
        if let explicit { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment["EZH_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return dataDirectory() + "/journal.sqlite"
    }

    /// The demo school's default file, beside a real journal but never the same file.
    static func demo(_ explicit: String?) -> String {
        explicit ?? dataDirectory() + "/demo.sqlite"
    }

    private static func dataDirectory() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.local/share")
        return base + "/ezh"
    }
}
