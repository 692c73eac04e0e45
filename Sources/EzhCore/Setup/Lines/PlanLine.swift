/// One row of a КТП file: a topic of a class's (or subgroup's) subject with its hours.
public struct PlanLine: Sendable, Hashable {
    public var place: SheetPlace
    public var className: String
    public var subject: String
    /// «1 группа»; nil: the whole class.
    public var subgroup: String?
    /// «№»: the topic's place in the plan; nil: the file's order.
    public var position: Int?
    public var topic: String
    public var hours: Int
    /// «Дата»: the day the topic is planned for; nil: it follows the timetable's lessons.
    public var plannedDate: LocalDate?

    public init(
        place: SheetPlace, className: String, subject: String, subgroup: String? = nil, position: Int? = nil,
        topic: String, hours: Int = 1, plannedDate: LocalDate? = nil
    ) {
        self.place = place
        self.className = className
        self.subject = subject
        self.subgroup = subgroup
        self.position = position
        self.topic = topic
        self.hours = hours
        self.plannedDate = plannedDate
    }

    public enum Column {
        public static let className = "Класс"
        public static let subject = "Предмет"
        public static let subgroup = "Подгруппа"
        public static let position = "№"
        public static let topic = "Тема"
        public static let hours = "Часов"
        public static let plannedDate = "Дата"
    }
}
