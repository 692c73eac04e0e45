import EzhCore
import Foundation

/// The moment the benchmarks run at: the last week of the year, after the day's lessons and
/// before the 21:00 deadline, so every lesson of the year has happened and today's accept marks.
public enum BenchmarkSchool {
    public static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    public static let day = LocalDate(year: 2027, month: 5, day: 25)
    public static let moment = zone.instant(day, TimeOfDay(hour: 16, minute: 0))
    /// The same moment as `ezh init --demo --now` takes it.
    public static let momentText = "2027-05-25 16:00"
}
