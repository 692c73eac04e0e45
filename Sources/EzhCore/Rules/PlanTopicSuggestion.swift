/// Which topic of the lesson plan (КТП) the lesson card suggests for a lesson with no topic yet.
///
/// A row planned for the lesson's day wins (the second lesson of a day takes the second such
/// row); otherwise the plan is followed in the order lessons are given: a lesson after `given`
/// lessons with a topic gets plan hour `given + 1`, so a topic of two hours is suggested twice.
public enum PlanTopicSuggestion {
    /// - Parameters:
    ///   - day: the lesson's day.
    ///   - lessonOfDay: 1 for the teaching's first lesson that day, 2 for its second.
    ///   - givenBefore: the teaching's earlier lessons that have a topic.
    /// - Returns: the index of the suggested row, nil when the plan has none left.
    public static func rowIndex(day: LocalDate, lessonOfDay: Int, givenBefore: Int, rows: [PlanRow]) -> Int? {
        let planned = rows.indices.filter { rows[$0].plannedDate == day }
        if !planned.isEmpty { return planned[Swift.min(Swift.max(lessonOfDay, 1), planned.count) - 1] }
        return rows.rowIndex(ofHour: givenBefore + 1)
    }
}
