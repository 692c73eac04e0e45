import EzhCore

/// Whose week the timetable editor shows: a class's, a teacher's or a room's.
public enum TimetableView: Hashable, Sendable {
    case ofClass(ClassID)
    case ofTeacher(StaffID)
    case ofRoom(String)
}

/// One line of the timetable as the editor shows it: a class (or one subgroup) has a subject
/// with a teacher in a room on a weekday at a lesson number.
public struct TimetableGridLine: Hashable, Sendable {
    public let classID: ClassID
    public let className: ClassName
    public let subjectID: SubjectID
    public let subject: String
    public let subjectShort: String
    /// The subgroup's name («1 группа»); nil for the whole class.
    public let subgroup: String?
    public let teacherID: StaffID
    public let teacher: PersonName
    public let room: String
    /// ISO weekday, 1 = Monday.
    public let weekday: Int
    public let number: Int

    public init(
        classID: ClassID, className: ClassName, subjectID: SubjectID, subject: String, subjectShort: String,
        subgroup: String?, teacherID: StaffID, teacher: PersonName, room: String, weekday: Int, number: Int
    ) {
        self.classID = classID
        self.className = className
        self.subjectID = subjectID
        self.subject = subject
        self.subjectShort = subjectShort
        self.subgroup = subgroup
        self.teacherID = teacherID
        self.teacher = teacher
        self.room = room
        self.weekday = weekday
        self.number = number
    }

    public var key: TimetableKey { TimetableKey(classID: classID, subjectID: subjectID, subgroup: subgroup) }

    /// «5А Математика, 1 группа (Петрова О.И., каб. 21)».
    public var label: BilingualText {
        let page = TeachingNames(className: className, subject: subject, subgroup: subgroup).text
        let room = room.isEmpty ? "" : ", каб. \(room)"
        let roomEnglish = self.room.isEmpty ? "" : ", room \(self.room)"
        return BilingualText("\(page) (\(teacher.withInitials)\(room))", "\(page) (\(teacher.withInitials)\(roomEnglish))")
    }
}

/// A lesson of the shown week as the journal holds it, so the editor can show what differs
/// from the timetable that day: one-offs added or moved, timetable lessons cancelled.
public struct TimetableWeekLesson: Hashable, Sendable {
    public enum Origin: String, Hashable, Sendable {
        case timetable
        case added
        case moved
    }

    public let id: LessonID
    public let date: LocalDate
    public let number: Int
    public let subjectID: SubjectID
    public let subjectShort: String
    public let subgroup: String?
    public let room: String
    public let origin: Origin
    public let hasEntries: Bool

    public init(
        id: LessonID, date: LocalDate, number: Int, subjectID: SubjectID, subjectShort: String, subgroup: String?,
        room: String, origin: Origin, hasEntries: Bool
    ) {
        self.id = id
        self.date = date
        self.number = number
        self.subjectID = subjectID
        self.subjectShort = subjectShort
        self.subgroup = subgroup
        self.room = room
        self.origin = origin
        self.hasEntries = hasEntries
    }
}

/// A week of the timetable: the version in force on `day`, for one class, teacher or room.
public struct TimetableGridWeek: Hashable, Sendable {
    public let view: TimetableView
    /// «5А», «Петрова О.И.», «каб. 21».
    public let title: String
    /// The chosen day; the week shown is the one it falls in.
    public let day: LocalDate
    /// 5 or 6.
    public let weekDays: Int
    /// The lesson numbers to draw: the bells' and any the lines use.
    public let numbers: ClosedRange<Int>
    public let lines: [TimetableGridLine]
    /// A class's view only: the journal's lessons in the week, one-offs included.
    public let lessons: [TimetableWeekLesson]

    public init(
        view: TimetableView, title: String, day: LocalDate, weekDays: Int, numbers: ClosedRange<Int>,
        lines: [TimetableGridLine], lessons: [TimetableWeekLesson]
    ) {
        self.view = view
        self.title = title
        self.day = day
        self.weekDays = weekDays
        self.numbers = numbers
        self.lines = lines
        self.lessons = lessons
    }

    /// The Monday of the shown week.
    public var monday: LocalDate { day.adding(days: 1 - day.weekday) }

    /// The day of the shown week with ISO `weekday`.
    public func date(of weekday: Int) -> LocalDate { monday.adding(days: weekday - 1) }

    public func lines(weekday: Int, number: Int) -> [TimetableGridLine] {
        lines.filter { $0.weekday == weekday && $0.number == number }
    }

    public func lessons(weekday: Int, number: Int) -> [TimetableWeekLesson] {
        let date = date(of: weekday)
        return lessons.filter { $0.date == date && $0.number == number }
    }
}

/// A class as the editor lists it for choosing.
public struct TimetableClass: Hashable, Sendable {
    public let id: ClassID
    public let name: ClassName
    public let room: String

    public init(id: ClassID, name: ClassName, room: String) {
        self.id = id
        self.name = name
        self.room = room
    }
}

/// A subject the class is taught, with its subgroups and each page's teacher.
public struct TimetableSubjectChoice: Hashable, Sendable {
    public let id: SubjectID
    public let name: String
    public let shortName: String
    public let subgroups: [String]
    /// The page's teacher: key nil is the whole class, else the subgroup's name.
    public let teachers: [String?: StaffID]

    public init(id: SubjectID, name: String, shortName: String, subgroups: [String], teachers: [String?: StaffID]) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.subgroups = subgroups
        self.teachers = teachers
    }
}

/// What the editor offers for a class's cell.
public struct TimetableChoices: Hashable, Sendable {
    public let subjects: [TimetableSubjectChoice]
    public let staff: [TimetableTeacher]
    /// Rooms already in use, and the class's own room first.
    public let rooms: [String]
    public let classRoom: String

    public init(subjects: [TimetableSubjectChoice], staff: [TimetableTeacher], rooms: [String], classRoom: String) {
        self.subjects = subjects
        self.staff = staff
        self.rooms = rooms
        self.classRoom = classRoom
    }
}

public struct TimetableTeacher: Hashable, Sendable {
    public let id: StaffID
    public let name: PersonName

    public init(id: StaffID, name: PersonName) {
        self.id = id
        self.name = name
    }
}

/// What goes into a cell: a subject for the class or one subgroup, its teacher and room.
public struct TimetableLessonChoice: Hashable, Sendable {
    public let subjectID: SubjectID
    public let subgroup: String?
    public let teacherID: StaffID
    public let room: String

    public init(subjectID: SubjectID, subgroup: String?, teacherID: StaffID, room: String) {
        self.subjectID = subjectID
        self.subgroup = subgroup
        self.teacherID = teacherID
        self.room = room
    }
}

/// A change to one cell of a class's week.
public enum TimetableEdit: Hashable, Sendable {
    /// Puts a lesson in the cell, in place of the line `replacing` names (nil: beside what is there).
    case put(TimetableLessonChoice, replacing: TimetableKey?)
    /// Takes the line of this page out of the cell.
    case remove(TimetableKey)
}

/// What a timetable change did: from when, and what happened to the lessons of the year.
public struct TimetableChangeOutcome: Hashable, Sendable {
    public let from: LocalDate
    public let changed: Bool
    public let lessons: LessonChangeCounts

    public init(from: LocalDate, changed: Bool, lessons: LessonChangeCounts) {
        self.from = from
        self.changed = changed
        self.lessons = lessons
    }
}

/// Lessons made, changed and removed by a regeneration.
public struct LessonChangeCounts: Hashable, Sendable {
    public let added: Int
    public let updated: Int
    public let removed: Int

    public init(added: Int, updated: Int, removed: Int) {
        self.added = added
        self.updated = updated
        self.removed = removed
    }

    public static let none = LessonChangeCounts(added: 0, updated: 0, removed: 0)
}
