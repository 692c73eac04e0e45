/// One row of a timetable file (or one slot of an aSc Timetables export): a class or subgroup has
/// a subject with a teacher in a room on a weekday at a lesson number, from a date on.
public struct TimetableLine: Sendable, Hashable {
    public var place: SheetPlace
    public var className: String
    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int
    public var number: Int
    public var subject: String
    /// «1 группа»; nil: the whole class.
    public var subgroup: String?
    /// The teacher's login, or their full name or surname with initials when it is unique.
    public var teacher: String
    public var room: String
    /// The first day this week holds; nil: from the year's start.
    public var validFrom: LocalDate?

    public init(
        place: SheetPlace, className: String, weekday: Int, number: Int, subject: String, subgroup: String? = nil,
        teacher: String, room: String = "", validFrom: LocalDate? = nil
    ) {
        self.place = place
        self.className = className
        self.weekday = weekday
        self.number = number
        self.subject = subject
        self.subgroup = subgroup
        self.teacher = teacher
        self.room = room
        self.validFrom = validFrom
    }

    public enum Column {
        public static let className = "Класс"
        public static let weekday = "День недели"
        public static let number = "Урок"
        public static let subject = "Предмет"
        public static let subgroup = "Подгруппа"
        public static let teacher = "Учитель"
        public static let room = "Кабинет"
        public static let validFrom = "Действует с"
    }
}
