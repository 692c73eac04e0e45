/// Weekdays as the timetable shows them: «пн» ... «вс», "Mon" ... "Sun".
public enum WeekdayName {
    private static let russian = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
    private static let english = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// The short name of ISO `weekday` (1 = Monday); the number itself when out of range.
    public static func short(_ weekday: Int, in language: Language) -> String {
        guard (1...7).contains(weekday) else { return String(weekday) }
        return language == .ru ? russian[weekday - 1] : english[weekday - 1]
    }
}
