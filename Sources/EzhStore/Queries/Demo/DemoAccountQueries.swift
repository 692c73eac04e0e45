import EzhCore
import GRDB

/// The demo school's accounts, settled after its setup: one shared password and the login
/// screen's list. Only a demo database is touched.
public enum DemoAccountQueries {
    /// Gives every account `hash` with no forced change and stores the login screen's list.
    /// - Throws: `JournalError.accessDenied` on a real school's database, writing nothing.
    public static func settle(passwordHash hash: String, hints: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT is_demo FROM school") == true else {
            throw JournalError.accessDenied(BilingualText(
                "общий пароль демо-школы в базе настоящей школы", "the demo school's shared password on a real school's database"
            ))
        }
        try db.execute(sql: "UPDATE account SET password_hash = ?, must_change_password = 0", arguments: [hash])
        try SettingQueries.set(SettingQueries.demoAccountsKey, to: hints, db)
    }
}
