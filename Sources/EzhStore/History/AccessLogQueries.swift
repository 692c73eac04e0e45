import EzhCore
import Foundation
import GRDB

/// One entry of the access log as stored. `hash` and `prevHash` are computed by the service's
/// AccessLog; the store only keeps them.
public struct AccessLogRow: Sendable, Hashable {
    public var seq: Int64
    public var at: String
    public var accountID: AccountID?
    public var login: String
    public var role: String
    public var terminal: String
    public var action: String
    public var object: String
    public var classID: ClassID?
    public var subjectID: SubjectID?
    public var lessonDate: String?
    public var periodID: PeriodID?
    public var historyID: Int64?
    public var permissionID: PermissionID?
    public var detail: String
    public var prevHash: String
    public var hash: String

    public init(
        seq: Int64, at: String, accountID: AccountID?, login: String, role: String, terminal: String, action: String,
        object: String, classID: ClassID? = nil, subjectID: SubjectID? = nil, lessonDate: String? = nil,
        periodID: PeriodID? = nil, historyID: Int64? = nil, permissionID: PermissionID? = nil, detail: String = "",
        prevHash: String = "", hash: String = ""
    ) {
        self.seq = seq
        self.at = at
        self.accountID = accountID
        self.login = login
        self.role = role
        self.terminal = terminal
        self.action = action
        self.object = object
        self.classID = classID
        self.subjectID = subjectID
        self.lessonDate = lessonDate
        self.periodID = periodID
        self.historyID = historyID
        self.permissionID = permissionID
        self.detail = detail
        self.prevHash = prevHash
        self.hash = hash
    }
}

extension AccessLogRow: FetchableRecord {
    public init(row: Row) {
        seq = row["seq"]
        at = row["at"]
        accountID = (row["account_id"] as Int64?).map(AccountID.init)
        login = row["login"]
        role = row["role"]
        terminal = row["terminal"]
        action = row["action"]
        object = row["object"]
        classID = (row["class_id"] as Int64?).map(ClassID.init)
        subjectID = (row["subject_id"] as Int64?).map(SubjectID.init)
        lessonDate = row["lesson_date"]
        periodID = (row["period_id"] as Int64?).map(PeriodID.init)
        historyID = row["history_id"]
        permissionID = (row["late_permission_id"] as Int64?).map(PermissionID.init)
        detail = row["detail"]
        prevHash = row["prev_hash"]
        hash = row["hash"]
    }
}

public enum AccessLogQueries {
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

    /// Every entry in stored order (by rowid, which is `seq`), streamed.
    public static func forEach(_ db: Database, _ body: (AccessLogRow) throws -> Void) throws {
        let cursor = try AccessLogRow.fetchCursor(db.cachedStatement(sql: "SELECT * FROM access_log ORDER BY seq"))
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
    /// The first history row no access-log entry links to, if any.
    public static func firstUnloggedChange(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT h.id FROM change_history h
            WHERE NOT EXISTS (SELECT 1 FROM access_log l WHERE l.history_id = h.id)
            ORDER BY h.id LIMIT 1
            """))
    }
}

/// Which access-log entries to list.
public struct AccessLogFilter: Sendable, Hashable {
    public var login: String?
    public var since: String?
    public var until: String?
    public var action: String?
    public var classID: ClassID?
    public var subjectID: SubjectID?
    public var role: String?
    public var text: String?
    public var limit: Int?

    public init(
        login: String? = nil, since: String? = nil, until: String? = nil, action: String? = nil,
        classID: ClassID? = nil, subjectID: SubjectID? = nil, role: String? = nil, text: String? = nil, limit: Int? = nil
    ) {
        self.login = login
        self.since = since
        self.until = until
        self.action = action
        self.classID = classID
        self.subjectID = subjectID
        self.role = role
        self.text = text
        self.limit = limit
    }
}

extension AccessLogQueries {
    /// Entries matching `filter`, newest first. `since` and `until` compare the stored UTC
    /// instants as text.
    public static func entries(_ filter: AccessLogFilter, _ db: Database) throws -> [AccessLogRow] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let login = filter.login { clauses.append("login = ? COLLATE NOCASE"); arguments += [login] }
        if let since = filter.since { clauses.append("at >= ?"); arguments += [since] }
        if let until = filter.until { clauses.append("at < ?"); arguments += [until] }
        if let action = filter.action { clauses.append("action = ?"); arguments += [action] }
        if let classID = filter.classID { clauses.append("class_id = ?"); arguments += [classID.rawValue] }
        if let subjectID = filter.subjectID { clauses.append("subject_id = ?"); arguments += [subjectID.rawValue] }
        if let role = filter.role { clauses.append("(',' || role || ',') LIKE ?"); arguments += ["%,\(role),%"] }
        if let text = filter.text {
            clauses.append("(object LIKE ? OR detail LIKE ? OR login LIKE ?)")
            arguments += ["%\(text)%", "%\(text)%", "%\(text)%"]
        }
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let limit = filter.limit.map { "LIMIT \($0)" } ?? ""
        return try AccessLogRow.fetchAll(
            db, sql: "SELECT * FROM access_log \(whereClause) ORDER BY seq DESC \(limit)", arguments: arguments
        )
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
