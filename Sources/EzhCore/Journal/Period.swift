/// How a grade level splits the academic year.
public enum PeriodScheme: String, CaseIterable, Sendable {
    case quarters = "quarter"
    case halfYears = "half"
    case trimesters = "trimester"

    public var count: Int {
        switch self {
        case .quarters: 4
        case .halfYears: 2
        case .trimesters: 3
        }
    }
}

/// One учебный период: «2 четверть», «1 полугодие».
public struct Period: Hashable, Sendable, Identifiable {
    public let id: PeriodID
    public let scheme: PeriodScheme
    public let number: Int
    public let span: DateSpan
    public let isClosed: Bool

    public init(id: PeriodID, scheme: PeriodScheme, number: Int, span: DateSpan, isClosed: Bool = false) {
        self.id = id
        self.scheme = scheme
        self.number = number
        self.span = span
        self.isClosed = isClosed
    }

    public func name(in language: Language) -> String {
        switch (scheme, language) {
        case (.quarters, .ru): "\(number) четверть"
        case (.halfYears, .ru): "\(number) полугодие"
        case (.trimesters, .ru): "\(number) триместр"
        case (.quarters, .en): "Quarter \(number)"
        case (.halfYears, .en): "Half-year \(number)"
        case (.trimesters, .en): "Trimester \(number)"
        }
    }

    /// The period that holds `day`, or else the last one that ended before it (during holidays
    /// the journal opens on the period just finished), or else the first.
    public static func current(among periods: [Period], on day: LocalDate) -> Period? {
        let sorted = periods.sorted { $0.span.first < $1.span.first }
        if let holding = sorted.first(where: { $0.span.contains(day) }) { return holding }
        return sorted.last(where: { $0.span.last < day }) ?? sorted.first
    }
}
