import Foundation

/// Instants are stored as ISO-8601 UTC text with milliseconds, "2026-11-27T08:15:00.000Z": they
/// sort as text and read the same in any zone.
public enum InstantFormat {
    public static func string(_ date: Date) -> String {
        date.formatted(style)
    }

    public static func date(_ text: String) -> Date? {
        try? style.parse(text)
    }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
}
