import EzhCore
import Foundation
import GRDB

/// Where in the journal a change happened: the class, subject and lesson day, for the access
/// report.
public struct ChangeScope: Sendable, Hashable {
    public let classID: ClassID
    public let subjectID: SubjectID?
    public let lessonDate: LocalDate?

    public init(classID: ClassID, subjectID: SubjectID?, lessonDate: LocalDate?) {
        self.classID = classID
        self.subjectID = subjectID
        self.lessonDate = lessonDate
    }
}

/// One row of the change history: what changed, from what to what, who, when, from where.
public struct ChangeRecord: Sendable, Hashable {
    public let entity: String
    public let entityKey: String
    public let field: String
    public let oldValue: String?
    public let newValue: String?
    public let accountID: AccountID
    public let changedAt: Date
    public let terminal: String
    /// The late-entry permission the change was made under, if it was late.
    public let permissionID: PermissionID?
    public let scope: ChangeScope?

    public init(
        entity: String, entityKey: String, field: String, oldValue: String?, newValue: String?,
        accountID: AccountID, changedAt: Date, terminal: String, permissionID: PermissionID? = nil,
        scope: ChangeScope? = nil
    ) {
        self.entity = entity
        self.entityKey = entityKey
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.accountID = accountID
        self.changedAt = changedAt
        self.terminal = terminal
        self.permissionID = permissionID
        self.scope = scope
    }
}

/// The change history table. Rows are only ever added, in the transaction of the change itself.
public enum ChangeLog {
    /// The key of a mark cell: one pupil's mark for one assignment.
    public static func markKey(assignment: AssignmentID, pupil: PupilID) -> String {
        "assignment=\(assignment);pupil=\(pupil)"
    }

    /// The key of an attendance cell: one pupil in one lesson.
    public static func attendanceKey(lesson: LessonID, pupil: PupilID) -> String {
        "lesson=\(lesson);pupil=\(pupil)"
    }

    public static func record(_ change: ChangeRecord, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO change_history
                (entity, entity_key, field, old_value, new_value, account_id, changed_at, terminal, permission_id,
                 class_id, subject_id, lesson_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                change.entity, change.entityKey, change.field, change.oldValue, change.newValue,
                change.accountID.rawValue, InstantFormat.string(change.changedAt), change.terminal,
                change.permissionID?.rawValue, change.scope?.classID.rawValue, change.scope?.subjectID?.rawValue,
                change.scope?.lessonDate?.iso,
            ])
    }

    /// A cell's history, newest first, with the name of who made each change.
    public static func entries(entity: String, key: String, in db: Database) throws -> [HistoryRow] {
        try HistoryRow.fetchAll(
            db, sql: "\(selectRows) WHERE h.entity = ? AND h.entity_key = ? ORDER BY h.id DESC", arguments: [entity, key]
        )
    }

    /// A cell's last recorded change, with the name of who made it.
    public static func latest(entity: String, key: String, in db: Database) throws -> HistoryRow? {
        try HistoryRow.fetchOne(
            db.cachedStatement(sql: "\(selectRows) WHERE h.entity = ? AND h.entity_key = ? ORDER BY h.id DESC LIMIT 1"),
            arguments: [entity, key]
        )
    }

    /// The last recorded change of one field of an entity (a lesson's topic, not its homework).
    public static func latest(entity: String, key: String, field: String, in db: Database) throws -> HistoryRow? {
        try HistoryRow.fetchOne(
            db.cachedStatement(sql: """
                \(selectRows) WHERE h.entity = ? AND h.entity_key = ? AND h.field = ? ORDER BY h.id DESC LIMIT 1
                """),
            arguments: [entity, key, field]
        )
    }

    /// The id of the newest history row (0 in an empty journal): a bookmark for `changes(in:since:)`.
    public static func lastID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT ifnull(max(id), 0) FROM change_history")) ?? 0
    }

    /// Whether a change to `scope`'s class and subject was recorded after the bookmark by anyone
    /// but `account` at `terminal`; and the new bookmark. Reads only the rows after the bookmark.
    public static func changes(
        in scope: ChangeScope, since bookmark: Int64, except account: AccountID, at terminal: String, _ db: Database
    ) throws -> (found: Bool, bookmark: Int64) {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, class_id, subject_id, account_id, terminal FROM change_history WHERE id > ? ORDER BY id
            """), arguments: [bookmark])
        let found = rows.contains { row in
            // A change with no subject (a class-wide one) may touch any page of the class.
            let subject = row["subject_id"] as Int64?
            let own = (row["account_id"] as Int64) == account.rawValue && (row["terminal"] as String) == terminal
            return (row["class_id"] as Int64?) == scope.classID.rawValue && (subject == nil || subject == scope.subjectID?.rawValue)
                && !own
        }
        return (found, rows.last?["id"] ?? bookmark)
    }

    /// One history row by its id (the change an access-log entry links to).
    public static func entry(id: Int64, in db: Database) throws -> HistoryRow? {
        try HistoryRow.fetchOne(db.cachedStatement(sql: "\(selectRows) WHERE h.id = ?"), arguments: [id])
    }

    private static let selectRows = """
        SELECT h.changed_at, h.old_value, h.new_value, h.terminal, h.permission_id, a.login,
               coalesce(s.last_name || ' ' || s.first_name, a.login) AS who
        FROM change_history h
        JOIN account a ON a.id = h.account_id
        LEFT JOIN staff s ON s.id = a.staff_id
        """
}

/// A history row as read back.
public struct HistoryRow: Sendable, Hashable, FetchableRecord {
    public let changedAt: Date
    public let oldValue: String?
    public let newValue: String?
    public let terminal: String
    public let permissionID: PermissionID?
    public let login: String
    public let who: String

    public init(row: Row) {
        changedAt = InstantFormat.date(row["changed_at"]) ?? .distantPast
        oldValue = row["old_value"]
        newValue = row["new_value"]
        terminal = row["terminal"]
        permissionID = (row["permission_id"] as Int64?).map(PermissionID.init)
        login = row["login"]
        who = row["who"]
    }
}

extension JournalPage {
    /// The page as a scope of changes and reads.
    public var scope: ChangeScope { ChangeScope(classID: classID, subjectID: subjectID, lessonDate: nil) }
}
