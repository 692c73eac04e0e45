import Foundation

/// The two averages the journal shows side by side, since schools dispute weighting:
/// the plain mean of the marks and the weighted mean Σ mark·weight / Σ weight.
public struct MarkAverages: Hashable, Sendable {
    public let plain: Double?
    public let weighted: Double?
    public let count: Int

    public init(_ marks: [(value: MarkValue, weight: Double)]) {
        let graded = marks.compactMap { mark in mark.value.numericValue.map { (Double($0), mark.weight) } }
        count = graded.count
        guard !graded.isEmpty else {
            plain = nil
            weighted = nil
            return
        }
        plain = graded.map(\.0).reduce(0, +) / Double(graded.count)
        let totalWeight = graded.map(\.1).reduce(0, +)
        weighted = totalWeight > 0 ? graded.map { $0.0 * $0.1 }.reduce(0, +) / totalWeight : nil
    }

    /// "4.25" (rounded half up, two decimals), or "" where there is nothing to average.
    public static func format(_ value: Double?) -> String {
        guard let value, value.isFinite, value >= 0 else { return value.map { String(format: "%.2f", $0) } ?? "" }
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
