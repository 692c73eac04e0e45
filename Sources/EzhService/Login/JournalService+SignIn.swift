import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Signs a person in. An unknown login, a wrong password and a locked account or terminal
    /// get the same answer (`invalidCredentials`) after the same work: one Argon2id verification
    /// (against a decoy hash when there is no account) and one write transaction. So no answer
    /// tells a guesser which logins exist, and a password tried during a lock is not judged at
    /// all: the lock cannot be used to learn that a guess was right. Failures are counted inside
    /// that transaction, so attempts from many terminals at once all count. After
    /// `maxFailedAttempts` in a row the account is locked for `lockoutMinutes`; after
    /// `maxFailedAttemptsPerTerminal` from one terminal (any logins) within `lockoutMinutes`, the
    /// terminal is. Every attempt is in the access log (never the password, and the typed login
    /// only when it names a real account, since people type passwords into the login field);
    /// the administrator sees the locks there and in the accounts list.
    public func signIn(login: String, password: String) throws -> Session {
        let trimmed = login.trimmingCharacters(in: .whitespaces)
        let found = trimmed.unicodeScalars.count > TextLimit.login.maximum
            ? nil : try read { try AccountQueries.account(login: trimmed, $0) }
        let account = found?.isDisabled == false ? found : nil
        let verified = PasswordHasher.verify(password, against: account?.passwordHash ?? JournalService.decoyHash) && account != nil
        let now = now()
        let session = try translatingWrite { db -> Session? in
            let security = try SecuritySettings.load(db)
            let attempt = SignInAttempt(now: now, terminal: terminal, security: security)
            let terminalFailures = try attempt.terminalFailures(db)
            guard terminalFailures < security.maxFailedAttemptsPerTerminal else {
                try attempt.logFailure(account, detail: "terminal locked", db)
                return nil
            }
            let terminalLocks = terminalFailures + 1 == security.maxFailedAttemptsPerTerminal
            guard let account else {
                try attempt.logFailure(nil, detail: "unknown login", locksTerminal: terminalLocks, db)
                return nil
            }
            let lock = try AccountQueries.lockState(of: account.id, db)
            if let until = lock.lockedUntil.flatMap(InstantFormat.date), now < until {
                try attempt.logFailure(account, detail: "locked", locksTerminal: terminalLocks, db)
                return nil
            }
            // A password reset between the check and this transaction makes the checked hash stale.
            let current = try AccountQueries.account(id: account.id, db)
            guard verified, current?.passwordHash == account.passwordHash else {
                try attempt.countFailure(account, locksTerminal: terminalLocks, db)
                return nil
            }
            let session = try makeSession(for: account, db)
            try AccountQueries.setLockState(of: account.id, failures: 0, lockedUntil: nil, db)
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(now), accountID: account.id, login: account.login,
                role: session.roleLabel, terminal: terminal.label, action: AuditAction.signIn.rawValue, object: account.login
            ), db)
            return session
        }
        guard let session, let account else { throw JournalError.invalidCredentials }
        // Only now, after a sign-in that succeeded: a second hash before the answer would make a
        // right password slower than a wrong one, even during a lock.
        if PasswordHasher.needsRehash(account.passwordHash) {
            let hash = PasswordHasher.hash(password)
            try translatingWrite { db in
                try AccountQueries.setPasswordHash(of: account.id, to: hash, mustChange: session.mustChangePassword, db)
            }
        }
        return session
    }

    /// Ends the session: logged as a sign-out.
    public func signOut(_ session: Session) {
        try? logEvent(.signOut, account: session.accountID, login: session.login, role: session.roleLabel)
    }

    /// The terminal was locked (by key or when idle): logged, the session ends.
    public func lockTerminal(_ session: Session, idle: Bool) {
        try? logEvent(.lock, account: session.accountID, login: session.login, role: session.roleLabel, detail: idle ? "idle" : "key")
    }

    /// The person changes their own password: the old one is checked, the new one must follow
    /// the policy; a one-time password stops being one.
    public func changePassword(_ session: Session, old: String, new: String) throws -> Session {
        guard let account = try read({ try AccountQueries.account(id: session.accountID, $0) }),
              PasswordHasher.verify(old, against: account.passwordHash)
        else { throw JournalError.invalidCredentials }
        try PasswordPolicy.check(new, login: account.login)
        guard new != old else {
            throw JournalError.invalidInput(field: .password, problem: BilingualText(
                "новый пароль должен отличаться от старого", "the new password must differ from the old one"
            ))
        }
        let hash = PasswordHasher.hash(new)
        return try write(session) { db, stamp in
            try AccountQueries.setPasswordHash(of: session.accountID, to: hash, mustChange: false, db)
            // The history says that the password changed, never what it is.
            try ChangeLog.record(stamp.change(
                entity: "account", key: "account=\(session.accountID)", field: "password", from: nil, to: "changed"
            ), in: db)
            guard let updated = try AccountQueries.account(id: session.accountID, db) else { throw JournalError.notSignedIn }
            return try makeSession(for: updated, db)
        }
    }

    /// Folds the write-ahead log back into the database while nobody types (SQLite's own
    /// checkpoint would otherwise run inside someone's commit). Best effort: a busy file is
    /// checkpointed next time.
    public func whileIdle() {
        try? store.checkpoint()
    }

    /// The idle lock of the school's terminals, in minutes.
    public func idleLockMinutes() -> Double {
        (try? read(SecuritySettings.load))?.idleLockMinutes ?? SecuritySettings().idleLockMinutes
    }

    /// Stores the account's own language and keymap; returns the updated session.
    public func setPreferences(_ session: Session, language: Language?, keymapName: String?) throws -> Session {
        let language = language ?? session.language
        let keymap = keymapName ?? session.keymapName
        try TextLimit.keymapName.check(keymap)
        return try write(session) { db, stamp in
            let key = "account=\(session.accountID)"
            if language != session.language {
                try ChangeLog.record(stamp.change(
                    entity: "account", key: key, field: "language", from: session.language.rawValue, to: language.rawValue
                ), in: db)
            }
            if keymap != session.keymapName {
                try ChangeLog.record(stamp.change(
                    entity: "account", key: key, field: "keymap", from: session.keymapName, to: keymap
                ), in: db)
            }
            try AccountQueries.setPreferences(of: session.accountID, language: language, keymap: keymap, db)
            guard let account = try AccountQueries.account(id: session.accountID, db) else {
                throw JournalError.notSignedIn
            }
            return try makeSession(for: account, db)
        }
    }

    func makeSession(for account: AccountRecord, _ db: StoreTransaction) throws -> Session {
        Session(
            accountID: account.id, login: account.login, displayName: account.name.withInitials,
            roles: try AccountQueries.roles(of: account.id, db), staffID: account.staffID,
            language: account.language, keymapName: account.keymap,
            mustChangePassword: try AccountQueries.mustChangePassword(account.id, db)
        )
    }

    /// A hash that no password matches, verified when the login is unknown so that the answer
    /// takes as long as for a known login.
    private static let decoyHash = PasswordHasher.hash(UUID().uuidString)
}
