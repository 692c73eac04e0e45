import GRDB

/// The schema, built by migrations from an empty file. Every table is STRICT; days are
/// "YYYY-MM-DD", times of day "HH:MM", instants ISO-8601 UTC text ("2026-11-27T08:15:00.000Z").
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: school structure", migrate: SchoolSchema.create)
        migrator.registerMigration("v1: people and accounts", migrate: PeopleSchema.create)
        migrator.registerMigration("v1: timetable and lessons", migrate: TimetableSchema.create)
        migrator.registerMigration("v1: marks, attendance, finals, history", migrate: JournalSchema.create)
        migrator.registerMigration("v1: validation layer", migrate: ValidationSchema.create)
        migrator.registerMigration("v1: access log", migrate: AccessLogSchema.create)
        return migrator
    }
}
