import Foundation

/// A weekday as a timetable sheet names it: «понедельник», «Пн», «пн.», "Monday", "Mon", or its
/// number 1 (Monday) to 7 (Sunday). Returns the ISO weekday, 1 = Monday.
public enum SheetWeekday {
    private static let names: [[String]] = [
        ["понедельник", "пн", "monday", "mon", "mo"],
        ["вторник", "вт", "tuesday", "tue", "tu"],
        ["среда", "ср", "wednesday", "wed", "we"],
        ["четверг", "чт", "thursday", "thu", "th"],
        ["пятница", "пт", "friday", "fri", "fr"],
        ["суббота", "сб", "saturday", "sat", "sa"],
        ["воскресенье", "вс", "sunday", "sun", "su"],
    ]

    public static func parse(_ text: String) -> Int? {
        var value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasSuffix(".") { value.removeLast() }
        if let number = Int(value) { return (1...7).contains(number) ? number : nil }
        return names.firstIndex { $0.contains(value) }.map { $0 + 1 }
    }
}
