import Foundation

/// Timings of one operation, repeated; percentiles by nearest rank.
public struct Samples: Sendable {
    public let durations: [Duration]

    public init(_ durations: [Duration]) {
        self.durations = durations.sorted()
    }

    public func percentile(_ p: Double) -> Duration {
        guard !durations.isEmpty else { return .zero }
        let rank = Int((p / 100 * Double(durations.count)).rounded(.up))
        return durations[min(max(rank, 1), durations.count) - 1]
    }

    public var p50: Duration { percentile(50) }
    public var p99: Duration { percentile(99) }

    /// Runs `body` and `baseline` alternately, `count` times each, so both meet the same
    /// machine: on a noisy virtual machine a baseline measured a second later is another world.
    public static func interleaved(
        count: Int, warmUp: Int = 3, _ body: () throws -> Void, baseline: () throws -> Void
    ) rethrows -> (measured: Samples, baseline: Samples) {
        let clock = ContinuousClock()
        for _ in 0..<warmUp {
            try body()
            try baseline()
        }
        var measured: [Duration] = []
        var base: [Duration] = []
        for _ in 0..<count {
            var start = clock.now
            try body()
            measured.append(clock.now - start)
            start = clock.now
            try baseline()
            base.append(clock.now - start)
        }
        return (Samples(measured), Samples(base))
    }

    /// Runs `body` `count` times after `warmUp` unmeasured runs.
    public static func measure(count: Int, warmUp: Int = 3, _ body: () throws -> Void) rethrows -> Samples {
        let clock = ContinuousClock()
        for _ in 0..<warmUp { try body() }
        var durations: [Duration] = []
        durations.reserveCapacity(count)
        for _ in 0..<count {
            let start = clock.now
            try body()
            durations.append(clock.now - start)
        }
        return Samples(durations)
    }
}

extension Duration {
    /// Milliseconds as a Double.
    public var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
