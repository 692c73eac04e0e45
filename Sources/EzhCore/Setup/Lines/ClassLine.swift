/// One class of the current academic year: the natural key is its name («5А»).
public struct ClassLine: Sendable, Hashable {
    public var place: SheetPlace
    public var name: ClassName
    /// The class teacher as the file names them: a login, «Иванова Анна Петровна» or «Иванова А.П.».
    public var classTeacher: String?
    public var room: String
    /// 1-3; nil keeps the stored shift (1 for a new class).
    public var shift: Int?
    /// nil keeps the stored scheme (a new class takes its grade's scheme).
    public var periodScheme: PeriodScheme?

    public init(
        place: SheetPlace, name: ClassName, classTeacher: String? = nil, room: String = "", shift: Int? = nil,
        periodScheme: PeriodScheme? = nil
    ) {
        self.place = place
        self.name = name
        self.classTeacher = classTeacher
        self.room = room
        self.shift = shift
        self.periodScheme = periodScheme
    }
}
