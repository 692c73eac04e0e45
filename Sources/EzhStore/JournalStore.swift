import EzhCore
import Foundation
import GRDB

/// The journal's SQLite file: WAL so several ezh processes share it, a busy timeout instead of
/// "database is locked", foreign keys on, full durability, the schema migrated on open, and the
/// file readable by its owner only (it holds children's personal data).
///
/// Only an ezh journal is opened: an empty file, a file that is not SQLite, another program's
/// database and a journal made by a newer ezh are refused before anything is written. A
/// read-only store never writes at all, so a backup on read-only media can be checked.
public final class JournalStore: Sendable {
    public enum Access: Sendable {
        /// The journal in use: created when missing, migrated, refused unless private (0600).
        case readWrite
        /// Checking and reading: nothing is created, migrated or written.
        case readOnly
    }

    public let pool: DatabasePool
    public let path: String
    public let access: Access
    /// A read-only open on media where SQLite cannot use the `-wal` beside the file (no `-shm`
    /// and no way to make one): what was committed only to the WAL is not seen.
    public let ignoresWAL: Bool
    /// Waiting for another process's lock: how long, and who hears of a long wait.
    public let lockWait: LockWait
    /// The access-log entries of reads, appended in groups (one transaction for all that wait).
    public let readLog: AccessLogGroupWriter

    /// How long a write waits for another process's lock before it fails: 10 s, or
    /// `EZH_BUSY_TIMEOUT` seconds (tests use a shorter wait).
    public static var busyTimeout: Duration {
        let seconds = ProcessInfo.processInfo.environment["EZH_BUSY_TIMEOUT"].flatMap(Double.init) ?? 10
        return .milliseconds(Int((seconds > 0 ? seconds : 10) * 1000))
    }

    /// Opens the journal at `path`; for `.readWrite` a missing file becomes a new, empty journal.
    /// `fixPermissions` makes a journal others can read private instead of refusing it.
    public init(path: String, access: Access = .readWrite, fixPermissions: Bool = false) throws {
        self.path = path
        self.access = access
        ignoresWAL = access == .readOnly && !JournalFile.sidecarsUsable(path) && JournalFile.hasContent(path + "-wal")
        let lockWait = LockWait(timeout: Self.busyTimeout)
        self.lockWait = lockWait
        do {
            let isNew = access == .readWrite && !FileManager.default.fileExists(atPath: path)
            if isNew {
                try JournalStore.createPrivately(path)
            } else {
                try JournalStore.checkIsJournal(path, access: access, lockWait: lockWait)
                if access == .readWrite { try JournalFile.checkPrivate(path, fix: fixPermissions) }
            }
            pool = try JournalStore.openPool(path, access: access, lockWait: lockWait)
            readLog = AccessLogGroupWriter(pool: pool)
            if access == .readWrite {
                try JournalStore.prepareForWriting(pool)
                for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                    chmod(path + suffix, 0o600)
                }
            }
        } catch {
            throw JournalFileError.explaining(error, path: path) ?? error
        }
    }

    /// Makes a new journal at `path` and fills it; when anything fails, the new file, its `-wal`
    /// and `-shm` and the folder made for it (when empty) are removed, so a failed `ezh init`
    /// leaves nothing behind. Refuses a path that already exists.
    public static func create(at path: String, _ fill: (JournalStore) throws -> Void) throws -> JournalStore {
        if FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
            throw JournalError.invalidInput(
                field: .verbatim(path), problem: BilingualText(
                    "файл уже существует; ezh init создаёт новую базу, укажите другой путь",
                    "the file already exists; ezh init makes a new database, name another path"
                )
            )
        }
        let folder = JournalFile.folder(of: path)
        let folderExisted = FileManager.default.fileExists(atPath: folder)
        // The school's signing key made with it (`<db>.key`) goes too; a key that was there before is never touched.
        let keyExisted = FileManager.default.fileExists(atPath: path + ".key")
        do {
            let store = try JournalStore(path: path)
            do {
                try fill(store)
            } catch {
                throw JournalFileError.explaining(error, path: path) ?? error
            }
            return store
        } catch {
            for file in [path, path + "-wal", path + "-shm"] { unlink(file) }
            if !keyExisted { unlink(path + ".key") }
            if !folderExisted { rmdir(folder) }
            throw error
        }
    }

    /// Pages the WAL may grow to before a commit checkpoints it anyway (about 40 MB).
    static let autoCheckpointPages = 10_000

    /// Copies the WAL back into the database file without waiting for readers: run when idle.
    public func checkpoint() throws {
        guard access == .readWrite else { return }
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

    /// SQLite's `quick_check`: the damage it finds (a corrupted page, a broken index), empty when
    /// the file is sound.
    public func quickCheck() throws -> [String] {
        do {
            let lines = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(20)") }
            return lines == ["ok"] ? [] : lines
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode.primaryResultCode) {
            return [error.message ?? "\(error.resultCode)"]
        }
    }

    // MARK: Opening

    /// Creates the file with mode 0600 before SQLite opens it, so it is never world-readable.
    private static func createPrivately(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            if errno == EROFS || errno == EACCES { throw JournalFileError.readOnly(path: path) }
            throw JournalFileError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        close(fd)
    }

    /// The file is an ezh journal of a schema this binary knows, checked on a read-only
    /// connection that is closed before the real one opens.
    private static func checkIsJournal(_ path: String, access: Access, lockWait: LockWait) throws {
        try JournalFile.checkLooksLikeDatabase(path)
        if access == .readWrite, !JournalFile.writable(path) { throw JournalFileError.readOnly(path: path) }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .callback { lockWait.shouldRetry(tries: $0) }
        let probe = try DatabaseQueue(path: JournalFile.sqliteName(path, readOnly: true), configuration: config)
        try probe.read { db in try JournalIdentity.check(db, path: path) }
        try probe.close()
    }

    private static func openPool(_ path: String, access: Access, lockWait: LockWait) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .callback { lockWait.shouldRetry(tries: $0) }
        config.foreignKeysEnabled = true
        config.readonly = access == .readOnly
        return try DatabasePool(path: JournalFile.sqliteName(path, readOnly: access == .readOnly), configuration: config)
    }

    /// GRDB chooses synchronous=NORMAL for WAL; a journal wants every commit on disk. The WAL is
    /// folded back into the file when the terminal is idle (`checkpoint()`), not in the middle of
    /// a teacher's typing: SQLite's automatic checkpoint every 1,000 pages made one mark in a
    /// hundred wait for it.
    private static func prepareForWriting(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(autoCheckpointPages)")
        }
        try Migrations.migrator.migrate(pool)
    }
}
