import EzhCore
import Foundation

/// One row of «Отчёт о доступе к классному журналу»: class, subject, date and time of the
/// action, user, lesson date, period, action; late entries marked. A row read from the journal is
/// put in words when it is looked at (`words`): a quarter of a class is thousands of rows, of
/// which a screen shows a few dozen.
public struct AccessReportRow: Sendable, Hashable {
    private let source: Source

    private enum Source: Sendable {
        case worded(Words)
        case stored(AccessReportBatch, row: Int)
    }

    /// Everything the row says, in words.
    public struct Words: Sendable, Hashable {
        public let at: String
        public let user: String
        public let className: String
        public let subject: String
        /// «2 четверть»: the period of the lesson day or of the page.
        public let period: String
        public let lessonDate: String
        public let action: String
        public let object: String
        public let permission: PermissionID?
    }

    init(at: String, user: String, className: String, subject: String, period: String, lessonDate: String, action: String,
         object: String, isLate: Bool, permission: PermissionID?) {
        source = .worded(Words(at: at, user: user, className: className, subject: subject, period: period,
                               lessonDate: lessonDate, action: action, object: object, permission: isLate ? permission : nil))
    }

    init(_ batch: AccessReportBatch, row: Int) {
        source = .stored(batch, row: row)
    }

    /// The row in words, made anew on each call for a row read from the journal: read it once
    /// per use.
    public var words: Words {
        switch source {
        case .worded(let words): words
        case .stored(let batch, let row): batch.words(row)
        }
    }

    public var at: String { words.at }
    public var user: String { words.user }
    public var className: String { words.className }
    public var subject: String { words.subject }
    public var period: String { words.period }
    public var lessonDate: String { words.lessonDate }
    public var action: String { words.action }
    public var object: String { words.object }
    public var permission: PermissionID? {
        switch source {
        case .worded(let words): words.permission
        case .stored(let batch, let row): batch.permission(row)
        }
    }

    public var isLate: Bool { permission != nil }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.words == rhs.words }
    public func hash(into hasher: inout Hasher) { hasher.combine(words) }
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
    /// How the substitution came about (a teacher's declaration waiting for the deputy, a
    /// rejected one); nil: none, or recorded by the deputy.
    public var status: SubstitutionStatus? = nil
}
