/// The final mark the journal suggests from a pupil's average, with the school's thresholds
/// (2.5/3.5/4.5, or 2.6/3.6/4.6 «в пользу ученика»). The teacher decides.
public enum FinalMarkSuggestion {
    /// Fewer marks than this and the suggestion is «н/а» (not assessed).
    public static let minimumMarks = 3

    public static func suggest(_ averages: MarkAverages, useWeighted: Bool, thresholds: [Double]) -> String {
        guard averages.count >= minimumMarks, let average = useWeighted ? averages.weighted : averages.plain
        else { return "н/а" }
        let passed = thresholds.prefix(3).filter { average >= $0 }.count
        return String(2 + passed)
    }
}
