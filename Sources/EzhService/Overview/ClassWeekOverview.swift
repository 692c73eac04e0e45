import EzhCore
import Foundation

/// One lesson in the class teacher's overview of filling: what its teacher has entered.
public struct LessonFill: Sendable, Hashable {
    public enum Homework: Sendable, Hashable {
        case missing
        /// Written within rule 2's window (or ahead of it).
        case onTime
        /// Written after the window closed.
        case late
    }

    public let lessonID: LessonID
    public let lessonNumber: Int
    /// The lesson has not started yet: nothing is expected of it.
    public let isAhead: Bool
    public let hasTopic: Bool
    public let attendanceTaken: Bool
    public let marks: Int
    public let homework: Homework
    /// Something is missing past its deadline (rule 1 for topic and attendance, rule 2 for
    /// homework), or the homework came late: the teacher is behind. A topic still missing
    /// before 21:00 on the lesson's day is not.
    public let isOverdue: Bool

    public init(
        lessonID: LessonID, lessonNumber: Int, isAhead: Bool, hasTopic: Bool, attendanceTaken: Bool, marks: Int, homework: Homework,
        isOverdue: Bool
    ) {
        self.lessonID = lessonID
        self.lessonNumber = lessonNumber
        self.isAhead = isAhead
        self.hasTopic = hasTopic
        self.attendanceTaken = attendanceTaken
        self.marks = marks
        self.homework = homework
        self.isOverdue = isOverdue
    }
}

/// One subject (or a subgroup's page) of the class: its teacher and its lessons day by day.
public struct ClassWeekRow: Sendable, Hashable {
    public let title: String
    public let teacherName: String
    public let days: [LocalDate: [LessonFill]]

    public init(title: String, teacherName: String, days: [LocalDate: [LessonFill]]) {
        self.title = title
        self.teacherName = teacherName
        self.days = days
    }
}

/// The class teacher's overview of filling (section 4.2 of the instruction): the class's
/// subjects × the days of a week.
public struct ClassWeekOverview: Sendable, Hashable {
    public let className: ClassName
    public let days: [LocalDate]
    public let rows: [ClassWeekRow]

    public init(className: ClassName, days: [LocalDate], rows: [ClassWeekRow]) {
        self.className = className
        self.days = days
        self.rows = rows
    }
}
