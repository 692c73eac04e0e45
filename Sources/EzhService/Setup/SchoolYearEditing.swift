import EzhCore

/// A class as the deputy's class list shows it.
public struct SchoolClassSummary: Hashable, Sendable {
    public let id: ClassID
    public let name: ClassName
    public let classTeacherID: StaffID?
    public let classTeacher: PersonName?
    public let room: String
    public let shift: Int

    public init(id: ClassID, name: ClassName, classTeacherID: StaffID?, classTeacher: PersonName?, room: String, shift: Int) {
        self.id = id
        self.name = name
        self.classTeacherID = classTeacherID
        self.classTeacher = classTeacher
        self.room = room
        self.shift = shift
    }
}

/// One change to a class.
public enum ClassChange: Hashable, Sendable {
    case classTeacher(StaffID?)
    case room(String)
    /// A new shift: the class's lessons from today get that shift's bell times.
    case shift(Int)
}

/// A subject with its short name, as timetables show it.
public struct SubjectSummary: Hashable, Sendable {
    public let id: SubjectID
    public let name: String
    public let shortName: String

    public init(id: SubjectID, name: String, shortName: String) {
        self.id = id
        self.name = name
        self.shortName = shortName
    }
}

/// One line of a class's curriculum: a subject's hours a week (and a year), and whether the
/// class splits into subgroups for it.
public struct ClassCurriculumLine: Hashable, Sendable {
    public let subjectID: SubjectID
    public let subject: String
    public let hoursPerWeek: Double?
    public let hoursPerYear: Int
    public let split: Bool

    public init(subjectID: SubjectID, subject: String, hoursPerWeek: Double?, hoursPerYear: Int, split: Bool) {
        self.subjectID = subjectID
        self.subject = subject
        self.hoursPerWeek = hoursPerWeek
        self.hoursPerYear = hoursPerYear
        self.split = split
    }
}

/// A holiday (каникулы) or a single day off of the year.
public struct HolidaySummary: Hashable, Sendable {
    public let id: Int64
    public let span: DateSpan
    public let name: String

    public init(id: Int64, span: DateSpan, name: String) {
        self.id = id
        self.span = span
        self.name = name
    }
}

/// One lesson of a bell schedule.
public struct BellSummary: Hashable, Sendable {
    public let schedule: String
    public let isDefault: Bool
    public let shift: Int
    public let number: Int
    public let times: LessonTimes

    public init(schedule: String, isDefault: Bool, shift: Int, number: Int, times: LessonTimes) {
        self.schedule = schedule
        self.isDefault = isDefault
        self.shift = shift
        self.number = number
        self.times = times
    }
}

/// A class's pupils and their subgroup of one split subject in a period.
public struct SubgroupRoster: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public let pupil: PupilID
        public let name: PersonName
        /// nil: in no group yet.
        public let group: String?

        public init(pupil: PupilID, name: PersonName, group: String?) {
            self.pupil = pupil
            self.name = name
            self.group = group
        }
    }

    public let period: Period
    public let groups: [String]
    public let members: [Member]

    public init(period: Period, groups: [String], members: [Member]) {
        self.period = period
        self.groups = groups
        self.members = members
    }
}
