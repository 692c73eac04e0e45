import EzhCore
import EzhStore
import Foundation
import GRDB

extension JournalService {
    /// The deputy or the administrator grants a late-entry permission. The reason is required
    /// and the expiry must lie ahead.
    @discardableResult
    public func grantPermission(_ session: Session, _ grant: PermissionQueries.Grant) throws -> PermissionID {
        try TextLimit.reason.check(grant.reason)
        return try write(session) { db, stamp in
            try require(.grantLatePermission, try viewer(for: session, db))
            guard !grant.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw JournalError.invalidInput(field: "Причина", problem: "укажите, почему разрешается внести позже")
            }
            guard !grant.kinds.isEmpty else {
                throw JournalError.invalidInput(field: "Виды записей", problem: "выберите хотя бы один вид")
            }
            guard grant.expiresAt > stamp.at else {
                throw JournalError.invalidInput(field: "Срок действия", problem: "должен быть позже текущего времени")
            }
            guard try AccountQueries.staffName(grant.teacher, db) != nil else {
                throw JournalError.notFound("учитель \(grant.teacher)")
            }
            let id = try PermissionQueries.insert(grant, by: stamp.account, at: stamp.at, db)
            try ChangeLog.record(stamp.change(
                entity: "late_permission", key: "permission=\(id)", field: "granted", from: nil,
                to: describe(grant), permission: id
            ), in: db)
            return id
        }
    }

    public func revokePermission(_ session: Session, _ id: PermissionID) throws {
        try write(session) { db, stamp in
            try require(.revokeLatePermission, try viewer(for: session, db))
            guard let permission = try PermissionQueries.permission(id, db) else {
                throw JournalError.notFound("разрешение \(id)")
            }
            guard permission.revokedAt == nil else { return }
            try PermissionQueries.revoke(id, by: stamp.account, at: stamp.at, db)
            try ChangeLog.record(stamp.change(
                entity: "late_permission", key: "permission=\(id)", field: "revoked", from: nil,
                to: InstantFormat.string(stamp.at), permission: id
            ), in: db)
        }
    }

    /// A teacher sees their own permissions; the deputy and the administrator see everyone's.
    public func permissions(_ session: Session) throws -> [PermissionSummary] {
        try read { db in
            let viewer = try viewer(for: session, db)
            try require(.viewPermissions, viewer)
            let permissions: [LatePermission]
            if SchoolAction.viewAllPermissions.isAllowed(for: viewer.roles) {
                permissions = try PermissionQueries.all(db)
            } else if let staff = viewer.staffID {
                permissions = try PermissionQueries.permissions(of: staff, db)
            } else {
                permissions = []
            }
            return try permissions.map { try summary($0, db) }
        }
    }

    private func summary(_ permission: LatePermission, _ db: Database) throws -> PermissionSummary {
        let names = try NameQueries.names(
            staff: permission.teacher, classID: permission.classID, subjectID: permission.subjectID, db
        )
        return PermissionSummary(
            permission: permission, teacherName: names.staff ?? "?", className: names.className,
            subjectName: names.subject, grantedBy: try PermissionQueries.grantedBy(permission.id, db) ?? "?"
        )
    }

    private func describe(_ grant: PermissionQueries.Grant) -> String {
        [
            "teacher=\(grant.teacher)", "class=\(grant.classID.map(String.init(describing:)) ?? "*")",
            "subject=\(grant.subjectID.map(String.init(describing:)) ?? "*")",
            "dates=\(grant.dates.first.iso)..\(grant.dates.last.iso)",
            "kinds=\(grant.kinds.map(\.rawValue).sorted().joined(separator: ","))",
            "expires=\(InstantFormat.string(grant.expiresAt))", "reason=\(grant.reason)",
        ].joined(separator: "; ")
    }
}
