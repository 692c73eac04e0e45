import Foundation

/// The journal's service is synchronous (SQLite, Argon2id): its calls run on threads of their
/// own, never on the threads that serve connections or run Swift's tasks, so a slow sign-in does
/// not hold up other pages.
///
/// Not Dispatch's global queue: on Linux it keeps about one thread a core busy and adds a thread
/// at most once a second when they all wait (for a read connection, for the commit of a page's
/// access-log entry), so under load pages queued behind a handful of waiting threads. A fixed
/// pool has enough threads for the waits to overlap: the readers share GRDB's read connections,
/// and the log entries of the pages waiting together are committed together.
enum Blocking {
    /// How many service calls run at once: enough to keep the cores busy while others wait.
    static let threadCount = max(16, 4 * ProcessInfo.processInfo.activeProcessorCount)

    private static let pool = BlockingPool(threads: threadCount)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            pool.submit { continuation.resume(with: Result { try body() }) }
        }
    }
}

/// Threads that take jobs in the order they were submitted.
final class BlockingPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var next = 0

    init(threads: Int) {
        for number in 1...threads {
            let thread = Thread { self.work() }
            thread.name = "ezh-blocking-\(number)"
            thread.start()
        }
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            if next > 1024 && next * 2 > jobs.count {
                jobs.removeFirst(next)
                next = 0
            }
            condition.unlock()
            job()
        }
    }
}
