import EzhCore
import Foundation
import GRDB

extension AccessLogRow: FetchableRecord {
    /// Decoded by position, in the order of `AccessLogQueries.columns` (the table's own order,
    /// so `SELECT *` matches too): looking each column up by name cost a fifth of streaming the
    /// whole log.
    public init(row: Row) {
        self.init(
            seq: row[0], at: row[1], accountID: (row[2] as Int64?).map(AccountID.init),
            login: row[3], role: row[4], terminal: row[5], action: row[6],
            object: row[7], classID: (row[8] as Int64?).map(ClassID.init),
            subjectID: (row[9] as Int64?).map(SubjectID.init), lessonDate: row[10],
            periodID: (row[11] as Int64?).map(PeriodID.init), historyID: row[12],
            permissionID: (row[13] as Int64?).map(PermissionID.init), detail: row[14],
            prevHash: row[15], hash: row[16]
        )
    }
}

public enum AccessLogQueries {
    /// Every column of an entry, in the order `AccessLogRow(row:)` reads them.
    static let columns = """
        seq, at, account_id, login, role, terminal, action, object, class_id, subject_id, lesson_date, period_id,
        history_id, late_permission_id, detail, prev_hash, hash
        """
    /// The same without the hashes, for listings.
    static let listingColumns = """
        seq, at, account_id, login, role, terminal, action, object, class_id, subject_id, lesson_date, period_id,
        history_id, late_permission_id, detail, '' AS prev_hash, '' AS hash
        """

    /// The last entry's sequence number and hash; (0, genesis) for an empty log.
    public static func head(_ db: Database) throws -> (seq: Int64, hash: String)? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1")).map { ($0["seq"], $0["hash"]) }
    }

    public static func append(_ entry: AccessLogRow, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO access_log (seq, at, account_id, login, role, terminal, action, object, class_id, subject_id,
                                    lesson_date, period_id, history_id, late_permission_id, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                entry.seq, entry.at, entry.accountID?.rawValue, entry.login, entry.role, entry.terminal, entry.action,
                entry.object, entry.classID?.rawValue, entry.subjectID?.rawValue, entry.lessonDate,
                entry.periodID?.rawValue, entry.historyID, entry.permissionID?.rawValue, entry.detail, entry.prevHash,
                entry.hash,
            ])
    }

    /// Every entry after `seq` in stored order (by rowid, which is `seq`), streamed.
    public static func forEach(after seq: Int64 = 0, _ db: Database, _ body: (AccessLogRow) throws -> Void) throws {
        let cursor = try AccessLogRow.fetchCursor(
            db.cachedStatement(sql: "SELECT \(columns) FROM access_log WHERE seq > ? ORDER BY seq"), arguments: [seq]
        )
        while let row = try cursor.next() { try body(row) }
    }

    /// History rows added after `id`, with what the access log needs of them.
    public static func historySince(_ id: Int64, _ db: Database) throws -> [HistoryContext] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, entity, entity_key, field, permission_id, class_id, subject_id, lesson_date
            FROM change_history WHERE id > ? ORDER BY id
            """), arguments: [id]).map { row in
            HistoryContext(
                id: row["id"], entity: row["entity"], key: row["entity_key"], field: row["field"],
                permissionID: (row["permission_id"] as Int64?).map(PermissionID.init),
                classID: (row["class_id"] as Int64?).map(ClassID.init),
                subjectID: (row["subject_id"] as Int64?).map(SubjectID.init), lessonDate: row["lesson_date"]
            )
        }
    }

    public static func lastHistoryID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT ifnull(max(id), 0) FROM change_history")) ?? 0
    }

    public struct HistoryContext: Sendable, Hashable {
        public let id: Int64
        public let entity: String
        public let key: String
        public let field: String
        public let permissionID: PermissionID?
        public let classID: ClassID?
        public let subjectID: SubjectID?
        public let lessonDate: String?
    }
}

extension AccessLogQueries {
    /// The first history row after `id` no access-log entry links to, if any.
    public static func firstUnloggedChange(after id: Int64 = 0, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT h.id FROM change_history h
            WHERE h.id > ? AND NOT EXISTS (SELECT 1 FROM access_log l WHERE l.history_id = h.id)
            ORDER BY h.id LIMIT 1
            """), arguments: [id])
    }

    /// The newest history row the entries up to `seq` link to (0 when none).
    public static func lastHistoryID(upTo seq: Int64, _ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT history_id FROM access_log WHERE seq <= ? AND history_id IS NOT NULL ORDER BY seq DESC LIMIT 1
            """), arguments: [seq]) ?? 0
    }
}

extension AccessLogQueries {
    /// Entries matching `filter`, newest first, as many as its limit allows; without the chain's
    /// hashes (they come empty) for a listing that does not show them.
    public static func entries(_ filter: AccessLogFilter, withHashes: Bool = true, _ db: Database) throws -> [AccessLogRow] {
        let (sql, arguments) = select(filter, columns: withHashes ? columns : listingColumns)
        return try AccessLogRow.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// Entries matching `filter`, newest first, handed over `batchSize` at a time from a cursor:
    /// memory holds one batch, however long the log. A listing leaves out the chain's hashes
    /// (`prevHash` and `hash` come empty): nobody reads them there, and they were a good part of
    /// the bytes a million rows carry.
    public static func forEachBatch(
        _ filter: AccessLogFilter, batchSize: Int = 500, _ db: Database, _ body: ([AccessLogRow]) throws -> Void
    ) throws {
        let (sql, arguments) = select(filter, columns: listingColumns)
        let cursor = try AccessLogRow.fetchCursor(db, sql: sql, arguments: arguments)
        var batch: [AccessLogRow] = []
        batch.reserveCapacity(batchSize)
        while let row = try cursor.next() {
            batch.append(row)
            if batch.count == batchSize {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    /// The query of `filter`. `since` and `until` compare the stored UTC instants as text.
    static func select(_ filter: AccessLogFilter, columns: String = columns) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let login = filter.login { clauses.append("login = ? COLLATE NOCASE"); arguments += [login] }
        if let since = filter.since { clauses.append("at >= ?"); arguments += [since] }
        if let until = filter.until { clauses.append("at < ?"); arguments += [until] }
        if let action = filter.action { clauses.append("action = ?"); arguments += [action] }
        if let classID = filter.classID {
            clauses.append("class_id = ?")
            arguments += [classID.rawValue]
        } else if filter.journalOnly {
            // «+» keeps the planner off the class index, which would read every journal entry
            // of the year to find a week's.
            clauses.append("+class_id IS NOT NULL")
        }
        if let subjectID = filter.subjectID { clauses.append("subject_id = ?"); arguments += [subjectID.rawValue] }
        if let role = filter.role { clauses.append("(',' || role || ',') LIKE ?"); arguments += ["%,\(role),%"] }
        if let text = filter.text {
            clauses.append("(object LIKE ? OR detail LIKE ? OR login LIKE ?)")
            arguments += ["%\(text)%", "%\(text)%", "%\(text)%"]
        }
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let limit = filter.limit.map { "LIMIT \($0)" } ?? ""
        return ("SELECT \(columns) FROM access_log \(whereClause) ORDER BY \(newestFirst(filter)) \(limit)", arguments)
    }

    /// Newest first. Days are read along an index by time (`access_log_by_time`, or the class's,
    /// action's or account's index, which end in the time): in that order SQLite walks the span
    /// from its end and stops at the limit, where in the order of `seq` it must either read the
    /// whole span and sort it or scan the log to its first entry for a span with few entries.
    /// The two orders are the same but for entries whose clock ran behind an earlier one's;
    /// the whole log, unfiltered by days, streams in the order of `seq`, its stored order.
    private static func newestFirst(_ filter: AccessLogFilter) -> String {
        filter.since == nil && filter.until == nil ? "seq DESC" : "at DESC, seq DESC"
    }

    /// The class id of a class name such as «5А», for filters typed by people.
    public static func classID(named name: String, _ db: Database) throws -> ClassID? {
        let digits = name.prefix { $0.isNumber }
        guard let grade = Int(digits) else { return nil }
        let letter = String(name.dropFirst(digits.count)).uppercased()
        return try Int64.fetchOne(
            db, sql: "SELECT id FROM class WHERE grade = ? AND upper(letter) = ? ORDER BY year_id DESC LIMIT 1",
            arguments: [grade, letter]
        ).map(ClassID.init)
    }
}
