import EzhCore
import EzhService
import Foundation

/// What the late-entry permissions and their form need of the journal (the staff to choose from
/// come from `SchoolDirectoryBackend`, the pages from `HomeBackend`).
public protocol PermissionsBackend: AnyObject {
    func permissions(_ session: Session) throws -> [PermissionSummary]
    func grantPermission(
        _ session: Session, teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan,
        kinds: Set<EntryKind>, reason: String, expiresAt: Date
    ) throws -> PermissionID
    func revokePermission(_ session: Session, _ id: PermissionID) throws
}
