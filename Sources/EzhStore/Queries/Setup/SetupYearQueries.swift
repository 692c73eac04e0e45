import EzhCore
import GRDB

/// The academic year setup works on.
public struct YearRow: Sendable, Hashable {
    public let id: Int64
    public let name: String
    public let span: DateSpan
}

/// The year the setup imports work on (`YearQueries` has the rest of a year's queries).
public enum SetupYearQueries {
    /// The open year that holds `today`, else the next open one (a school preparing its September
    /// in August); nil before the first calendar is loaded. The people imports choose it alike.
    public static func current(on today: LocalDate, _ db: Database) throws -> YearRow? {
        try Row.fetchOne(db, sql: """
            SELECT id, name, starts_on, ends_on FROM academic_year WHERE closed_at IS NULL AND ends_on >= ?
            ORDER BY (starts_on <= ?) DESC, starts_on LIMIT 1
            """, arguments: [today.iso, today.iso])
            .map { YearRow(id: $0["id"], name: $0["name"], span: DateSpan(LocalDate(iso: $0["starts_on"])!, LocalDate(iso: $0["ends_on"])!)) }
    }

    public static func update(_ id: Int64, name: String, span: DateSpan, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE academic_year SET name = ?, starts_on = ?, ends_on = ? WHERE id = ?",
            arguments: [name, span.first.iso, span.last.iso, id]
        )
    }
}
