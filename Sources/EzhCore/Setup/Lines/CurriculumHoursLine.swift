/// One row of a curriculum file (учебный план): a class learns a subject so many hours a week,
/// maybe split into subgroups. (`CurriculumLine` is the checked form the timetable is compared with.)
public struct CurriculumHoursLine: Sendable, Hashable {
    public var place: SheetPlace
    /// «5А», as the school writes it.
    public var className: String
    public var subject: String
    /// Hours a week: 0.5 for a subject taught every other week.
    public var hoursPerWeek: Double
    /// «Деление на группы»: the class learns the subject in two subgroups.
    public var split: Bool
    /// Hours a year; nil: hours a week times the year's weeks (33 in grade 1, 34 otherwise).
    public var hoursPerYear: Int?
    /// A short name for a subject the file creates («Мат»); nil: made from the name.
    public var subjectShortName: String?

    public init(
        place: SheetPlace, className: String, subject: String, hoursPerWeek: Double, split: Bool = false,
        hoursPerYear: Int? = nil, subjectShortName: String? = nil
    ) {
        self.place = place
        self.className = className
        self.subject = subject
        self.hoursPerWeek = hoursPerWeek
        self.split = split
        self.hoursPerYear = hoursPerYear
        self.subjectShortName = subjectShortName
    }

    public enum Column {
        public static let className = "Класс"
        public static let subject = "Предмет"
        public static let hoursPerWeek = "Часов в неделю"
        public static let split = "Деление на группы"
        public static let hoursPerYear = "Часов в год"
        public static let shortName = "Краткое название"
    }
}
