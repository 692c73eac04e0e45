import Foundation

/// Waits for another process's lock on the journal file, as SQLite's busy timeout would, and
/// tells a listener once a wait has gone on long enough for a person at the keyboard to wonder
/// why nothing happens (another terminal is writing, or some tool holds the file). The listener
/// is called on the thread that waits, while that thread is blocked in SQLite.
public final class LockWait: @unchecked Sendable {
    /// How long a statement waits for a lock before it fails.
    public let timeout: Duration
    /// How long a wait lasts before the listener hears of it.
    public static let noticeAfter = Duration.milliseconds(500)
    private static let pollInterval = Duration.milliseconds(20)

    private let lock = NSLock()
    private var listener: (@Sendable () -> Void)?
    private var started = ContinuousClock.now
    private var told = false

    public init(timeout: Duration) {
        self.timeout = timeout
    }

    /// The listener told of each wait longer than `noticeAfter`; nil stops telling.
    public func onLongWait(_ listener: (@Sendable () -> Void)?) {
        lock.withLock { self.listener = listener }
    }

    /// SQLite's busy handler: true to try again after a pause, false to give up and fail.
    /// `tries` is 0 at the start of each wait.
    func shouldRetry(tries: Int) -> Bool {
        let now = ContinuousClock.now
        let (elapsed, tell): (Duration, (@Sendable () -> Void)?) = lock.withLock {
            if tries == 0 {
                started = now
                told = false
            }
            let elapsed = now - started
            guard elapsed >= Self.noticeAfter, !told else { return (elapsed, nil) }
            told = true
            return (elapsed, listener)
        }
        guard elapsed < timeout else { return false }
        tell?()
        Thread.sleep(forTimeInterval: Self.seconds(min(Self.pollInterval, timeout - elapsed)))
        return true
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
