import GRDB

/// The public halves of the school's signing keys, oldest first; the newest is the one in use.
public enum SchoolKeyQueries {
    public struct Row: Sendable, Equatable {
        public let id: Int64
        public let publicKeyHex: String
        public let createdAt: String
    }

    public static func all(_ db: Database) throws -> [Row] {
        try GRDB.Row.fetchAll(db, sql: "SELECT id, public_key, created_at FROM school_key ORDER BY id").map {
            Row(id: $0[0], publicKeyHex: $0[1], createdAt: $0[2])
        }
    }

    /// Whether the table exists: a file opened read-only is not migrated, so a backup made by
    /// an ezh from before the keys has none.
    public static func exists(_ db: Database) throws -> Bool {
        try db.tableExists("school_key")
    }

    @discardableResult
    public static func insert(publicKeyHex: String, createdAt: String, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO school_key (public_key, created_at) VALUES (?, ?)", arguments: [publicKeyHex, createdAt]
        )
        return db.lastInsertedRowID
    }
}
