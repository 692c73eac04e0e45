import EzhCore
import Foundation

/// What mark a pupil gets, and when a teacher enters it.
enum MarkModel {
    /// A mark around the pupil's ability; tests come out a little lower.
    static func value(ability: Double, isTest: Bool, random: inout SeededRandom) -> MarkValue {
        let raw = (ability + random.normal(mean: 0, deviation: 0.8) - (isTest ? 0.2 : 0)).rounded()
        let grade = Int(min(5, max(2, raw)))
        // A 1 is rare: a refusal to answer, once in a few hundred low marks.
        return .grade(grade == 2 && random.chance(0.01) ? 1 : grade)
    }

    /// When the teacher types the mark in: usually the same day, sometimes up to three days
    /// later, always by 21:00 school time and never after `limit`.
    static func entryInstant(
        lessonDay: LocalDate, lessonEnd: TimeOfDay, clock: SchoolClock, limit: Date, random: inout SeededRandom
    ) -> Date {
        let roll = random.unit()
        let daysLater = roll < 0.6 ? 0 : roll < 0.85 ? 1 : roll < 0.95 ? 2 : 3
        let latest = 21 * 3600 - 60
        let earliest = daysLater == 0 ? lessonEnd.minutes * 60 + 60 : 15 * 3600
        let second = random.int(in: earliest...latest)
        let instant = clock.instant(lessonDay.adding(days: daysLater), secondOfDay: second)
        guard instant >= limit else { return instant }
        // That would be after the journal's "now": entered on the lesson's own day instead,
        // between its end and 21:00 or now, whichever comes first.
        let end = clock.instant(lessonDay, lessonEnd)
        let deadline = min(clock.instant(lessonDay, secondOfDay: latest), limit)
        let span = deadline.timeIntervalSince(end)
        return end.addingTimeInterval((span * (0.05 + 0.9 * random.unit())).rounded(.down))
    }

    /// The final for a period from the weighted average, at the school's thresholds.
    static func finalValue(weightedAverage: Double) -> String {
        switch weightedAverage {
        case 4.5...: "5"
        case 3.5..<4.5: "4"
        case 2.5..<3.5: "3"
        default: "2"
        }
    }
}
