import Dispatch

/// The journal's service is synchronous (SQLite, Argon2id): its calls run on Dispatch's threads,
/// never on the threads that serve connections, so a slow sign-in does not hold up other pages.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
