import EzhCore

/// A pupil whose diary the session may read: a parent's child, or the pupil themself.
public struct DiaryPupil: Sendable, Hashable {
    public let id: PupilID
    public let name: PersonName
    public let className: ClassName

    public init(id: PupilID, name: PersonName, className: ClassName) {
        self.id = id
        self.name = name
        self.className = className
    }
}

/// The electronic diary (электронный дневник): one pupil's marks by subject with weights and
/// both averages, attendance, the week's homework and the period's finals. Read-only.
public struct Diary: Sendable {
    public struct SubjectLine: Sendable, Hashable {
        public let subject: String
        public let marks: [(date: LocalDate, value: MarkValue, workType: WorkType)]
        public let averages: MarkAverages
        public let final: String?

        public static func == (lhs: SubjectLine, rhs: SubjectLine) -> Bool {
            lhs.subject == rhs.subject && lhs.final == rhs.final && lhs.averages == rhs.averages
                && lhs.marks.map(\.value) == rhs.marks.map(\.value)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(subject) }
    }

    public struct DayLesson: Sendable, Hashable {
        public let date: LocalDate
        public let lessonNumber: Int
        public let subject: String
        public let topic: String
        public let homework: String
        public let attendance: AttendanceCode?
    }

    public let pupil: DiaryPupil
    public let period: Period
    public let subjects: [SubjectLine]
    public let week: DateSpan
    public let weekLessons: [DayLesson]
    public let absences: [(date: LocalDate, lessonNumber: Int, subject: String, code: AttendanceCode)]
}
