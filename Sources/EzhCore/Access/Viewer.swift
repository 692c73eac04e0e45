/// Who is looking, as far as journal access is concerned: roles, the staff member behind the
/// account, the classes they lead and the pages they teach.
public struct Viewer: Sendable {
    public let roles: Set<Role>
    public let staffID: StaffID?
    public let ledClasses: Set<ClassID>
    public let taughtPages: Set<JournalPage>
    /// Pages of lessons the person gives as a substitute: they open them to enter those lessons.
    public let substitutedPages: Set<JournalPage>

    public init(
        roles: Set<Role>, staffID: StaffID?, ledClasses: Set<ClassID>, taughtPages: Set<JournalPage>,
        substitutedPages: Set<JournalPage> = []
    ) {
        self.roles = roles
        self.staffID = staffID
        self.ledClasses = ledClasses
        self.taughtPages = taughtPages
        self.substitutedPages = substitutedPages
    }

    /// The school's administration reads every page of the journal.
    public var readsWholeSchool: Bool {
        SchoolAction.readWholeSchool.isAllowed(for: roles)
    }
}

/// Who may open and who may write a journal page. Parents and pupils never open a page: they
/// read their own diary.
public enum JournalAccess {
    public static func canOpen(_ page: JournalPage, viewer: Viewer) -> Bool {
        viewer.readsWholeSchool
            || viewer.taughtPages.contains(page)
            || viewer.substitutedPages.contains(page)
            || (SchoolAction.readOwnClass.isAllowed(for: viewer.roles) && viewer.ledClasses.contains(page.classID))
    }

    /// A lesson is written by the teacher who gives it: the scheduled one, or the substitute.
    public static func canEnter(lessonTaughtBy teachers: Set<StaffID>, viewer: Viewer) -> Bool {
        guard let staff = viewer.staffID, SchoolAction.enterOwnLessons.isAllowed(for: viewer.roles)
        else { return false }
        return teachers.contains(staff)
    }
}
