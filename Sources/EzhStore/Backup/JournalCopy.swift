import EzhCore
import Foundation
import GRDB

/// Copies of the journal file made with SQLite's online backup API, and what a copy holds.
///
/// The copy is read inside one read transaction of the live pool: in WAL mode that snapshot never
/// blocks a teacher's write and never changes under the copy, so the copy is the journal exactly
/// as it was at one commit, however many processes keep writing meanwhile.
public enum JournalCopy {
    /// What a copy is, read back from the copy itself.
    public struct Facts: Sendable, Equatable {
        /// SQLite's integrity_check findings; empty when the file is sound.
        public var damage: [String]
        public var chain: AuditVerification
        public var headSeq: Int64
        public var headHash: String
        /// The newest change_history row in the copy (0 when none).
        public var lastHistoryID: Int64
        public var schemaVersion: Int
        public var schoolName: String
        /// The public keys the copy's journal knows, oldest first.
        public var publicKeys: [String]
        /// The anchor's entry the chain was checked after (0: the whole chain).
        public var chainCheckedAfter: Int64 = 0
        /// Every journal value against its newest history row (nil: not checked).
        public var values: ValueVerification?
        /// The school's time zone (its identifier), for telling the copy's times as its people
        /// read them; empty when not read.
        public var timeZoneIdentifier = ""
    }

    /// The newest schema this binary opens: a copy made by a newer ezh is not restored by this one.
    public static var supportedSchemaVersion: Int { Migrations.schemaVersion }

    /// Copies the journal in `store` to a new file at `path` (which must not exist), mode 0600,
    /// as one self-contained file (rollback journal mode, no -wal beside it).
    public static func make(from store: JournalStore, to path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw JournalFileError.cannotOpen(path: path, detail: String(cString: strerror(errno))) }
        close(fd)
        let destination = try DatabaseQueue(path: path)
        do {
            try store.pool.backup(to: destination)
            try destination.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try destination.close()
        } catch {
            try? destination.close()
            throw JournalFileError.explaining(error, path: path) ?? error
        }
    }

    /// Reads a copy read-only (nothing written, no -wal or -shm made): SQLite's full
    /// integrity_check, the whole access-log chain, every journal value against its history,
    /// its head and the keys it names.
    public static func facts(at path: String) throws -> Facts {
        try JournalFile.checkLooksLikeDatabase(path)
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: immutableName(path), configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            let damage = lines == ["ok"] ? [] : lines
            guard damage.isEmpty else {
                return Facts(damage: damage, chain: .intact(entries: 0), headSeq: 0, headHash: "", lastHistoryID: 0,
                             schemaVersion: 0, schoolName: "", publicKeys: [])
            }
            let head = try AccessLogQueries.head(db)
            return Facts(
                damage: [],
                chain: try AccessLog.verify(db),
                headSeq: head?.seq ?? 0,
                headHash: head?.hash ?? AccessLog.genesis,
                lastHistoryID: try Int64.fetchOne(db, sql: "SELECT max(id) FROM change_history") ?? 0,
                schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                schoolName: try String.fetchOne(db, sql: "SELECT name FROM school") ?? "",
                publicKeys: try SchoolKeyQueries.exists(db) ? SchoolKeyQueries.all(db).map(\.publicKeyHex) : [],
                values: try JournalValueCheck.run(db),
                timeZoneIdentifier: try String.fetchOne(db, sql: "SELECT time_zone FROM school") ?? ""
            )
        }
    }

    /// Changes in the journal after history row `afterHistoryID`, counted by entity and field
    /// ("mark value", "lesson topic"), and the access-log entries after `afterSeq`: what a
    /// restore of a copy with that head would lose.
    public static func changesSince(
        historyID afterHistoryID: Int64, seq afterSeq: Int64, _ db: Database
    ) throws -> (changes: [String: Int], logEntries: Int) {
        var changes: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT entity, field, count(*) FROM change_history WHERE id > ? GROUP BY entity, field
            """, arguments: [afterHistoryID]) {
            changes["\(row[0] as String) \(row[1] as String)", default: 0] += row[2] as Int
        }
        let entries = try Int.fetchOne(db, sql: "SELECT count(*) FROM access_log WHERE seq > ?", arguments: [afterSeq]) ?? 0
        return (changes, entries)
    }
}

extension JournalCopy {
    /// A copy is a finished file nobody writes: SQLite reads it as it is, with no lock and no
    /// `-shm` or `-wal` made beside it (a copy on read-only media reads the same).
    static func immutableName(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?mode=ro&immutable=1"
    }
}
