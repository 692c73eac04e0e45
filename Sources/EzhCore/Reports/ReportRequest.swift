/// What a report can be asked for: the screen asks for these with pickers, in the order a report
/// lists them, and `ezh report` takes them as options.
public enum ReportParameter: String, CaseIterable, Hashable, Sendable {
    case `class`, period, month, date, subject, teacher, pupil

    /// The name in messages: «не указан класс».
    public var name: BilingualText {
        switch self {
        case .class: BilingualText("класс", "class")
        case .period: BilingualText("период", "period")
        case .month: BilingualText("месяц", "month")
        case .date: BilingualText("дата", "date")
        case .subject: BilingualText("предмет", "subject")
        case .teacher: BilingualText("учитель", "teacher")
        case .pupil: BilingualText("ученик", "pupil")
        }
    }
}

/// A calendar month, «2026-11».
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Nil unless `month` is 1…12 and the year a plausible school year.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (2000...2100).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads «2026-11»; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    public init(containing date: LocalDate) {
        year = date.year
        month = date.month
    }

    /// The month's first to last day.
    public var span: DateSpan {
        DateSpan(LocalDate(year: year, month: month, day: 1), LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)))
    }

    public var description: String { String(format: "%04d-%02d", year, month) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

/// The parameters of one report: only those its kind needs are set. `required` turns a missing
/// one into a message that names it, so a script or a screen gets the same refusal.
public struct ReportRequest: Hashable, Sendable {
    public var classID: ClassID?
    /// The period's number in the class's scheme: 1–4 for quarters, 1–2 for half-years.
    public var period: Int?
    public var month: YearMonth?
    public var date: LocalDate?
    public var subjectID: SubjectID?
    public var teacherID: StaffID?
    public var pupilID: PupilID?

    public init(
        classID: ClassID? = nil, period: Int? = nil, month: YearMonth? = nil, date: LocalDate? = nil,
        subjectID: SubjectID? = nil, teacherID: StaffID? = nil, pupilID: PupilID? = nil
    ) {
        self.classID = classID
        self.period = period
        self.month = month
        self.date = date
        self.subjectID = subjectID
        self.teacherID = teacherID
        self.pupilID = pupilID
    }

    /// Whether the request has a value for `parameter`.
    public func has(_ parameter: ReportParameter) -> Bool {
        switch parameter {
        case .class: classID != nil
        case .period: period != nil
        case .month: month != nil
        case .date: date != nil
        case .subject: subjectID != nil
        case .teacher: teacherID != nil
        case .pupil: pupilID != nil
        }
    }

    public func required<Value>(_ value: Value?, _ parameter: ReportParameter) throws(JournalError) -> Value {
        guard let value else {
            throw JournalError.invalidInput(field: parameter.name, problem: BilingualText(
                "не указан(а): этот отчёт строится по нему, выберите его", "missing: this report is made for one, choose it"))
        }
        return value
    }

    public func requiredClass() throws(JournalError) -> ClassID { try required(classID, .class) }
    public func requiredPeriod() throws(JournalError) -> Int { try required(period, .period) }
    public func requiredMonth() throws(JournalError) -> YearMonth { try required(month, .month) }
    public func requiredDate() throws(JournalError) -> LocalDate { try required(date, .date) }
    public func requiredSubject() throws(JournalError) -> SubjectID { try required(subjectID, .subject) }
    public func requiredTeacher() throws(JournalError) -> StaffID { try required(teacherID, .teacher) }
    public func requiredPupil() throws(JournalError) -> PupilID { try required(pupilID, .pupil) }
}
