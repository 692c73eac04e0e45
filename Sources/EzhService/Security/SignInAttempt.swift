import EzhCore
internal import EzhStore
import Foundation

/// The bookkeeping of one failed sign-in, inside the sign-in's write transaction: the account's
/// count, the locks, the access-log entry.
struct SignInAttempt {
    let now: Date
    let terminal: TerminalInfo
    let security: SecuritySettings

    /// Failed attempts logged from this terminal within the last `lockoutMinutes`, any login.
    func terminalFailures(_ db: StoreTransaction) throws -> Int {
        let since = now.addingTimeInterval(-TimeInterval(security.lockoutMinutes * 60))
        return try SignInQueries.failedTerminals(since: InstantFormat.string(since), db).filter(terminal.isSameSource).count
    }

    /// A wrong password: one more failure on the account, counted in the database; the one that
    /// reaches `maxFailedAttempts` locks the account and is logged as the lockout.
    func countFailure(_ account: AccountRecord, locksTerminal: Bool, _ db: StoreTransaction) throws {
        let failures = try SignInQueries.countFailure(of: account.id, db)
        var detail = "attempt \(failures)"
        if failures >= security.maxFailedAttempts {
            let until = now.addingTimeInterval(TimeInterval(security.lockoutMinutes * 60))
            try AccountQueries.setLockState(of: account.id, failures: 0, lockedUntil: InstantFormat.string(until), db)
            detail += "; account locked for \(security.lockoutMinutes) min"
        }
        try logFailure(account, detail: detail, locksTerminal: locksTerminal, accountLocks: failures >= security.maxFailedAttempts, db)
    }

    /// The access-log entry of a failed attempt: a lockout when it locked the account or the
    /// terminal, else a failed sign-in. The typed login is recorded only when it is an account's.
    func logFailure(
        _ account: AccountRecord?, detail: String, locksTerminal: Bool = false, accountLocks: Bool = false, _ db: StoreTransaction
    ) throws {
        let detail = locksTerminal ? detail + "; terminal locked for \(security.lockoutMinutes) min" : detail
        try AccessLog.append(AccessLogRow(
            seq: 0, at: InstantFormat.string(now), accountID: account?.id, login: account?.login ?? "?", role: "",
            terminal: terminal.label, action: (locksTerminal || accountLocks ? AuditAction.lockout : .signInFailed).rawValue,
            object: account?.login ?? "?", detail: detail
        ), db)
    }
}

extension TerminalInfo {
    /// Whether an access-log terminal label is this terminal: over SSH the client's address
    /// (every new connection gets a new tty), else the tty.
    func isSameSource(_ label: String) -> Bool {
        if let remoteAddress { return label.hasSuffix(" (\(remoteAddress))") }
        return label == tty
    }
}
