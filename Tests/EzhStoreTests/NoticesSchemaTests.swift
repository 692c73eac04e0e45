import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// The v4 notice, announcement and class event tables on a journal written by the v3 binary.
final class NoticesSchemaTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-notices-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    func testAThirdSchemaJournalGainsTheNoticeTablesAndVersion4() throws {
        let path = directory.appendingPathComponent("journal.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v3: schema version")
        try queue.write { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), 3)
            try db.execute(sql: """
                INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (1, '2026/2027', '2026-09-01', '2027-08-31');
                INSERT INTO class (id, year_id, grade, letter, period_scheme) VALUES (1, 1, 5, 'А', 'quarter');
                INSERT INTO pupil (id, last_name, first_name, gender, birth_date) VALUES (1, 'Иванова', 'Анна', 'f', '2015-03-01');
                """)
        }
        try queue.close()
        chmod(path, 0o600)

        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        let tables = try store.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM pragma_table_list WHERE name IN ('notice', 'notice_round', 'announcement', 'class_event') AND strict = 1 ORDER BY name
                """)
        }
        XCTAssertEqual(tables, ["announcement", "class_event", "notice", "notice_round"])
        let round = LocalDate(year: 2026, month: 11, day: 23)
        try store.pool.write { db in
            try NoticeQueries.startRound(classID: ClassID(1), roundStart: round, at: "2026-11-27T12:00:00.000Z", db)
            _ = try NoticeQueries.insertDraft(classID: ClassID(1), pupil: PupilID(1), roundStart: round, reasons: "НП: 4", text: "…", db)
        }
        XCTAssertEqual(try store.pool.read { try NoticeQueries.notices(ofClass: ClassID(1), since: round, $0).map(\.reasons) }, ["НП: 4"])
        // A sent notice without its instant is refused by the table itself.
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "UPDATE notice SET state = 'sent'") })
    }
}
