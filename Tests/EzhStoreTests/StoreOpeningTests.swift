import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// Which files the store opens, and that opening read-only never writes.
final class StoreOpeningTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-opening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private var path: String { directory.appendingPathComponent("journal.sqlite").path }

    /// A journal closed and folded back into one file, as a backup is.
    private func makeJournal() throws {
        let store = try JournalStore(path: path)
        try store.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    private func raw(_ body: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction(body)
        try queue.close()
    }

    func testANewJournalRecordsItsSchemaVersion() throws {
        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
    }

    func testReadOnlyOpeningWritesNothingAndRefusesWrites() throws {
        try makeJournal()
        let before = FileManager.default.contents(atPath: path)
        let store = try JournalStore(path: path, access: .readOnly)
        XCTAssertEqual(try store.quickCheck(), [])
        XCTAssertFalse(try store.hasSchool())
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "INSERT INTO setting VALUES ('a', 'b')") })
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    }

    /// A journal written by an older ezh: the schema only up to `migration`.
    private func migrate(upTo migration: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: migration)
        try queue.close()
        chmod(path, 0o600)
    }

    func testAJournalFromBeforeTheVersionNumberOpensAndIsBroughtUpToIt() throws {
        try migrate(upTo: "v1: access log")
        XCTAssertNoThrow(try JournalStore(path: path, access: .readOnly))
        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
    }

    func testASecondSchemaJournalGainsTheExemptionTablesAndVersion3() throws {
        try migrate(upTo: "v2: school year setup")
        try raw { db in XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), 2) }
        let store = try JournalStore(path: path)
        let tables = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pragma_table_list WHERE name LIKE 'exemption%' AND strict = 1 ORDER BY name")
        }
        XCTAssertEqual(tables, ["exemption", "exemption_subject"])
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
    }

    func testAFirstSchemaJournalKeepsItsBellsAsTheDefaultSchedule() throws {
        try migrate(upTo: "v1: schema version")
        try raw { db in
            try db.execute(sql: """
                INSERT INTO bell (shift, weekday, lesson_number, starts_at, ends_at)
                VALUES (1, 0, 1, '08:30', '09:15'), (1, 0, 2, '09:25', '10:10')
                """)
        }
        let store = try JournalStore(path: path)
        let bells = try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.name, s.is_default, b.lesson_number, b.starts_at FROM bell b
                JOIN bell_schedule s ON s.id = b.schedule_id ORDER BY b.lesson_number
                """).map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int) \($0[3] as String)" }
        }
        XCTAssertEqual(bells, ["Основное 1 1 08:30", "Основное 1 2 09:25"])
    }

    func testANewerSchemaIsRefusedEitherWay() throws {
        try makeJournal()
        try raw { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9: something new')") }
        for access in [JournalStore.Access.readOnly, .readWrite] {
            XCTAssertThrowsError(try JournalStore(path: path, access: access)) { error in
                XCTAssertEqual(error as? JournalFileError, .newerSchema(
                    path: path, fileVersion: Migrations.schemaVersion + 1, supportedVersion: Migrations.schemaVersion
                ))
            }
        }
    }

    func testAnotherProgramsDatabaseIsRefusedAndNotMigrated() throws {
        try raw { db in try db.execute(sql: "CREATE TABLE note (text TEXT)") }
        XCTAssertThrowsError(try JournalStore(path: path)) { error in
            XCTAssertEqual(error as? JournalFileError, .notAJournal(path: path, content: .otherDatabase))
        }
        let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        XCTAssertEqual(tables, ["note"])
    }

    func testAFailedCreationRemovesTheNewFile() throws {
        struct Refused: Error {}
        XCTAssertThrowsError(try JournalStore.create(at: path) { _ in throw Refused() })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
        XCTAssertNoThrow(try JournalStore.create(at: path) { _ in })
        XCTAssertThrowsError(try JournalStore.create(at: path) { _ in }, "an existing file is never overwritten")
    }
}
