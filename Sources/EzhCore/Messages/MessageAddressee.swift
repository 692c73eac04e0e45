/// Whom a new thread is written to.
public enum MessageAddressee: Sendable, Hashable {
    /// One parent of a pupil.
    case parent(ParentID, pupil: PupilID)
    /// Every parent of a pupil who has an account (both parents).
    case family(PupilID)
    /// Every family of a class: one thread per pupil, so no parent sees another family.
    case classFamilies(ClassID)
    /// The school's deputies (заместители директора по УВР): a thread among staff.
    case deputy
    /// From a parent or a pupil: a member of staff of the child's class, about that child.
    case staff(StaffID, pupil: PupilID)
}

/// Who may write to whose families: the rule the service applies before any thread is made.
public enum MessageAccess {
    /// A member of staff writes to the families of the classes they lead or teach; the deputy
    /// and the director to any class's.
    public static func writesToFamilies(of classID: ClassID, viewer: Viewer) -> Bool {
        guard viewer.staffID != nil else { return false }
        if viewer.roles.contains(.deputy) || viewer.roles.contains(.director) { return true }
        if viewer.roles.contains(.classTeacher), viewer.ledClasses.contains(classID) { return true }
        return viewer.roles.contains(.teacher) && viewer.taughtPages.contains { $0.classID == classID }
    }

    /// Any member of staff but the deputy writes to the deputy.
    public static func writesToDeputy(viewer: Viewer) -> Bool {
        viewer.staffID != nil && !viewer.roles.contains(.deputy)
    }
}
