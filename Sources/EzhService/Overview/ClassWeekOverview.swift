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

    public init(lessonID: LessonID, lessonNumber: Int, isAhead: Bool, hasTopic: Bool, attendanceTaken: Bool, marks: Int, homework: Homework) {
        self.lessonID = lessonID
        self.lessonNumber = lessonNumber
        self.isAhead = isAhead
        self.hasTopic = hasTopic
        self.attendanceTaken = attendanceTaken
        self.marks = marks
        self.homework = homework
    }

    /// Whether everything the rules ask of a held lesson is there: topic, attendance, homework
    /// in time (marks are not due for every lesson).
    public var isComplete: Bool { isAhead || (hasTopic && attendanceTaken && homework == .onTime) }
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
