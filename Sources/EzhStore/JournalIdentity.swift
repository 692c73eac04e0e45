import EzhCore
import GRDB

/// Whether an SQLite file is an ezh journal this binary understands, read without writing.
enum JournalIdentity {
    /// Refuses another program's database and a journal whose schema is newer than this binary.
    static func check(_ db: Database, path: String) throws {
        let hasMigrations = try db.tableExists("grdb_migrations")
        let migrator = Migrations.migrator
        guard hasMigrations, try migrator.appliedIdentifiers(db).contains(Migrations.journalMarker) else {
            throw JournalFileError.notAJournal(path: path, content: .otherDatabase)
        }
        let fileVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        // A newer ezh that added a migration without raising the version is newer all the same.
        let superseded = try migrator.hasBeenSuperseded(db)
        if fileVersion > Migrations.schemaVersion || superseded {
            throw JournalFileError.newerSchema(
                path: path, fileVersion: max(fileVersion, Migrations.schemaVersion + 1),
                supportedVersion: Migrations.schemaVersion
            )
        }
    }
}
