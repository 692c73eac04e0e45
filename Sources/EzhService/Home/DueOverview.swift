import EzhCore
import Foundation

/// Something a teacher still has to enter, with its deadline.
public struct DueItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case attendance
        case topic
        case homework
        /// A planned work (test, dictation…) with pupils still unmarked.
        case marks
    }

    public let kind: Kind
    public let lesson: LessonSummary
    public let deadline: Date
    /// For `.marks`: "5 из 25 без отметки" and the work type.
    public let detail: String

    public init(kind: Kind, lesson: LessonSummary, deadline: Date, detail: String = "") {
        self.kind = kind
        self.lesson = lesson
        self.deadline = deadline
        self.detail = detail
    }

    public func name(in language: Language) -> String {
        switch (kind, language) {
        case (.attendance, .ru): "посещаемость"
        case (.topic, .ru): "тема урока"
        case (.homework, .ru): "домашнее задание"
        case (.marks, .ru): "отметки"
        case (.attendance, .en): "attendance"
        case (.topic, .en): "lesson topic"
        case (.homework, .en): "homework"
        case (.marks, .en): "marks"
        }
    }
}

/// The "what is due" panel: today's missing entries with the time left, planned works whose
/// one-week window closes within two days, and what is already overdue.
public struct DueOverview: Sendable {
    public let teacherName: String
    public let today: [DueItem]
    public let closingSoon: [DueItem]
    public let overdue: [DueItem]

    public init(teacherName: String, today: [DueItem], closingSoon: [DueItem], overdue: [DueItem]) {
        self.teacherName = teacherName
        self.today = today
        self.closingSoon = closingSoon
        self.overdue = overdue
    }

    public var isEmpty: Bool { today.isEmpty && closingSoon.isEmpty && overdue.isEmpty }
}

/// Time left until a deadline, as the panel says it: «осталось 2 ч 15 мин», «просрочено».
public enum TimeLeft {
    public static func text(from now: Date, to deadline: Date, language: Language) -> String {
        let seconds = Int(deadline.timeIntervalSince(now))
        guard seconds > 0 else { return language == .ru ? "просрочено" : "overdue" }
        let minutes = (seconds + 59) / 60
        let days = minutes / (24 * 60)
        let hours = (minutes % (24 * 60)) / 60
        let rest = minutes % 60
        switch language {
        case .ru:
            if days > 0 { return "осталось \(days) дн \(hours) ч" }
            return hours > 0 ? "осталось \(hours) ч \(rest) мин" : "осталось \(rest) мин"
        case .en:
            if days > 0 { return "\(days) d \(hours) h left" }
            return hours > 0 ? "\(hours) h \(rest) min left" : "\(rest) min left"
        }
    }
}
