import Foundation

/// Which final a cell holds: a period's (четверть, полугодие, триместр), the year's, the exam's
/// or the final (итоговая) mark.
public enum FinalKind: Hashable, Sendable {
    case period(PeriodID)
    case year
    case exam
    case final

    /// The stored kind ("period", "year", "exam", "final").
    public var storedKind: String {
        switch self {
        case .period: "period"
        case .year: "year"
        case .exam: "exam"
        case .final: "final"
        }
    }

    public var periodID: PeriodID? {
        if case .period(let id) = self { return id }
        return nil
    }

    /// The finals a grade has after its periods: every grade with marks the year; grades 9 and 11
    /// (the state exams, ОГЭ and ЕГЭ) also the exam and the final mark of the certificate.
    public static func yearEnd(forGrade grade: Int) -> [FinalKind] {
        guard grade >= 2 else { return [] }
        return grade == 9 || grade == 11 ? [.year, .exam, .final] : [.year]
    }
}

/// One finals column of a page: its kind, the period it belongs to (for the year, exam and
/// final: the year's last period, whose order date and closing they follow), and what the
/// signed-in user may do in it.
public struct FinalColumn: Hashable, Sendable {
    public let kind: FinalKind
    public let period: Period
    /// The date of the school's order by which the finals are due (rule 4); nil: not set yet.
    public let dueOn: LocalDate?
    /// When the period was closed for this class (rule 5); nil: open.
    public let closedOn: LocalDate?
    /// Whether the signed-in user gives these finals (the page's teacher, the period open).
    public let isEditable: Bool
    /// Whether the signed-in user may record a correction once it is closed (the deputy).
    public let canCorrect: Bool

    public init(
        kind: FinalKind, period: Period, dueOn: LocalDate?, closedOn: LocalDate?, isEditable: Bool, canCorrect: Bool
    ) {
        self.kind = kind
        self.period = period
        self.dueOn = dueOn
        self.closedOn = closedOn
        self.isEditable = isEditable
        self.canCorrect = canCorrect
    }

    public var isClosed: Bool { closedOn != nil }

    /// «1 четв.», «Год», «Экз.», «Итог» (a header five columns wide).
    public func shortTitle(in language: Language) -> String {
        switch (kind, language) {
        case (.period, .ru): "\(period.number) " + (period.scheme == .quarters ? "чт" : period.scheme == .halfYears ? "пг" : "тр")
        case (.period, .en): (period.scheme == .quarters ? "Q" : period.scheme == .halfYears ? "H" : "T") + "\(period.number)"
        case (.year, .ru): "Год"
        case (.year, .en): "Year"
        case (.exam, .ru): "Экз"
        case (.exam, .en): "Exam"
        case (.final, .ru): "Итог"
        case (.final, .en): "Final"
        }
    }

    /// «1 четверть», «годовая», «экзаменационная», «итоговая».
    public func title(in language: Language) -> String {
        switch (kind, language) {
        case (.period, _): period.name(in: language)
        case (.year, .ru): "годовая"
        case (.year, .en): "year"
        case (.exam, .ru): "экзаменационная"
        case (.exam, .en): "exam"
        case (.final, .ru): "итоговая"
        case (.final, .en): "final"
        }
    }
}

/// A page's finals: the columns, each pupil's value and the suggestion for it, and the school's
/// thresholds (so a screen suggests the grid's own period from the marks it shows).
public struct FinalsSheet: Sendable {
    public struct Cell: Hashable, Sendable {
        public let pupil: PupilID
        public let kind: FinalKind
        public init(pupil: PupilID, kind: FinalKind) {
            self.pupil = pupil
            self.kind = kind
        }
    }

    public let columns: [FinalColumn]
    public var values: [Cell: String]
    /// The suggestion for each period cell, from the weighted average of that period's marks.
    public let periodSuggestions: [Cell: String]
    public let thresholds: [Double]

    public init(columns: [FinalColumn], values: [Cell: String], periodSuggestions: [Cell: String], thresholds: [Double]) {
        self.columns = columns
        self.values = values
        self.periodSuggestions = periodSuggestions
        self.thresholds = thresholds
    }

    public func value(_ pupil: PupilID, _ kind: FinalKind) -> String? { values[Cell(pupil: pupil, kind: kind)] }

    /// What the journal suggests for a cell: a period from its marks; the year from the period
    /// finals given; the final from the year and the exam (the year alone while there is no exam).
    public func suggestion(_ pupil: PupilID, _ kind: FinalKind) -> String? {
        switch kind {
        case .period: return periodSuggestions[Cell(pupil: pupil, kind: kind)]
        case .year:
            let given = columns.compactMap { $0.kind.periodID.flatMap { value(pupil, .period($0)) } }
            return FinalMarkSuggestion.fromFinals(given, expected: columns.filter { $0.kind.periodID != nil }.count, thresholds: thresholds)
        case .exam: return nil
        case .final:
            guard let year = value(pupil, .year) else { return nil }
            guard let exam = value(pupil, .exam) else { return year }
            return FinalMarkSuggestion.fromFinals([year, exam], expected: 2, thresholds: thresholds) ?? year
        }
    }
}
