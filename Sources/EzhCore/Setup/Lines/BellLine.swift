/// One row of a bell-schedule file: lesson `number` of `shift` on the schedule `schedule` rings
/// from `startsAt` to `endsAt`.
public struct BellLine: Sendable, Hashable {
    public var place: SheetPlace
    /// «Основное», «Сокращённое».
    public var schedule: String
    public var shift: Int
    public var number: Int
    public var startsAt: TimeOfDay
    public var endsAt: TimeOfDay
    /// Whether this row marks its schedule as the one an ordinary day rings; when no row of the
    /// file says so, the first schedule of the file is the default.
    public var isDefault: Bool

    public init(
        place: SheetPlace, schedule: String, shift: Int = 1, number: Int, startsAt: TimeOfDay, endsAt: TimeOfDay,
        isDefault: Bool = false
    ) {
        self.place = place
        self.schedule = schedule
        self.shift = shift
        self.number = number
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.isDefault = isDefault
    }

    /// The columns as a school's sheet names them (the first Russian header): what problems name.
    public enum Column {
        public static let schedule = "Расписание"
        public static let shift = "Смена"
        public static let number = "Урок"
        public static let start = "Начало"
        public static let end = "Окончание"
        public static let isDefault = "Основное"
    }
}
