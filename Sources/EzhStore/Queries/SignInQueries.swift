import EzhCore
import GRDB

/// What sign-in needs from the database beyond the account: counting a failure where the count
/// lives, so that attempts from many terminals at once each count, and the recent failures of
/// the terminals (read from the access log, which records every attempt).
public enum SignInQueries {
    /// Adds one failed attempt to the account inside the caller's write transaction and returns
    /// the new count: never a value computed from an earlier read.
    public static func countFailure(of account: AccountID, _ db: Database) throws -> Int {
        try db.execute(
            sql: "UPDATE account SET failed_attempts = failed_attempts + 1 WHERE id = ?", arguments: [account.rawValue]
        )
        return try Int.fetchOne(
            db, sql: "SELECT failed_attempts FROM account WHERE id = ?", arguments: [account.rawValue]
        ) ?? 0
    }

    /// The terminal labels of the failed sign-ins logged since `since` (an ISO instant): the
    /// access log's index on (action, at) keeps this to the last few minutes' rows.
    public static func failedTerminals(since: String, _ db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT terminal FROM access_log
            WHERE action IN ('\(AuditAction.signInFailed.rawValue)', '\(AuditAction.lockout.rawValue)') AND at >= ?
            """), arguments: [since])
    }
}
