/// Where a row of the journal sits: its class, subject and lesson day, as far as known.
public struct JournalPlace: Sendable, Hashable {
    public let classID: ClassID?
    public let subjectID: SubjectID?
    public let date: LocalDate?

    public init(classID: ClassID?, subjectID: SubjectID?, date: LocalDate?) {
        self.classID = classID
        self.subjectID = subjectID
        self.date = date
    }
}

/// Names for the ids access-log entries hold, which the store fetches a batch at a time: what a
/// person reads instead of «assignment=8464;pupil=268».
public struct AccessLogNames: Sendable {
    /// «Иванов И.» by pupil id.
    public var pupils: [Int64: String] = [:]
    /// Logins by account id.
    public var logins: [Int64: String] = [:]
    public var classes: [ClassID: String] = [:]
    public var subjects: [SubjectID: String] = [:]
    public var periods: [PeriodID: Period] = [:]
    /// The periods a class's year is split into, for the period of a lesson day.
    public var classPeriods: [ClassID: [PeriodID]] = [:]
    public var lessons: [Int64: JournalPlace] = [:]
    public var assignments: [Int64: JournalPlace] = [:]
    public var teachings: [Int64: JournalPlace] = [:]

    public init() {}

    /// The period of a class that holds `day`.
    public func period(ofClass classID: ClassID, on day: LocalDate) -> Period? {
        (classPeriods[classID] ?? []).lazy.compactMap { self.periods[$0] }.first { $0.span.contains(day) }
    }
}

/// One access-log entry as people read it: the stored row (with its hash, for the detail view)
/// and, in words, what it was about, its class, subject and period.
public struct AccessLogEntry: Sendable, Hashable {
    public let row: AccessLogRow
    /// «оценка: Иванов И., 5А Математика, 27.11» where the row stores ids.
    public let object: String
    public let className: String?
    public let subject: String?
    /// «2 четверть».
    public let period: String?

    public init(row: AccessLogRow, object: String, className: String?, subject: String?, period: String?) {
        self.row = row
        self.object = object
        self.className = className
        self.subject = subject
        self.period = period
    }
}
