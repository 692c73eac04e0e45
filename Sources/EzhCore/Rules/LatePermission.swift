import Foundation

/// A permission to enter late (разрешение на внесение с опозданием), granted by the deputy or
/// the administrator: for one teacher, a class and subject (or all), a range of lesson dates and
/// some kinds of entry, with a reason and an expiry.
public struct LatePermission: Hashable, Sendable, Identifiable {
    public let id: PermissionID
    public let teacher: StaffID
    /// nil: every class.
    public let classID: ClassID?
    /// nil: every subject.
    public let subjectID: SubjectID?
    public let dates: DateSpan
    public let kinds: Set<EntryKind>
    public let reason: String
    public let expiresAt: Date
    public let revokedAt: Date?

    public init(
        id: PermissionID, teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan,
        kinds: Set<EntryKind>, reason: String, expiresAt: Date, revokedAt: Date? = nil
    ) {
        self.id = id
        self.teacher = teacher
        self.classID = classID
        self.subjectID = subjectID
        self.dates = dates
        self.kinds = kinds
        self.reason = reason
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    public func isValid(at now: Date) -> Bool {
        now < expiresAt && (revokedAt.map { now < $0 } ?? true)
    }

    public func covers(_ entry: EntryContext) -> Bool {
        guard let teacher = entry.teacher, teacher == self.teacher, isValid(at: entry.now),
              kinds.contains(entry.kind), dates.contains(entry.workDate)
        else { return false }
        return (classID.map { $0 == entry.classID } ?? true) && (subjectID.map { $0 == entry.subjectID } ?? true)
    }
}
