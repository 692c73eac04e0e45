import Foundation

/// One line of the report: a figure, its baseline from the same run, and its budget.
public struct BenchmarkResult: Sendable {
    public enum Budget: Sendable, Equatable {
        /// p99 (and so p50) at most this many milliseconds.
        case milliseconds(Double)
        /// Both p50 and p99 at most this many times the baseline's p50 and p99.
        case ratio(Double)
        /// The process's peak resident memory at most `megabytes`, and no other process waiting
        /// longer than `lockMilliseconds` for the write lock while the action ran.
        case footprint(megabytes: Double, lockMilliseconds: Double)
        case none
    }

    public let name: String
    public let measured: Samples?
    public let baseline: Samples?
    public let baselineName: String
    public let budget: Budget
    /// For footprints: the process's peak resident memory.
    public let megabytes: Double?
    /// For footprints: the longest wait of a probe for the write lock while the action ran.
    public let lockHold: Duration?
    /// A figure with no budget that goes with the timing («97 pages, 41 pages/s»).
    public var note: String?

    public init(
        name: String, measured: Samples?, baseline: Samples? = nil, baselineName: String = "", budget: Budget,
        megabytes: Double? = nil, lockHold: Duration? = nil
    ) {
        self.name = name
        self.measured = measured
        self.baseline = baseline
        self.baselineName = baselineName
        self.budget = budget
        self.megabytes = megabytes
        self.lockHold = lockHold
    }

    /// p50 over the baseline's p50.
    public var ratioAtP50: Double? { ratio(\.p50) }
    /// p99 over the baseline's p99.
    public var ratioAtP99: Double? { ratio(\.p99) }

    private func ratio(_ percentile: KeyPath<Samples, Duration>) -> Double? {
        guard let measured, let baseline, baseline[keyPath: percentile] > .zero else { return nil }
        return measured[keyPath: percentile].milliseconds / baseline[keyPath: percentile].milliseconds
    }

    public var holds: Bool {
        switch budget {
        case .milliseconds(let limit):
            guard let measured else { return false }
            return measured.p50.milliseconds <= limit && measured.p99.milliseconds <= limit
        case .ratio(let limit): return (ratioAtP50 ?? .infinity) <= limit && (ratioAtP99 ?? .infinity) <= limit
        case .footprint(let megabytesLimit, let lockLimit):
            return (megabytes ?? .infinity) <= megabytesLimit && (lockHold?.milliseconds ?? .infinity) <= lockLimit
        case .none: return true
        }
    }

    public var budgetText: String {
        switch budget {
        case .milliseconds(let limit): "p99 ≤ \(Self.format(limit)) ms"
        case .ratio(let limit): "p50 and p99 ≤ \(Self.format(limit))× baseline"
        case .footprint(let megabytes, let lock): "≤ \(Self.format(megabytes)) MB, lock ≤ \(Self.format(lock)) ms"
        case .none: "—"
        }
    }

    /// One line of the report.
    public var line: String {
        var parts = [name + String(repeating: " ", count: max(0, 44 - name.count))]
        if let measured {
            parts.append("n \(measured.count)  p50 \(Self.ms(measured.p50))  p99 \(Self.ms(measured.p99))")
        }
        if let megabytes { parts.append("peak \(Self.format(megabytes)) MB") }
        if let lockHold { parts.append("longest write lock \(Self.ms(lockHold))") }
        if let note { parts.append(note) }
        if let baseline {
            parts.append("| \(baselineName): n \(baseline.count)  p50 \(Self.ms(baseline.p50))  p99 \(Self.ms(baseline.p99))")
        }
        if let ratioAtP50, let ratioAtP99 {
            parts.append("| ratio p50 \(Self.format(ratioAtP50))×  p99 \(Self.format(ratioAtP99))×")
        }
        parts.append("| budget \(budgetText): \(holds ? "OK" : "MISSED")")
        return parts.joined(separator: "  ")
    }

    static func ms(_ duration: Duration) -> String { "\(format(duration.milliseconds)) ms" }

    static func format(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
}
