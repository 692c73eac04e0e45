/// A row identifier tagged with the kind of thing it names, so a pupil's id can never be passed
/// where a lesson's is expected.
public struct EntityID<Tag>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

public enum PupilTag {}
public enum ParentTag {}
public enum StaffTag {}
public enum AccountTag {}
public enum ClassTag {}
public enum SubgroupTag {}
public enum SubjectTag {}
public enum PeriodTag {}
public enum LessonTag {}
public enum AssignmentTag {}
public enum WorkTypeTag {}
public enum YearTag {}
public enum PermissionTag {}

public typealias PupilID = EntityID<PupilTag>
public typealias ParentID = EntityID<ParentTag>
public typealias StaffID = EntityID<StaffTag>
public typealias AccountID = EntityID<AccountTag>
public typealias ClassID = EntityID<ClassTag>
public typealias SubgroupID = EntityID<SubgroupTag>
public typealias SubjectID = EntityID<SubjectTag>
public typealias PeriodID = EntityID<PeriodTag>
public typealias LessonID = EntityID<LessonTag>
public typealias AssignmentID = EntityID<AssignmentTag>
public typealias WorkTypeID = EntityID<WorkTypeTag>
public typealias YearID = EntityID<YearTag>
public typealias PermissionID = EntityID<PermissionTag>
