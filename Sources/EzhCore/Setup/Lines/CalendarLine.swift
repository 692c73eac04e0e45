/// One row of a calendar file: the academic year, a period, holidays, a working Saturday or a
/// shortened day.
public struct CalendarLine: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// «Учебный год»: the year's first and last day; `name` such as «2026/2027».
        case schoolYear
        /// «Четверть», «Полугодие», «Триместр»: `number`, the span, and the grades using the scheme.
        case period(PeriodScheme)
        /// «Каникулы», «Праздник»: days off, for the grades given (all when none).
        case holiday
        /// «Рабочий день»: a normally free day that is taught, following weekday `worksAs`'s timetable.
        case workingDay(worksAs: Int)
        /// «Сокращённый день»: days that ring the bell schedule `schedule`.
        case shortenedDay(schedule: String)
    }

    public var place: SheetPlace
    public var kind: Kind
    public var start: LocalDate
    /// The last day; nil: the same as `start`.
    public var end: LocalDate?
    /// A period's number (1-4).
    public var number: Int?
    public var name: String
    /// The grade levels the row applies to; nil: every grade.
    public var grades: Set<Int>?

    public init(
        place: SheetPlace, kind: Kind, start: LocalDate, end: LocalDate? = nil, number: Int? = nil, name: String = "",
        grades: Set<Int>? = nil
    ) {
        self.place = place
        self.kind = kind
        self.start = start
        self.end = end
        self.number = number
        self.name = name
        self.grades = grades
    }

    public var span: DateSpan { DateSpan(start, end ?? start) }

    public enum Column {
        public static let kind = "Вид"
        public static let start = "Начало"
        public static let end = "Окончание"
        public static let number = "Номер"
        public static let name = "Название"
        public static let grades = "Параллели"
        public static let worksAs = "Работает как"
        public static let schedule = "Расписание звонков"
    }
}
