import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The deputy or the administrator grants a late-entry permission to `teacher` for entries
    /// of `kinds` about `dates` (in one class and subject, or in any when nil). The reason is
    /// required and the expiry must lie ahead.
    @discardableResult
    public func grantPermission(
        _ session: Session, teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan,
        kinds: Set<EntryKind>, reason: String, expiresAt: Date
    ) throws -> PermissionID {
        let grant = PermissionQueries.Grant(
            teacher: teacher, classID: classID, subjectID: subjectID, dates: dates, kinds: kinds, reason: reason,
            expiresAt: expiresAt
        )
        try TextLimit.reason.check(grant.reason)
        return try write(session) { db, stamp in
            try require(.grantLatePermission, try viewer(for: session, db))
            guard !grant.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw JournalError.invalidInput(field: .reason, problem: BilingualText(
                    "укажите, почему разрешается внести позже", "say why the entry may be made late"
                ))
            }
            guard !grant.kinds.isEmpty else {
                throw JournalError.invalidInput(
                    field: BilingualText("Виды записей", "Kinds of entries"),
                    problem: BilingualText("выберите хотя бы один вид", "choose at least one kind")
                )
            }
            guard grant.expiresAt > stamp.at else {
                throw JournalError.invalidInput(
                    field: BilingualText("Срок действия", "Valid until"),
                    problem: BilingualText("должен быть позже текущего времени", "must be later than now")
                )
            }
            guard try AccountQueries.staffName(grant.teacher, db) != nil else {
                throw JournalError.notFound(BilingualText("учитель \(grant.teacher)", "teacher \(grant.teacher)"))
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
                throw JournalError.notFound(BilingualText("разрешение \(id)", "permission \(id)"))
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

    private func summary(_ permission: LatePermission, _ db: StoreTransaction) throws -> PermissionSummary {
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
