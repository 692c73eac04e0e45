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

    public var count: Int { durations.count }
    public var p50: Duration { percentile(50) }
    public var p99: Duration { percentile(99) }

    /// Runs `body` and `baseline` alternately, so both meet the same machine: on a noisy
    /// virtual machine a baseline measured a second later is another world. `after` runs
    /// unmeasured after each `body` (going back to where the next one starts).
    public static func interleaved(
        _ quota: Quota, _ body: () throws -> Void, after: () throws -> Void = {}, baseline: () throws -> Void
    ) rethrows -> (measured: Samples, baseline: Samples) {
        let clock = ContinuousClock()
        return try interleavedTimings(quota, {
            let start = clock.now
            try body()
            let took = clock.now - start
            try after()
            return took
        }, baseline: {
            let start = clock.now
            try baseline()
            return clock.now - start
        })
    }

    /// As `interleaved`, for operations that time themselves (a child process, a terminal).
    public static func interleavedTimings(
        _ quota: Quota, _ body: () throws -> Duration, baseline: () throws -> Duration
    ) rethrows -> (measured: Samples, baseline: Samples) {
        for _ in 0..<quota.warmUp {
            _ = try body()
            _ = try baseline()
        }
        var measured: [Duration] = []
        var base: [Duration] = []
        let start = ContinuousClock.now
        while quota.wantsMore(taken: measured.count, since: start) {
            measured.append(try body())
            base.append(try baseline())
        }
        return (Samples(measured), Samples(base))
    }

    /// Runs `body` alone; `after` runs unmeasured after each.
    public static func measure(_ quota: Quota, _ body: () throws -> Void, after: () throws -> Void = {}) rethrows -> Samples {
        let clock = ContinuousClock()
        for _ in 0..<quota.warmUp {
            try body()
            try after()
        }
        var durations: [Duration] = []
        let start = clock.now
        while quota.wantsMore(taken: durations.count, since: start) {
            let begin = clock.now
            try body()
            durations.append(clock.now - begin)
            try after()
        }
        return Samples(durations)
    }
}

/// How many samples to take: `count`, or fewer (never below `minimum`) once `timeLimit` has
/// passed; after `warmUp` unmeasured runs.
public struct Quota: Sendable {
    public let count: Int
    public let warmUp: Int
    public let timeLimit: Duration?
    public let minimum: Int

    public init(count: Int, warmUp: Int, timeLimit: Duration? = nil, minimum: Int = 1) {
        self.count = count
        self.warmUp = warmUp
        self.timeLimit = timeLimit
        self.minimum = min(minimum, count)
    }

    func wantsMore(taken: Int, since start: ContinuousClock.Instant) -> Bool {
        guard taken < count else { return false }
        guard taken >= minimum, let timeLimit else { return true }
        return ContinuousClock.now - start < timeLimit
    }
}

extension Duration {
    /// Milliseconds as a Double.
    public var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
