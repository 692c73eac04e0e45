import EzhCore
import GRDB

/// The web diary's server-side sessions, by the hash of their token (never the token itself).
public enum WebSessionQueries {
    public struct Row: Sendable {
        public let accountID: AccountID
        public let lastSeenAt: String
        public let expiresAt: String
    }

    public static func insert(tokenHash: String, account: AccountID, at: String, expiresAt: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO web_session (token_hash, account_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [tokenHash, account.rawValue, at, at, expiresAt]
        )
    }

    public static func session(tokenHash: String, _ db: Database) throws -> Row? {
        let sql = "SELECT account_id, last_seen_at, expires_at FROM web_session WHERE token_hash = ?"
        guard let row = try GRDB.Row.fetchOne(db.cachedStatement(sql: sql), arguments: [tokenHash]) else { return nil }
        return Row(accountID: AccountID(row["account_id"] as Int64), lastSeenAt: row["last_seen_at"], expiresAt: row["expires_at"])
    }

    public static func touch(tokenHash: String, at: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE web_session SET last_seen_at = ? WHERE token_hash = ?", arguments: [at, tokenHash])
    }

    public static func delete(tokenHash: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ?", arguments: [tokenHash])
    }

    /// Ends every session of an account (its password changed, or it was disabled).
    public static func deleteAll(of account: AccountID, except tokenHash: String?, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM web_session WHERE account_id = ? AND token_hash IS NOT ?", arguments: [account.rawValue, tokenHash]
        )
    }

    /// Drops the sessions that ended by `now` (absolute) or were idle since before `idleSince`.
    public static func deleteEnded(now: String, idleSince: String, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM web_session WHERE expires_at <= ? OR last_seen_at < ?", arguments: [now, idleSince]
        )
    }
}
