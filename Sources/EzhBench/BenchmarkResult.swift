import Foundation

/// One benchmark's figure, its baseline from the same run, and its budget.
public struct BenchmarkResult: Sendable {
    public enum Budget: Sendable {
        /// p99 at most this many milliseconds.
        case p99Milliseconds(Double)
        /// p99 at most this many times the baseline's p99.
        case ratio(Double)
        /// Peak resident memory at most this many megabytes.
        case megabytes(Double)
        case none
    }

    public let name: String
    public let measured: Samples?
    public let baseline: Samples?
    public let baselineName: String
    public let budget: Budget
    /// For memory: the figure itself.
    public let megabytes: Double?

    public init(
        name: String, measured: Samples?, baseline: Samples? = nil, baselineName: String = "", budget: Budget,
        megabytes: Double? = nil
    ) {
        self.name = name
        self.measured = measured
        self.baseline = baseline
        self.baselineName = baselineName
        self.budget = budget
        self.megabytes = megabytes
    }

    /// p99 of the measured operation over p99 of its baseline.
    public var ratio: Double? {
        guard let measured, let baseline, baseline.p99 > .zero else { return nil }
        return measured.p99.milliseconds / baseline.p99.milliseconds
    }

    public var holds: Bool {
        switch budget {
        case .p99Milliseconds(let limit): (measured?.p99.milliseconds ?? .infinity) <= limit
        case .ratio(let limit): (ratio ?? .infinity) <= limit
        case .megabytes(let limit): (megabytes ?? .infinity) <= limit
        case .none: true
        }
    }

    public var budgetText: String {
        switch budget {
        case .p99Milliseconds(let limit): "p99 ≤ \(format(limit)) ms"
        case .ratio(let limit): "p99 ≤ \(format(limit))× baseline"
        case .megabytes(let limit): "≤ \(format(limit)) MB"
        case .none: "—"
        }
    }

    /// One line of the report.
    public var line: String {
        var parts = [name.padding(toLength: 34, withPad: " ", startingAt: 0)]
        if let measured {
            parts.append("p50 \(format(measured.p50.milliseconds)) ms  p99 \(format(measured.p99.milliseconds)) ms")
        }
        if let megabytes { parts.append("peak \(format(megabytes)) MB") }
        if let baseline {
            parts.append("| \(baselineName): p50 \(format(baseline.p50.milliseconds)) ms  p99 \(format(baseline.p99.milliseconds)) ms")
        }
        if let ratio { parts.append("| ratio \(format(ratio))×") }
        parts.append("| budget \(budgetText): \(holds ? "OK" : "MISSED")")
        return parts.joined(separator: "  ")
    }

    private func format(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
}
