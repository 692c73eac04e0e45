import EzhCore

/// An aSc Timetables XML export reduced to what ezh's timetable needs, in neutral values: names
/// rather than aSc's ids (which change with every export), weekdays 1 (Monday) to 7 and lesson
/// numbers as the bells count them. What could not be mapped is listed in `problems`, each at
/// its element's line in the file.
public struct AscTimetable: Sendable, Equatable {
    public var fileName: String
    public var periods: [AscPeriod]
    public var classes: [AscItem]
    public var subjects: [AscItem]
    public var teachers: [AscTeacher]
    public var rooms: [AscItem]
    /// One entry per class-week slot: a card of two periods gives two entries.
    public var entries: [AscTimetableEntry]
    public var problems: [ImportProblem]

    public init(
        fileName: String, periods: [AscPeriod], classes: [AscItem], subjects: [AscItem], teachers: [AscTeacher],
        rooms: [AscItem], entries: [AscTimetableEntry], problems: [ImportProblem]
    ) {
        self.fileName = fileName
        self.periods = periods
        self.classes = classes
        self.subjects = subjects
        self.teachers = teachers
        self.rooms = rooms
        self.entries = entries
        self.problems = problems
    }
}

/// A lesson slot of the bell schedule: `<period period="1" starttime="8:30" endtime="9:15"/>`.
public struct AscPeriod: Sendable, Equatable {
    public var number: Int
    public var name: String
    /// As aSc writes it, "8:30".
    public var start: String
    public var end: String
    public var line: Int

    public init(number: Int, name: String, start: String, end: String, line: Int) {
        self.number = number
        self.name = name
        self.start = start
        self.end = end
        self.line = line
    }
}

/// A class, subject or room: its aSc id, full and short names, and line in the file.
public struct AscItem: Sendable, Equatable {
    public var id: String
    public var name: String
    public var short: String
    public var line: Int

    public init(id: String, name: String, short: String, line: Int) {
        self.id = id
        self.name = name
        self.short = short
        self.line = line
    }

    /// The full name, or the short one when aSc has no full name.
    public var displayName: String { name.isEmpty ? short : name }
}

/// A teacher as aSc keeps them: `name` is usually "Фамилия Имя Отчество" or "Фамилия И.О.",
/// `short` a code; first and last names are separate in newer exports.
public struct AscTeacher: Sendable, Equatable {
    public var id: String
    public var name: String
    public var short: String
    public var firstName: String
    public var lastName: String
    public var line: Int

    public init(id: String, name: String, short: String, firstName: String, lastName: String, line: Int) {
        self.id = id
        self.name = name
        self.short = short
        self.firstName = firstName
        self.lastName = lastName
        self.line = line
    }

    public var displayName: String {
        if !name.isEmpty { return name }
        let joined = [lastName, firstName].filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? short : joined
    }
}

/// A subgroup of one class that a lesson is taught to («1 группа», «Девочки»).
public struct AscClassGroup: Sendable, Equatable {
    public var className: String
    public var groupName: String

    public init(className: String, groupName: String) {
        self.className = className
        self.groupName = groupName
    }
}

/// One timetable slot: who teaches what to which classes (or subgroups), where and when.
public struct AscTimetableEntry: Sendable, Equatable {
    public var classNames: [String]
    /// The subgroups taught, one per class at most; empty when whole classes are taught.
    public var groups: [AscClassGroup]
    public var subjectName: String
    public var teacherNames: [String]
    public var roomNames: [String]
    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int
    /// The lesson's number as the bells count it (aSc's `period`).
    public var lessonNumber: Int
    /// aSc's week pattern: "1" or "11" every week, "10" or "01" alternate weeks.
    public var weeks: String
    /// The aSc lesson the card belongs to, and the card's line: where a message points.
    public var lessonID: String
    public var line: Int

    public init(
        classNames: [String], groups: [AscClassGroup], subjectName: String, teacherNames: [String], roomNames: [String],
        weekday: Int, lessonNumber: Int, weeks: String, lessonID: String, line: Int
    ) {
        self.classNames = classNames
        self.groups = groups
        self.subjectName = subjectName
        self.teacherNames = teacherNames
        self.roomNames = roomNames
        self.weekday = weekday
        self.lessonNumber = lessonNumber
        self.weeks = weeks
        self.lessonID = lessonID
        self.line = line
    }

    /// The subgroup's name when one subgroup (or same-named subgroups of several classes) is taught.
    public var groupName: String? { groups.first?.groupName }

    /// Whether the slot is taught every week rather than in alternate weeks.
    public var everyWeek: Bool { !weeks.contains("0") }
}
