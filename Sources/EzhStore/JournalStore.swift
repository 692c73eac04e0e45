import EzhCore
import Foundation
import GRDB

/// The journal's SQLite file: WAL, foreign keys, a busy timeout so several ezh processes can
/// share one file, and the schema migrated on open.
public final class JournalStore: Sendable {
    public let pool: DatabasePool
    public let path: String

    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: config)
    }
}
