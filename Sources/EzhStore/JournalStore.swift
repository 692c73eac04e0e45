import EzhCore
import Foundation
import GRDB

/// The journal's SQLite file: WAL so several ezh processes share it, a busy timeout instead of
/// "database is locked", foreign keys on, full durability, the schema migrated on open, and the
/// file readable by its owner only (it holds children's personal data).
public final class JournalStore: Sendable {
    public let pool: DatabasePool
    public let path: String
    /// Waiting for another process's lock: how long, and who hears of a long wait.
    public let lockWait: LockWait

    /// How long a write waits for another process's lock before it fails: 10 s, or
    /// `EZH_BUSY_TIMEOUT` seconds (tests use a shorter wait).
    public static var busyTimeout: Duration {
        let seconds = ProcessInfo.processInfo.environment["EZH_BUSY_TIMEOUT"].flatMap(Double.init) ?? 10
        return .milliseconds(Int((seconds > 0 ? seconds : 10) * 1000))
    }

    public init(path: String) throws {
        self.path = path
        try JournalStore.createPrivately(path)
        let lockWait = LockWait(timeout: Self.busyTimeout)
        self.lockWait = lockWait
        var config = Configuration()
        config.busyMode = .callback { lockWait.shouldRetry(tries: $0) }
        config.foreignKeysEnabled = true
        pool = try DatabasePool(path: path, configuration: config)
        // GRDB chooses synchronous=NORMAL for WAL; a journal wants every commit on disk. The
        // WAL is folded back into the file when the terminal is idle (`checkpoint()`), not in
        // the middle of a teacher's typing: SQLite's automatic checkpoint every 1,000 pages made
        // one mark in a hundred wait for it.
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(JournalStore.autoCheckpointPages)")
        }
        try Migrations.migrator.migrate(pool)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            chmod(path + suffix, 0o600)
        }
    }

    /// Creates the file with mode 0600 before SQLite opens it, so it is never world-readable.
    private static func createPrivately(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        guard !FileManager.default.fileExists(atPath: path) else { return }
        let fd = open(path, O_CREAT | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw JournalError.invalidInput(field: path, problem: String(cString: strerror(errno)))
        }
        close(fd)
    }

    /// Pages the WAL may grow to before a commit checkpoints it anyway (about 40 MB).
    static let autoCheckpointPages = 10_000

    /// Copies the WAL back into the database file without waiting for readers: run when idle.
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
    }

    /// A number that changes whenever another connection (another ezh process, or any other
    /// program) commits to the file; this process's own commits leave it as it is. Asked on the
    /// one writer connection, so two answers compare.
    public func externalCommitCount() throws -> Int {
        try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// Whether a schema exists in the file (an empty new file has none until `init` migrates it).
    public func hasSchool() throws -> Bool {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM school") ?? 0 > 0 }
    }
}
