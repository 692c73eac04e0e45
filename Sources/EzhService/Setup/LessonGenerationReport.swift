import EzhCore

/// What making the year's lessons from the timetable did, or in a dry run would do. Refused or
/// with missing bells, nothing was changed.
public struct LessonGenerationReport: Sendable {
    /// The first day regenerated; nil when the school has no open year or no timetable yet.
    public var from: LocalDate?
    public var added = 0
    public var updated = 0
    public var deleted = 0
    /// Lessons with entries the timetable would drop, in one sentence listing them.
    public var refusal: BilingualText?
    /// Lessons the timetable asks for on days whose bells have no time for them.
    public var missingBells: [BilingualText] = []
    public var dryRun: Bool

    public init(from: LocalDate?, dryRun: Bool) {
        self.from = from
        self.dryRun = dryRun
    }

    public var isAccepted: Bool { refusal == nil && missingBells.isEmpty }
    public var changesNothing: Bool { added == 0 && updated == 0 && deleted == 0 }

    /// «Уроки с 01.12.2026: добавлено 120, изменено 4, удалено 2.»
    public var summary: BilingualText {
        let day = from?.russian ?? "—"
        return BilingualText(
            "Уроки с \(day): добавлено \(added), изменено \(updated), удалено \(deleted).",
            "Lessons from \(day): \(added) added, \(updated) changed, \(deleted) removed.")
    }
}
