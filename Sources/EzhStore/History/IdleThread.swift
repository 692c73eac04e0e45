import Foundation

/// Work run on a thread of its own at the lowest scheduling priority (nice 19) while the caller
/// waits: it gets only the CPU that every other thread leaves idle. The thread ends with the
/// work, so nothing has to lower and raise a priority back (which an unprivileged process may
/// not do).
enum IdleThread {
    /// Linux's SCHED_IDLE (sched.h defines it only under _GNU_SOURCE, which Swift's Glibc
    /// module does not see): the thread runs only when no other wants the CPU.
    private static let idlePolicy: Int32 = 5

    static func run<Value>(_ work: () throws -> Value) throws -> Value {
        try withoutActuallyEscaping(work) { work in
            let job = Job(work)
            let thread = Thread {
                // On Linux the scheduling policy is the thread's own: pid 0 is this thread alone.
                var parameters = sched_param()
                _ = sched_setscheduler(0, Self.idlePolicy, &parameters)
                job.run()
            }
            thread.name = "ezh idle check"
            thread.start()
            return try job.waitForResult()
        }
    }

    /// The work and its result, handed between the two threads: the result is written before
    /// the semaphore is signalled and read after it is waited on. The work is let go before the
    /// signal: the thread may outlive the call, and the work must not (it never escapes).
    private final class Job<Value>: @unchecked Sendable {
        private var work: (() throws -> Value)?
        private var result: Result<Value, Error>?
        private let finished = DispatchSemaphore(value: 0)

        init(_ work: @escaping () throws -> Value) { self.work = work }

        func run() {
            result = Result { try work!() }
            work = nil
            finished.signal()
        }

        func waitForResult() throws -> Value {
            finished.wait()
            return try result!.get()
        }
    }
}
