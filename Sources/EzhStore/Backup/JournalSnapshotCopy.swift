import EzhCore
import Foundation
import GRDB
import GRDBSQLite

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

    /// Copies the journal at `source` to a new file at `path` (which must not exist), mode 0600.
    /// The caller puts the file on disk.
    public static func make(from source: String, to path: String) throws -> Made {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw JournalFileError.cannotOpen(path: path, detail: String(cString: strerror(errno))) }
        var fdOpen = true
        defer { if fdOpen { close(fd) } }
        // A connection of its own that never waits: a busy fold is simply skipped.
        let queue = try DatabaseQueue(path: source)
        defer { try? queue.close() }
        _ = try? queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let streamed: Made? = try queue.read { db in
            let head = try LogCheckpoints.head(db)
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let pageCount = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            guard !JournalFile.hasContent(source + "-wal"), pageSize > 0 else { return nil }
            let digest = try copyPages(db, count: pageCount, size: pageSize, to: fd, path: path)
            return Made(bytes: Int64(pageCount * pageSize), blake2b: digest, pageSize: pageSize, pageCount: pageCount,
                        headSeq: head.seq, headHash: head.hash, streamed: true)
        }
        if let streamed { return streamed }
        close(fd)
        fdOpen = false
        return try copyWithBackupAPI(queue, to: path)
    }

    /// The pages of the read transaction's snapshot, straight from the file.
    private static func copyPages(_ db: Database, count: Int, size: Int, to fd: Int32, path: String) throws -> String {
        var file: UnsafeMutablePointer<sqlite3_file>?
        guard sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK,
              let file, let readAt = file.pointee.pMethods?.pointee.xRead
        else { throw JournalFileError.cannotOpen(path: path, detail: "SQLite file handle unavailable") }
        let digest = StreamingDigest()
        var finished = false
        defer { if !finished { _ = digest.finish() } }
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
        }
        finished = true
        return digest.finish()
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
    /// then the digest of the finished file.
    private static func copyWithBackupAPI(_ queue: DatabaseQueue, to path: String) throws -> Made {
        let destination = try DatabaseQueue(path: path)
        do {
            var head: (seq: Int64, hash: String) = (0, AccessLog.genesis)
            try queue.read { db in
                head = try LogCheckpoints.head(db)
                try destination.writeWithoutTransaction { try db.backup(to: $0) }
            }
            let (pageSize, pageCount) = try destination.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                return (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0)
            }
            try destination.close()
            guard let digest = StreamingDigest.ofFile(path) else {
                throw JournalFileError.cannotOpen(path: path, detail: "the copy could not be read back")
            }
            return Made(bytes: digest.bytes, blake2b: digest.blake2b, pageSize: pageSize, pageCount: pageCount,
                        headSeq: head.seq, headHash: head.hash, streamed: false)
        } catch {
            try? destination.close()
            throw JournalFileError.explaining(error, path: path) ?? error
        }
    }
}
