import Foundation

/// Where "now" comes from. Rules never read the system clock; they are handed a clock.
public protocol JournalClock: Sendable {
    func now() -> Date
    /// True only for the real system clock. A school's real database accepts no other clock,
    /// so nobody can move time to slip past a deadline.
    var isRealTime: Bool { get }
}

/// The machine's clock: the only clock a real school's journal runs on.
public struct SystemClock: JournalClock {
    public init() {}
    public func now() -> Date { Date() }
    public var isRealTime: Bool { true }
}

/// A clock that starts at a chosen moment and then ticks with real time. Demo and test
/// databases only.
public struct ShiftedClock: JournalClock {
    public let offset: TimeInterval
    private let base: any JournalClock

    public init(startingAt start: Date, base: any JournalClock = SystemClock()) {
        self.base = base
        self.offset = start.timeIntervalSince(base.now())
    }

    public func now() -> Date { base.now().addingTimeInterval(offset) }
    public var isRealTime: Bool { false }
}

/// A clock that stands still until moved: for tests.
public final class ManualClock: JournalClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) { current = start }

    public func now() -> Date { lock.withLock { current } }
    public func set(_ instant: Date) { lock.withLock { current = instant } }
    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
    public var isRealTime: Bool { false }
}
