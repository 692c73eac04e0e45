/// The roles of the journal (DOMAIN.md). One person may hold several.
public enum Role: String, CaseIterable, Hashable, Sendable, Comparable {
    case administrator
    case director
    case deputy
    case teacher
    case classTeacher = "class_teacher"
    case parent
    case pupil

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var isStaff: Bool { self != .parent && self != .pupil }
}

extension Role {
    /// Every role a school's staff member may hold.
    public static let staff: Set<Role> = Set(allCases.filter(\.isStaff))
}
