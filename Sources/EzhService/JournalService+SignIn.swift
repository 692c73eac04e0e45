import EzhCore
import EzhStore
import Foundation
import GRDB

extension JournalService {
    /// Signs a person in. A wrong login and a wrong password give the same answer, after the
    /// same work, so neither reveals which accounts exist.
    public func signIn(login: String, password: String) throws -> Session {
        let trimmed = login.trimmingCharacters(in: .whitespaces)
        let account = try read { try AccountQueries.account(login: trimmed, $0) }
        guard let account, !account.isDisabled else {
            _ = PasswordHasher.verify(password, against: JournalService.decoyHash)
            throw JournalError.invalidCredentials
        }
        guard PasswordHasher.verify(password, against: account.passwordHash) else {
            throw JournalError.invalidCredentials
        }
        return try makeSession(for: account)
    }

    public func signOut(_ session: Session) {}

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

    private func makeSession(for account: AccountRecord) throws -> Session {
        try read { try makeSession(for: account, $0) }
    }

    private func makeSession(for account: AccountRecord, _ db: Database) throws -> Session {
        Session(
            accountID: account.id, login: account.login, displayName: account.name.withInitials,
            roles: try AccountQueries.roles(of: account.id, db), staffID: account.staffID,
            language: account.language, keymapName: account.keymap
        )
    }

    /// A hash that no password matches, verified when the login is unknown so that the answer
    /// takes as long as for a known login.
    private static let decoyHash = PasswordHasher.hash(UUID().uuidString)
}
