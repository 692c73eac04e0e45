import Foundation

/// Work started on a thread of its own while the caller goes on with other work; `value()`
/// waits for it. `ezh audit verify` hashes the chain on one core while SQLite compares the
/// journal's values with the history on another.
final class BackgroundResult<T: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting on it.
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () throws -> T) {
        Thread.detachNewThread { [self] in
            result = Result(catching: body)
            done.signal()
        }
    }

    func value() throws -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
