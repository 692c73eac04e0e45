import EzhCore

/// One absence (or lateness) of a pupil at a lesson, as the weekly review lists it.
public struct AbsenceEntry: Sendable, Hashable {
    public let lessonID: LessonID
    public let date: LocalDate
    public let lessonNumber: Int
    public let subjectName: String
    public let pupil: GridPupil
    public let code: AttendanceCode
    public let note: String

    public init(
        lessonID: LessonID, date: LocalDate, lessonNumber: Int, subjectName: String, pupil: GridPupil,
        code: AttendanceCode, note: String
    ) {
        self.lessonID = lessonID
        self.date = date
        self.lessonNumber = lessonNumber
        self.subjectName = subjectName
        self.pupil = pupil
        self.code = code
        self.note = note
    }
}

/// The class teacher's weekly absence review: every absence of the class in a week, pupil by
/// pupil, and how many still stand as Н (reason unknown).
public struct AbsenceReview: Sendable {
    public let className: ClassName
    public let week: DateSpan
    public let entries: [AbsenceEntry]

    public init(className: ClassName, week: DateSpan, entries: [AbsenceEntry]) {
        self.className = className
        self.week = week
        self.entries = entries
    }

    public var uncorrectedCount: Int { entries.filter { $0.code == .absent }.count }
}
