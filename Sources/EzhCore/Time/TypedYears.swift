extension LocalDate {
    /// The years a date typed by a person may fall in: a journal has no business before 2000 or
    /// after 2100, and a slip such as «0000-01-01» must be refused, not stored.
    public static let typedYears = 2000...2100

    public var isWithinTypedYears: Bool { Self.typedYears.contains(year) }
}
