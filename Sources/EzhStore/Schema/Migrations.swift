import GRDB

/// The schema, built by migrations from an empty file. Every table is STRICT; days are
/// "YYYY-MM-DD", times of day "HH:MM", instants ISO-8601 UTC text ("2026-11-27T08:15:00.000Z").
///
/// The schema's version number is SQLite's `user_version`: a migration that changes the schema
/// ends by setting it to the next number and raising `schemaVersion`, so an older ezh can name
/// the version of a file it does not understand instead of opening it.
enum Migrations {
    /// The newest schema this binary knows.
    static let schemaVersion = 6

    /// The first migration's identifier: a file that has applied it is an ezh journal.
    static let journalMarker = "v1: school structure"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(journalMarker, migrate: SchoolSchema.create)
        migrator.registerMigration("v1: people and accounts", migrate: PeopleSchema.create)
        migrator.registerMigration("v1: timetable and lessons", migrate: TimetableSchema.create)
        migrator.registerMigration("v1: marks, attendance, finals, history", migrate: JournalSchema.create)
        migrator.registerMigration("v1: validation layer", migrate: ValidationSchema.create)
        migrator.registerMigration("v1: access log", migrate: AccessLogSchema.create)
        migrator.registerMigration("v1: schema version") { db in
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2: school year setup") { db in
            try SchoolYearSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        migrator.registerMigration("v3: exemptions", migrate: ExemptionSchema.create)
        migrator.registerMigration("v3: substitutions", migrate: SubstitutionSchema.create)
        migrator.registerMigration("v3: ktp", migrate: KtpSchema.create)
        migrator.registerMigration("v3: finals", migrate: FinalsSchema.create)
        migrator.registerMigration("v3: school key", migrate: SchoolKeySchema.create)
        migrator.registerMigration("v3: backups", migrate: BackupSchema.create)
        migrator.registerMigration("v3: access-log anchors", migrate: AnchorSchema.create)
        migrator.registerMigration("v3: schema version") { db in
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        migrator.registerMigration("v4: messages", migrate: MessagesSchema.create)
        migrator.registerMigration("v4: notices", migrate: NoticesSchema.create)
        migrator.registerMigration("v4: backup full verification", migrate: BackupSchema.addFullVerification)
        migrator.registerMigration("v4: web sessions", migrate: WebSchema.create)
        migrator.registerMigration("v4: schema version") { db in
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        migrator.registerMigration("v5: access log time index", migrate: AccessLogSchema.addTimeIndex)
        migrator.registerMigration("v5: schema version") { db in
            try db.execute(sql: "PRAGMA user_version = 5")
        }
        migrator.registerMigration("v6: backup chain reach", migrate: BackupSchema.addChainReach)
        migrator.registerMigration("v6: schema version") { db in
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        return migrator
    }
}
