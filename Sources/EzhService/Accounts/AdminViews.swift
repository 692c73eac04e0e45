import EzhCore
import Foundation

/// One row of «Отчёт о доступе к классному журналу»: class, subject, date and time of the
/// action, user, lesson date, period, action; late entries marked.
public struct AccessReportRow: Sendable, Hashable {
    public let at: String
    public let user: String
    public let className: String
    public let subject: String
    /// «2 четверть»: the period of the lesson day or of the page.
    public let period: String
    public let lessonDate: String
    public let action: String
    public let object: String
    public let isLate: Bool
    public let permission: PermissionID?
}

/// Usage of the journal: sign-ins per role per week, and the share of parents and pupils who
/// used it in a span (instruction §3.5).
public struct UsageStatistics: Sendable {
    public let weeks: [(monday: LocalDate, signInsByRole: [String: Int])]
    public let parents: Int
    public let parentsActive: Int
    public let pupils: Int
    public let pupilsActive: Int

    public var parentShare: Double { parents == 0 ? 0 : Double(parentsActive) / Double(parents) }
    public var pupilShare: Double { pupils == 0 ? 0 : Double(pupilsActive) / Double(pupils) }
}

/// A lesson of the school's day as the deputy's substitution screen shows it.
public struct SchoolLesson: Sendable, Hashable {
    public let summary: LessonSummary
    public let scheduledTeacher: String
    public let substitute: String?
    /// Who the screen shows giving the lesson instead (nil: as scheduled): a substitution
    /// recorded from this screen replaces only that.
    public let substituteID: StaffID?
}
