import Foundation

/// What a timetable line teaches: a class, or one of its subgroups, a subject. Lessons of one key
/// make one journal page.
public struct TimetableKey: Hashable, Sendable {
    public let classID: ClassID
    public let subjectID: SubjectID
    /// The subgroup's name («1 группа»); nil for the whole class.
    public let subgroup: String?

    public init(classID: ClassID, subjectID: SubjectID, subgroup: String? = nil) {
        self.classID = classID
        self.subjectID = subjectID
        self.subgroup = subgroup
    }
}

/// The names a message shows for a timetable line or a lesson: «5А Математика, 1 группа».
public struct TeachingNames: Hashable, Sendable {
    public let className: ClassName
    public let subject: String
    public let subgroup: String?

    public init(className: ClassName, subject: String, subgroup: String? = nil) {
        self.className = className
        self.subject = subject
        self.subgroup = subgroup
    }

    /// «5А Математика» or «5А Английский язык, 1 группа»: data, the same in both languages.
    public var text: String {
        let page = "\(className) \(subject)"
        return subgroup.map { "\(page), \($0)" } ?? page
    }
}

/// Where an importer found a timetable line: the file and its row. Any other `Hashable` tag works
/// as well (the timetable editor may use its slot's id).
public struct EntrySource: Hashable, Sendable {
    public let file: String
    public let row: Int

    public init(file: String, row: Int) {
        self.file = file
        self.row = row
    }
}

/// One line of the weekly timetable: a class (or subgroup) has a subject with a teacher in a room
/// on a weekday at a lesson number, from a date through a date (as `timetable_slot.valid_from`
/// and `valid_to` store it). A change from a date ends the old lines the day before and adds the
/// new ones from that day: `TimetableChange` works out which.
public struct TimetableEntry<Source: Hashable & Sendable>: Hashable, Sendable {
    public let key: TimetableKey
    public let names: TeachingNames
    public let teacher: StaffID
    /// The teacher as messages show them: «Иванова И.И.».
    public let teacherName: String
    /// The room as the school writes it; empty when none is given.
    public let room: String
    /// ISO weekday, 1 = Monday ... 7 = Sunday.
    public let weekday: Int
    public let number: Int
    /// The line's first day; nil: the start of the year.
    public let validFrom: LocalDate?
    /// The line's last day; nil: the end of the year.
    public let validTo: LocalDate?
    public let source: Source

    public init(
        key: TimetableKey, names: TeachingNames, teacher: StaffID, teacherName: String, room: String,
        weekday: Int, number: Int, validFrom: LocalDate? = nil, validTo: LocalDate? = nil, source: Source
    ) {
        self.key = key
        self.names = names
        self.teacher = teacher
        self.teacherName = teacherName
        self.room = room
        self.weekday = weekday
        self.number = number
        self.validFrom = validFrom
        self.validTo = validTo
        self.source = source
    }

    /// «5А Математика (Иванова И.И., каб. 12)»: how a clash names the other side.
    public var label: BilingualText {
        let room = room.trimmingCharacters(in: .whitespaces)
        return BilingualText(
            "\(names.text) (\(teacherName)\(room.isEmpty ? "" : ", каб. \(room)"))",
            "\(names.text) (\(teacherName)\(room.isEmpty ? "" : ", room \(room)"))")
    }

    /// The days the line is in force.
    public var validity: TimetableValidity { TimetableValidity(from: validFrom, until: validTo) }

    /// The same line in force over other days: a line ended by a change, or carried into it.
    public func valid(from first: LocalDate?, to last: LocalDate?) -> TimetableEntry {
        TimetableEntry(
            key: key, names: names, teacher: teacher, teacherName: teacherName, room: room,
            weekday: weekday, number: number, validFrom: first, validTo: last, source: source)
    }

    /// The same lesson whatever the dates and source: what makes a re-imported line no change.
    public var lesson: TimetableLesson {
        TimetableLesson(key: key, teacher: teacher, room: room, weekday: weekday, number: number)
    }
}

/// What a timetable line asks for, without its dates, names or source.
public struct TimetableLesson: Hashable, Sendable {
    public let key: TimetableKey
    public let teacher: StaffID
    public let room: String
    public let weekday: Int
    public let number: Int
}
