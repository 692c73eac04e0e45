import EzhCore
import EzhStore
import Foundation
import GRDB

extension JournalService {
    /// Signs a person in. A wrong login and a wrong password give the same answer, after the
    /// same work, so neither reveals which accounts exist. After too many failures in a row the
    /// account is locked for a while; every attempt is in the access log (never the password,
    /// and the typed login only when it names a real account, since people type passwords into
    /// the login field).
    public func signIn(login: String, password: String) throws -> Session {
        let trimmed = login.trimmingCharacters(in: .whitespaces)
        let account = try read { try AccountQueries.account(login: trimmed, $0) }
        guard let account, !account.isDisabled else {
            _ = PasswordHasher.verify(password, against: JournalService.decoyHash)
            try logEvent(.signInFailed, account: nil, login: "?", role: "", detail: "unknown login")
            throw JournalError.invalidCredentials
        }
        let now = now()
        let security = try read(SecuritySettings.load)
        let lock = try read { try AccountQueries.lockState(of: account.id, $0) }
        if let until = lock.lockedUntil.flatMap(InstantFormat.date), now < until {
            try logEvent(.signInFailed, account: account.id, login: account.login, role: "", detail: "locked")
            throw JournalError.accountLocked(until: timeZone.timeOfDay(of: until).text)
        }
        guard PasswordHasher.verify(password, against: account.passwordHash) else {
            try recordFailure(account, failuresBefore: lock.failures, security, now)
            throw JournalError.invalidCredentials
        }
        let session = try read { try makeSession(for: account, $0) }
        try translatingWrite { db in
            try AccountQueries.setLockState(of: account.id, failures: 0, lockedUntil: nil, db)
            if PasswordHasher.needsRehash(account.passwordHash) {
                try AccountQueries.setPasswordHash(
                    of: account.id, to: PasswordHasher.hash(password), mustChange: session.mustChangePassword, db
                )
            }
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(now), accountID: account.id, login: account.login,
                role: session.roleLabel, terminal: terminal.label, action: AuditAction.signIn.rawValue, object: account.login
            ), db)
        }
        return session
    }

    private func recordFailure(_ account: AccountRecord, failuresBefore: Int, _ security: SecuritySettings, _ now: Date) throws {
        let failures = failuresBefore + 1
        let locks = failures >= security.maxFailedAttempts
        let until = locks ? now.addingTimeInterval(TimeInterval(security.lockoutMinutes * 60)) : nil
        try translatingWrite { db in
            try AccountQueries.setLockState(
                of: account.id, failures: locks ? 0 : failures, lockedUntil: until.map(InstantFormat.string), db
            )
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(now), accountID: account.id, login: account.login, role: "",
                terminal: terminal.label, action: (locks ? AuditAction.lockout : .signInFailed).rawValue,
                object: account.login, detail: "attempt \(failures)"
            ), db)
        }
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
            throw JournalError.invalidInput(field: "пароль", problem: "новый пароль должен отличаться от старого")
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

    func makeSession(for account: AccountRecord, _ db: Database) throws -> Session {
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
