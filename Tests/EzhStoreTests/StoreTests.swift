import EzhCore
import EzhStore
import Foundation
import GRDB
import XCTest

final class StoreTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-store-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private var path: String { directory.appendingPathComponent("journal.sqlite").path }

    func testMigratingAnEmptyFileCreatesEveryTableStrict() throws {
        let store = try JournalStore(path: path)
        let tables = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
        }
        let names = Set(tables.map { $0["name"] as String })
        for expected in [
            "school", "setting", "academic_year", "period", "day_off", "bell", "subject", "work_type", "staff", "pupil",
            "parent", "parent_pupil", "class", "class_membership", "subgroup", "subgroup_membership", "curriculum",
            "teaching", "timetable_slot", "lesson", "assignment", "mark", "attendance", "period_final", "account",
            "account_role", "change_history",
        ] {
            XCTAssertTrue(names.contains(expected), "missing table \(expected)")
        }
        XCTAssertTrue(tables.allSatisfy { ($0["strict"] as Int) == 1 }, "every table is STRICT")
        XCTAssertFalse(try store.hasSchool())
    }

    func testReopeningAMigratedFileKeepsItsData() throws {
        do {
            let store = try JournalStore(path: path)
            try store.pool.write { db in
                try SchoolQueries.createSchool(
                    SchoolRecord(name: "Школа", timeZoneIdentifier: "Europe/Moscow", weekDays: 6, isDemo: false),
                    createdAt: "2026-08-01T00:00:00.000Z", in: db
                )
            }
        }
        let reopened = try JournalStore(path: path)
        let school = try reopened.pool.read(SchoolQueries.school)
        XCTAssertEqual(school?.name, "Школа")
        XCTAssertEqual(school?.weekDays, 6)
    }

    func testTheFileIsWALAndReadableByItsOwnerOnly() throws {
        let store = try JournalStore(path: path)
        let mode = try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testForeignKeysAndValueChecksHold() throws {
        let store = try JournalStore(path: path)
        XCTAssertThrowsError(try store.pool.write { db in
            try db.execute(sql: "INSERT INTO attendance VALUES (99, 99, 'Н', '', 'x', 1)")
        }, "an attendance row for a lesson that does not exist")
        XCTAssertThrowsError(try store.pool.write { db in
            try db.execute(sql: "INSERT INTO work_type (name, abbreviation, weight) VALUES ('Тест', 'Т', 0)")
        }, "a weight must be positive")
    }

    func testSeveralConnectionsWriteToOneFileAtOnceWithoutBusyErrors() throws {
        let stores = try (0..<4).map { _ in try JournalStore(path: path) }
        try stores[0].pool.write { db in
            try db.execute(sql: "INSERT INTO setting VALUES ('counter', '0')")
        }
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            for _ in 0..<25 {
                try! stores[index].pool.write { db in
                    try db.execute(sql: "UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'counter'")
                }
            }
        }
        let total = try stores[0].pool.read { try SettingQueries.value("counter", $0) }
        XCTAssertEqual(total, "100", "every increment of every writer landed")
    }

    func testInstantsAreStoredAsSortableUTCText() {
        let instant = Date(timeIntervalSince1970: 1_795_800_600.25)
        XCTAssertEqual(InstantFormat.string(instant), "2026-11-27T17:30:00.250Z")
        XCTAssertEqual(InstantFormat.date("2026-11-27T17:30:00.250Z"), instant)
    }
}
