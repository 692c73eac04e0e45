import EzhCore
import Foundation

/// A report being made on a thread of its own, so the screen keeps drawing and reading keys: the
/// screen asks `outcome` on each frame and shows a progress line after half a second. Esc
/// abandons it: the screen stops waiting, and whatever the thread still returns is dropped (the
/// read it is in is one transaction, so nothing is left half-done).
final class ReportJob<Value>: @unchecked Sendable {
    enum State {
        case running
        case finished(Result<Value, any Error>)
        case abandoned
    }

    private let lock = NSLock()
    private var state = State.running
    let started = ContinuousClock.now
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> Value) {
        // The work captures the backend, which is not Sendable: the job hands it to one thread
        // and reads its result only under the lock.
        nonisolated(unsafe) let work = work
        Thread.detachNewThread { [self] in
            let result = Result(catching: work)
            lock.withLock {
                if case .running = state { state = .finished(result) }
            }
            finished.signal()
        }
    }

    var current: State { lock.withLock { state } }

    /// Whether it has run long enough to need a sign of life.
    var isSlow: Bool { ContinuousClock.now - started > .milliseconds(500) }

    func abandon() {
        lock.withLock {
            if case .running = state { state = .abandoned }
        }
    }

    /// Waits for the thread (tests; a screen never waits).
    func wait(timeout: Duration = .seconds(10)) {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if finished.wait(timeout: .now() + seconds) == .success { finished.signal() }
    }
}
