/// Weeks as a class teacher reviews them: Monday to Sunday.
public enum SchoolWeek {
    public static func containing(_ day: LocalDate) -> DateSpan {
        let monday = day.adding(days: 1 - day.weekday)
        return DateSpan(monday, monday.adding(days: 6))
    }

    /// The week the weekly absence review opens on: from Friday on, the current week; earlier in
    /// the week, the one before.
    public static func defaultReview(today: LocalDate) -> DateSpan {
        today.weekday >= 5 ? containing(today) : containing(today.adding(days: -7))
    }
}
