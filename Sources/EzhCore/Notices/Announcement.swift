/// Who an announcement is for: roles (none listed: every role), and grades or classes (none
/// listed: the whole school). A parent belongs to their children's classes, a pupil to their
/// own, a teacher to the classes they teach or lead; the school's administration, who have no
/// class, see a class's announcement when their role is among those listed (or none is).
public struct AnnouncementAudience: Hashable, Sendable {
    public let roles: Set<Role>
    public let grades: Set<Int>
    public let classes: Set<ClassID>

    public init(roles: Set<Role> = [], grades: Set<Int> = [], classes: Set<ClassID> = []) {
        self.roles = roles
        self.grades = grades
        self.classes = classes
    }

    public var isWholeSchool: Bool { grades.isEmpty && classes.isEmpty }

    /// Whether someone with these roles, belonging to these classes, is in the audience.
    public func includes(roles personRoles: Set<Role>, classes personClasses: [(id: ClassID, grade: Int)]) -> Bool {
        guard roles.isEmpty || !roles.isDisjoint(with: personRoles) else { return false }
        if isWholeSchool { return true }
        if personClasses.contains(where: { classes.contains($0.id) || grades.contains($0.grade) }) { return true }
        return SchoolAction.readWholeSchool.isAllowed(for: personRoles)
    }
}

/// An announcement of the deputy or the administrator: shown on its audience's home screens and
/// in their diary from when it is posted through its last day.
public struct Announcement: Hashable, Sendable, Identifiable {
    public let id: Int64
    public let title: String
    public let body: String
    public let audience: AnnouncementAudience
    public let author: PersonName
    public let postedOn: LocalDate
    public let lastDay: LocalDate

    public init(id: Int64, title: String, body: String, audience: AnnouncementAudience, author: PersonName, postedOn: LocalDate, lastDay: LocalDate) {
        self.id = id
        self.title = title
        self.body = body
        self.audience = audience
        self.author = author
        self.postedOn = postedOn
        self.lastDay = lastDay
    }

    public func isShown(on day: LocalDate) -> Bool { postedOn <= day && day <= lastDay }
}

/// One of the class's events of the month the class teacher keeps (instruction 4.2): a trip,
/// a parents' meeting, a class hour.
public struct ClassEvent: Hashable, Sendable, Identifiable {
    public let id: Int64
    public let classID: ClassID
    public let className: ClassName
    public let date: LocalDate
    /// «15:00», or empty for an event of the whole day.
    public let time: String
    public let title: String
    public let place: String

    public init(id: Int64, classID: ClassID, className: ClassName, date: LocalDate, time: String, title: String, place: String) {
        self.id = id
        self.classID = classID
        self.className = className
        self.date = date
        self.time = time
        self.title = title
        self.place = place
    }
}
