import EzhCore
internal import EzhStore

extension JournalService {
    /// The demo's last setup step: every account signs in with `password`, with no forced change
    /// (one hash for all: Argon2id costs tens of milliseconds a hash), and the login screen lists
    /// `hints`. Refused on a real school's journal, whose accounts keep their own passwords.
    package func settleDemoAccounts(password: String, hints: [DemoAccountHint]) throws {
        guard isDemo else {
            throw JournalError.accessDenied(BilingualText(
                "общий пароль демо-школы в базе настоящей школы", "the demo school's shared password on a real school's database"
            ))
        }
        let hash = PasswordHasher.hash(password)
        let text = hints.map { "\($0.login)\t\($0.description)" }.joined(separator: "\n")
        try translatingWrite { db in try DemoAccountQueries.settle(passwordHash: hash, hints: text, db) }
    }
}
