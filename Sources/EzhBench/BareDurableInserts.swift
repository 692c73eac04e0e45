import Foundation
import GRDB

/// The baseline of a durable write: one row inserted and committed per transaction, WAL with
/// synchronous=FULL as the journal runs, in a scratch file beside the journal (the same disk).
final class BareDurableInserts {
    private let path: String
    private let pool: DatabasePool
    private var value = 0

    init(besides databasePath: String) throws {
        path = (databasePath as NSString).deletingLastPathComponent + "/bench-bare-\(getpid()).sqlite"
        pool = try DatabasePool(path: path)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
        }
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func insertOne() throws {
        value += 1
        let text = String(value)
        try pool.write { db in
            try db.execute(sql: "INSERT INTO t (value) VALUES (?)", arguments: [text])
        }
    }
}
