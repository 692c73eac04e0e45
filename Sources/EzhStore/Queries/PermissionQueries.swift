import EzhCore
import Foundation
import GRDB

/// Late-entry permissions: granted, listed, revoked. Never deleted: a revoked permission stays
/// on record with who revoked it and when.
public enum PermissionQueries {
    public struct Grant: Sendable {
        public let teacher: StaffID
        public let classID: ClassID?
        public let subjectID: SubjectID?
        public let dates: DateSpan
        public let kinds: Set<EntryKind>
        public let reason: String
        public let expiresAt: Date

        public init(
            teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan, kinds: Set<EntryKind>,
            reason: String, expiresAt: Date
        ) {
            self.teacher = teacher
            self.classID = classID
            self.subjectID = subjectID
            self.dates = dates
            self.kinds = kinds
            self.reason = reason
            self.expiresAt = expiresAt
        }
    }

    public static func insert(_ grant: Grant, by account: AccountID, at instant: Date, _ db: Database) throws -> PermissionID {
        try db.execute(sql: """
            INSERT INTO late_permission
                (teacher_id, class_id, subject_id, starts_on, ends_on, kinds, reason, expires_at, granted_by, granted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                grant.teacher.rawValue, grant.classID?.rawValue, grant.subjectID?.rawValue, grant.dates.first.iso,
                grant.dates.last.iso, grant.kinds.map(\.rawValue).sorted().joined(separator: ","), grant.reason,
                InstantFormat.string(grant.expiresAt), account.rawValue, InstantFormat.string(instant),
            ])
        return PermissionID(db.lastInsertedRowID)
    }

    public static func revoke(_ id: PermissionID, by account: AccountID, at instant: Date, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE late_permission SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
            arguments: [InstantFormat.string(instant), account.rawValue, id.rawValue]
        )
    }

    public static func permission(_ id: PermissionID, _ db: Database) throws -> LatePermission? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM late_permission WHERE id = ?"), arguments: [id.rawValue])
            .map(permission(from:))
    }

    /// A teacher's permissions, newest first; with `validAt`, only those not expired or revoked.
    public static func permissions(of teacher: StaffID, validAt instant: Date? = nil, _ db: Database) throws -> [LatePermission] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM late_permission WHERE teacher_id = ? ORDER BY id DESC
            """), arguments: [teacher.rawValue]).map(permission(from:)).filter { permission in
            instant.map(permission.isValid(at:)) ?? true
        }
    }

    public static func all(_ db: Database) throws -> [LatePermission] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM late_permission ORDER BY id DESC")).map(permission(from:))
    }

    private static func permission(from row: Row) -> LatePermission {
        LatePermission(
            id: PermissionID(row["id"]), teacher: StaffID(row["teacher_id"]),
            classID: (row["class_id"] as Int64?).map(ClassID.init),
            subjectID: (row["subject_id"] as Int64?).map(SubjectID.init),
            dates: DateSpan(LocalDate(iso: row["starts_on"])!, LocalDate(iso: row["ends_on"])!),
            kinds: Set((row["kinds"] as String).split(separator: ",").compactMap { EntryKind(rawValue: String($0)) }),
            reason: row["reason"],
            expiresAt: InstantFormat.date(row["expires_at"]) ?? .distantPast,
            revokedAt: (row["revoked_at"] as String?).flatMap(InstantFormat.date)
        )
    }
}

extension PermissionQueries {
    /// Who granted a permission, with initials.
    public static func grantedBy(_ id: PermissionID, _ db: Database) throws -> String? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.last_name, s.first_name, s.patronymic, a.login FROM late_permission p
            JOIN account a ON a.id = p.granted_by LEFT JOIN staff s ON s.id = a.staff_id WHERE p.id = ?
            """), arguments: [id.rawValue]).map { row in
            (row["last_name"] as String?).map {
                PersonName(last: $0, first: row["first_name"], patronymic: row["patronymic"]).withInitials
            } ?? row["login"]
        }
    }
}
