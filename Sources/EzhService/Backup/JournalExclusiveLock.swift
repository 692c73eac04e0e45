import Foundation

/// Whether anyone else has the journal open, asked of SQLite's own locks rather than a list of
/// processes (no `fuser`, nothing to forget to register): every connection to a WAL database,
/// ezh's or the sqlite3 shell's, holds a read lock on the dead-man-switch byte of `<db>-shm`
/// (byte 128 in SQLite's unix VFS) for as long as it is open. Taking a write lock on that byte
/// succeeds only when no other process holds it, and while held it keeps any new connection
/// from opening the database: SQLite's own opener asks for the same byte and waits.
///
/// Locks of this kind belong to the process: closing any descriptor of `-shm` drops every one
/// this process holds on it, SQLite's included. So the lock is taken only while this process
/// has no SQLite connection to the journal, and released before it opens one.
final class JournalExclusiveLock {
    private let descriptor: Int32
    private static let deadManSwitchByte: off_t = 128

    /// The lock, or nil when another process has the journal open.
    init?(journal path: String) throws {
        let shm = path + "-shm"
        let fd = open(shm, O_RDWR | O_CREAT, 0o600)
        guard fd >= 0 else { throw BackupError.cannotWrite(path: shm, detail: String(cString: strerror(errno))) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = Self.deadManSwitchByte
        lock.l_len = 1
        guard fcntl(fd, F_SETLK, &lock) == 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    /// Lets others open the journal again.
    func release() {
        close(descriptor)
    }
}
