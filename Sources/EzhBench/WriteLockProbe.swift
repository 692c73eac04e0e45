import Foundation
import GRDB

/// How long another ezh process would have waited to write while an action ran: a thread with
/// its own connection to the journal takes and releases the write lock over and over (an empty
/// `BEGIN IMMEDIATE; COMMIT`, so it writes nothing and needs no fsync) and keeps its longest
/// wait. Its busy handler retries every 0.1 ms instead of SQLite's growing sleeps, so a wait is
/// measured to a fraction of a millisecond; a pause of 1 ms between tries keeps it out of the
/// measured process's way.
final class WriteLockProbe: @unchecked Sendable {
    private let queue: DatabaseQueue
    private let state: State
    private let thread: Thread

    /// What the probe thread and its callers share, under one lock.
    private final class State: @unchecked Sendable {
        private let lock = NSCondition()
        private var longest = Duration.zero
        private var stopped = false
        private var finished = false

        var isStopped: Bool {
            lock.lock()
            defer { lock.unlock() }
            return stopped
        }

        func record(_ wait: Duration) {
            lock.lock()
            defer { lock.unlock() }
            if !stopped { longest = max(longest, wait) }
        }

        func takeLongest() -> Duration {
            lock.lock()
            defer {
                longest = .zero
                lock.unlock()
            }
            return longest
        }

        func stop() {
            lock.lock()
            stopped = true
            while !finished { lock.wait() }
            lock.unlock()
        }

        func finish() {
            lock.lock()
            finished = true
            lock.broadcast()
            lock.unlock()
        }
    }

    init(journal path: String) throws {
        let state = State()
        var configuration = Configuration()
        configuration.busyMode = .callback { _ in
            usleep(100)
            return !state.isStopped
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        self.state = state
        let queue = queue
        thread = Thread {
            let clock = ContinuousClock()
            while !state.isStopped {
                let start = clock.now
                // A wait the busy handler gave up on (because the probe was stopped) is not counted.
                if (try? queue.writeWithoutTransaction({ db in try db.inTransaction(.immediate) { .commit } })) != nil {
                    state.record(clock.now - start)
                }
                usleep(1000)
            }
            state.finish()
        }
        thread.start()
    }

    /// The longest wait since the last call (or since the probe started), and starts anew.
    func takeLongestWait() -> Duration { state.takeLongest() }

    /// Stops the probe thread and waits for it to finish.
    func stop() { state.stop() }
}
