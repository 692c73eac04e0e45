/// The final mark the journal suggests from a pupil's average, with the school's thresholds
/// (2.5/3.5/4.5, or 2.6/3.6/4.6 «в пользу ученика»). The teacher decides.
public enum FinalMarkSuggestion {
    /// Fewer marks than this and the suggestion is «н/а» (not assessed).
    public static let minimumMarks = 3

    /// An average this close below a threshold reaches it: (5·2 + 4) / 3 is 4.4999… in binary,
    /// and a teacher who works it out on paper gets 4.5.
    static let tolerance = 1e-9

    public static func suggest(_ averages: MarkAverages, useWeighted: Bool, thresholds: [Double]) -> String {
        guard averages.count >= minimumMarks, let average = useWeighted ? averages.weighted : averages.plain
        else { return "н/а" }
        return rounded(average, thresholds: thresholds)
    }

    /// 2 below the first threshold, 3 from it, 4 from the second, 5 from the third.
    public static func rounded(_ average: Double, thresholds: [Double]) -> String {
        let passed = thresholds.prefix(3).filter { average + tolerance >= $0 }.count
        return String(2 + passed)
    }

    /// The year's mark from the period finals (or the final from the year and the exam): the
    /// mean of the numeric ones, rounded with the thresholds. Nil until `expected` finals are
    /// given; «н/а» when none of them is a number; «зач» when all are «зач» (a pass/fail subject).
    public static func fromFinals(_ finals: [String], expected: Int, thresholds: [Double]) -> String? {
        guard finals.count >= expected, !finals.isEmpty else { return nil }
        let numbers = finals.compactMap(Int.init)
        if numbers.isEmpty {
            if finals.allSatisfy({ $0 == "зач" }) { return "зач" }
            if finals.allSatisfy({ $0 == "осв" }) { return "осв" }
            return finals.contains("незач") ? "незач" : "н/а"
        }
        return rounded(Double(numbers.reduce(0, +)) / Double(numbers.count), thresholds: thresholds)
    }

    /// Whether a final differs from the suggestion by more than one mark (both numbers): the
    /// journal allows it, but asks the teacher to confirm.
    public static func isFar(_ value: String, from suggestion: String?) -> Bool {
        guard let suggestion, let given = Int(value), let suggested = Int(suggestion) else { return false }
        return abs(given - suggested) > 1
    }
}
