/// The school's settings for the validation rules, with the defaults of the school instruction.
/// Stored in the database; only the administrator changes them, and every change is audited.
public struct RuleSettings: Hashable, Sendable {
    /// Rule 1: the day's entries (lesson record, attendance) by this time on the lesson's day.
    public var dayEntryDeadline: TimeOfDay
    /// Rule 2: homework within this many minutes after the pupils' last lesson ends.
    public var homeworkGraceMinutes: Int
    /// Rule 2, stricter option: homework by the end of the pupils' last lesson, with no grace.
    public var homeworkByEndOfSchoolDay: Bool
    /// Rule 3: a mark for work on day D by `dayEntryDeadline` on D + this many days.
    public var markWindowDays: Int
    /// Rule 9: topics and homework written in Russian.
    public var russianTextCheck: RussianTextCheck
    /// Suggested final mark: an average at or above thresholds[0] suggests 3, [1] suggests 4,
    /// [2] suggests 5; below [0], 2.
    public var finalThresholds: [Double]

    public init(
        dayEntryDeadline: TimeOfDay = TimeOfDay(hour: 21, minute: 0),
        homeworkGraceMinutes: Int = 60,
        homeworkByEndOfSchoolDay: Bool = false,
        markWindowDays: Int = 7,
        russianTextCheck: RussianTextCheck = .strict,
        finalThresholds: [Double] = [2.5, 3.5, 4.5]
    ) {
        self.dayEntryDeadline = dayEntryDeadline
        self.homeworkGraceMinutes = homeworkGraceMinutes
        self.homeworkByEndOfSchoolDay = homeworkByEndOfSchoolDay
        self.markWindowDays = markWindowDays
        self.russianTextCheck = russianTextCheck
        self.finalThresholds = finalThresholds
    }

    public static let defaults = RuleSettings()
}

/// How strictly topics and homework must be written in Russian.
public enum RussianTextCheck: String, CaseIterable, Sendable {
    /// A text without a Cyrillic word is refused.
    case strict
    /// It is accepted with a warning.
    case warn
    /// No check.
    case off
}
