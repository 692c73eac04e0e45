import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// Late-entry permissions: listed, granted and revoked, each recorded in `writes`.
extension FakeJournal: PermissionsBackend {
    func permissions(_ session: Session) throws -> [PermissionSummary] { state.permissions }

    func grantPermission(
        _ session: Session, teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan,
        kinds: Set<EntryKind>, reason: String, expiresAt: Date
    ) throws -> PermissionID {
        try refuseIfAsked()
        let id = PermissionID(Int64(state.permissions.count + 7))
        writes.append("grant \(id) teacher \(teacher) class \(classID.map(String.init(describing:)) ?? "*") "
            + "subject \(subjectID.map(String.init(describing:)) ?? "*") \(dates.first.russian)–\(dates.last.russian) "
            + "\(kinds.map(\.rawValue).sorted().joined(separator: ",")) «\(reason)» until \(Self.zone.russianDateTime(expiresAt))")
        let permission = LatePermission(id: id, teacher: teacher, classID: classID, subjectID: subjectID, dates: dates,
                                        kinds: kinds, reason: reason, expiresAt: expiresAt)
        state.permissions.append(PermissionSummary(permission: permission, teacherName: "Петрова А.С.", className: "5А",
                                                   subjectName: "Математика", grantedBy: "Завучева О.И."))
        return id
    }

    func revokePermission(_ session: Session, _ id: PermissionID) throws {
        try refuseIfAsked()
        writes.append("revoke \(id)")
    }
}
