import GRDB

/// School settings as key/value text.
public enum SettingQueries {
    public static func value(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?"), arguments: [key])
    }

    public static func set(_ key: String, to value: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [key, value]
        )
    }

    /// Demo databases list their demo accounts here, one "login<TAB>description" a line.
    public static let demoAccountsKey = "demo.accounts"
}
