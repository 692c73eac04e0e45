/// An academic year as the journal keeps it: its days, and whether it is closed. A closed year
/// stays in the same file for reading; nothing in it changes.
public struct SchoolYear: Sendable, Hashable, Identifiable {
    public let id: YearID
    public let name: String
    public let span: DateSpan
    public let isClosed: Bool

    public init(id: YearID, name: String, span: DateSpan, isClosed: Bool) {
        self.id = id
        self.name = name
        self.span = span
        self.isClosed = isClosed
    }

    /// The year a journal opens on `day`: the open year holding the day, else the latest open
    /// year, else the latest year (a school between a closed year and the next one's start).
    public static func current(among years: [SchoolYear], on day: LocalDate) -> SchoolYear? {
        let ordered = years.sorted { $0.span.first < $1.span.first }
        return ordered.last { !$0.isClosed && $0.span.contains(day) }
            ?? ordered.last { !$0.isClosed }
            ?? ordered.last
    }
}

/// One class carried into the new year.
public struct PromotedClass: Sendable, Hashable {
    public let from: ClassName
    public let to: ClassName
    /// The pupils who moved up with the class.
    public let pupils: Int

    public init(from: ClassName, to: ClassName, pupils: Int) {
        self.from = from
        self.to = to
        self.pupils = pupils
    }
}

/// What starting a new year did.
public struct RolloverReport: Sendable, Hashable {
    public let year: SchoolYear
    public let promoted: [PromotedClass]
    /// The classes whose pupils left the school (the last grade), and how many pupils.
    public let leavingClasses: [ClassName]
    public let leavers: Int
    /// Curriculum rows and teachings carried into the new classes, for editing.
    public let curriculumRows: Int
    public let teachings: Int

    public init(
        year: SchoolYear, promoted: [PromotedClass], leavingClasses: [ClassName], leavers: Int, curriculumRows: Int,
        teachings: Int
    ) {
        self.year = year
        self.promoted = promoted
        self.leavingClasses = leavingClasses
        self.leavers = leavers
        self.curriculumRows = curriculumRows
        self.teachings = teachings
    }
}
