import EzhCore
import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The copy `ezh backup` makes: the journal as it was at one commit, written to a new file with
/// its BLAKE2b digest computed on the second core as the bytes go out.
///
/// When the journal's WAL is empty at the snapshot (the usual case: the copy first folds the WAL
/// into the file, and a school writes a few marks a minute), the snapshot IS the main file's
/// first `page_count` pages, and they stay as they are while the copy holds its read
/// transaction (a reader that needs no WAL frame stops every checkpoint from writing into the
/// file). Those pages are then copied as they are, read through SQLite's own file handle (a
/// second descriptor of our own, once closed, would drop SQLite's POSIX locks on the file), with
/// one change to the header: the copy is marked a rollback-journal file, so it is one
/// self-contained file with no `-wal` beside it. Otherwise (someone wrote between the fold and
/// the snapshot) the copy is made with SQLite's backup API from the same snapshot and digested
/// after.
///
/// A check of the snapshot (`checkingAlongside`: the backup checks the access-log chain) runs in
/// the same read transaction, on the calling thread, while a thread of its own copies the pages:
/// the copy, its digest and the check take a core each where they can, and the check reads
/// exactly the pages the copy holds. The check is told when the copy is done, so it can stop
/// rather than keep the backup waiting.
public enum JournalSnapshotCopy {
    public struct Made: Sendable, Equatable {
        public var bytes: Int64
        public var blake2b: String
        public var pageSize: Int
        public var pageCount: Int
        /// The source's access-log head at the snapshot: the copy must end there.
        public var headSeq: Int64
        public var headHash: String
        /// False when the WAL was not empty and the backup API made the copy.
        public var streamed: Bool
    }

    /// Copies the journal at `source` to a new file at `path` (which must not exist), mode 0600,
    /// and runs `check` on the snapshot copied (in the same read transaction) meanwhile; its
    /// second argument says whether the copy is done (when the backup API made the copy first:
    /// whether the check has taken as long as the copy did). The caller puts the file on disk
    /// (most of it is there already: see `BackgroundWriteback`).
    public static func make<Checked>(
        from source: String, to path: String, checkingAlongside check: (Database, _ copyDone: () -> Bool) throws -> Checked
    ) throws -> (made: Made, checked: Checked) {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw JournalFileError.cannotOpen(path: path, detail: String(cString: strerror(errno))) }
        var fdOpen = true
        defer { if fdOpen { close(fd) } }
        // A connection of its own that never waits: a busy fold is simply skipped.
        let queue = try DatabaseQueue(path: source)
        defer { try? queue.close() }
        _ = try? queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let streamed: (Made, Checked)? = try queue.read { db in
            let head = try LogCheckpoints.head(db)
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let pageCount = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            guard !JournalFile.hasContent(source + "-wal"), pageSize > 0 else { return nil }
            let copier = try PageCopier(db, count: pageCount, size: pageSize, to: fd, path: path)
            // The copy goes on beside the check; whatever the check does, the copy is waited
            // for before the read transaction ends.
            let checked = Result { try check(db, copier.isDone) }
            let digest = try copier.finish()
            return (Made(bytes: Int64(pageCount * pageSize), blake2b: digest, pageSize: pageSize, pageCount: pageCount,
                         headSeq: head.seq, headHash: head.hash, streamed: true), try checked.get())
        }
        if let streamed { return (made: streamed.0, checked: streamed.1) }
        close(fd)
        fdOpen = false
        return try copyWithBackupAPI(queue, to: path, checking: check)
    }

    /// Copies the pages of the read transaction's snapshot straight from the file, on a thread
    /// of its own, while the digest is computed on another (`StreamingDigest`).
    ///
    /// The pages are read through SQLite's own file handle of `db`'s connection, without the
    /// connection itself: the calling thread goes on using the connection meanwhile, and reads
    /// of a file at given offsets do not disturb each other.
    private final class PageCopier: @unchecked Sendable {
        private let file: UnsafeMutablePointer<sqlite3_file>
        private let readAt: @convention(c) (UnsafeMutablePointer<sqlite3_file>?, UnsafeMutableRawPointer?, Int32, sqlite3_int64) -> Int32
        private let count: Int
        private let size: Int
        private let fd: Int32
        private let path: String
        private let done = DispatchSemaphore(value: 0)
        private let finished = Mutex(false)
        // Written by the copying thread before it signals `done`, read after waiting on it.
        private var outcome: Result<String, Error> = .success("")

        init(_ db: Database, count: Int, size: Int, to fd: Int32, path: String) throws {
            var file: UnsafeMutablePointer<sqlite3_file>?
            guard sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK,
                  let file, let readAt = file.pointee.pMethods?.pointee.xRead
            else { throw JournalFileError.cannotOpen(path: path, detail: "SQLite file handle unavailable") }
            self.file = file
            self.readAt = readAt
            self.count = count
            self.size = size
            self.fd = fd
            self.path = path
            let thread = Thread { [self] in
                outcome = Result { try copyPages() }
                finished.withLock { $0 = true }
                done.signal()
            }
            thread.name = "ezh backup copy"
            thread.start()
        }

        /// Whether the copy has finished (well or not).
        func isDone() -> Bool { finished.withLock { $0 } }

        /// Waits for the copy; its digest.
        func finish() throws -> String {
            done.wait()
            return try outcome.get()
        }

        private func copyPages() throws -> String {
            let digest = StreamingDigest()
            let writeback = BackgroundWriteback(fd: fd)
            var finished = false
            defer {
                if !finished { _ = digest.finish() }
                writeback.wait()
            }
            let total = count * size
            var offset = 0
            while offset < total {
                let length = min(StreamingDigest.bufferSize, total - offset)
                let buffer = digest.nextBuffer()
                guard readAt(file, buffer, Int32(length), sqlite3_int64(offset)) == SQLITE_OK else {
                    throw JournalFileError.cannotOpen(path: path, detail: "the journal could not be read at byte \(offset)")
                }
                if offset == 0 { markRollbackJournal(buffer, pageCount: count) }
                var written = 0
                while written < length {
                    let result = pwrite(fd, buffer + written, length - written, off_t(offset + written))
                    guard result > 0 else { throw JournalFileError.cannotOpen(path: path, detail: String(cString: strerror(errno))) }
                    written += result
                }
                digest.submit(length: length)
                offset += length
                if offset % BackgroundWriteback.stretch == 0 { writeback.request() }
            }
            finished = true
            return digest.finish()
        }
    }

    /// Rewrites a WAL-mode file's header as a rollback-journal one (file format versions 1, as
    /// `PRAGMA journal_mode = DELETE` leaves them), with the page count made valid.
    private static func markRollbackJournal(_ page: UnsafeMutableRawPointer, pageCount: Int) {
        let bytes = page.assumingMemoryBound(to: UInt8.self)
        bytes[18] = 1
        bytes[19] = 1
        for index in 0..<4 {
            bytes[28 + index] = UInt8(truncatingIfNeeded: pageCount >> (8 * (3 - index)))
            // "Version valid for" equal to the change counter: the page count above is current.
            bytes[92 + index] = bytes[24 + index]
        }
    }

    /// Someone wrote between the fold and the snapshot: SQLite's backup API from one snapshot,
    /// the check of the same snapshot, then the digest of the finished file.
    private static func copyWithBackupAPI<Checked>(
        _ queue: DatabaseQueue, to path: String, checking check: (Database, _ copyDone: () -> Bool) throws -> Checked
    ) throws -> (made: Made, checked: Checked) {
        let destination = try DatabaseQueue(path: path)
        do {
            let (head, checked) = try queue.read { db in
                let head = try LogCheckpoints.head(db)
                let clock = ContinuousClock()
                let copyStarted = clock.now
                try destination.writeWithoutTransaction { try db.backup(to: $0) }
                let copyTook = clock.now - copyStarted
                let checkStarted = clock.now
                return (head, try check(db) { clock.now - checkStarted >= copyTook })
            }
            let (pageSize, pageCount) = try destination.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                return (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0)
            }
            try destination.close()
            guard let digest = StreamingDigest.ofFile(path) else {
                throw JournalFileError.cannotOpen(path: path, detail: "the copy could not be read back")
            }
            let made = Made(bytes: digest.bytes, blake2b: digest.blake2b, pageSize: pageSize, pageCount: pageCount,
                            headSeq: head.seq, headHash: head.hash, streamed: false)
            return (made: made, checked: checked)
        } catch {
            try? destination.close()
            throw JournalFileError.explaining(error, path: path) ?? error
        }
    }
}
