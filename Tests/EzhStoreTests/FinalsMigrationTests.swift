import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// A journal written by the schema-2 ezh takes the finals' schema (closing per class, the order
/// date of a correction) and keeps the corrections it had.
final class FinalsMigrationTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-finals-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    func testASchemaTwoJournalWithACorrectionMigrates() throws {
        let path = directory.appendingPathComponent("journal.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v2: school year setup")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO school VALUES (1, 'Школа', 'Europe/Moscow', 5, 1, '2026-08-01T00:00:00.000Z');
                INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (1, '2026/2027', '2026-09-01', '2027-08-31');
                INSERT INTO period (id, year_id, scheme, number, starts_on, ends_on) VALUES (1, 1, 'quarter', 1, '2026-09-01', '2026-10-24');
                INSERT INTO subject VALUES (1, 'Математика', 'Мат');
                INSERT INTO class (id, year_id, grade, letter, period_scheme) VALUES (1, 1, 5, 'А', 'quarter');
                INSERT INTO pupil (id, last_name, first_name, patronymic, gender, birth_date) VALUES (1, 'Иванова', 'Анна', '', 'f', '2015-03-01');
                INSERT INTO staff (id, last_name, first_name, patronymic, position) VALUES (1, 'Петрова', 'Ольга', '', 'учитель');
                INSERT INTO account (id, login, password_hash, staff_id) VALUES (1, 'deputy', 'x', 1);
                INSERT INTO period_final (id, pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by)
                    VALUES (1, 1, 1, 1, 'period', 1, '3', '2026-10-24T10:00:00.000Z', 1);
                INSERT INTO final_correction (period_final_id, kind, old_value, new_value, order_number, reason, made_by, made_at)
                    VALUES (1, 'retake', '2', '3', '№ 1', 'пересдача', 1, '2026-10-24T10:00:00.000Z');
                """)
        }
        try queue.close()
        chmod(path, 0o600)

        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        let kept = try store.pool.read { try FinalsQueries.corrections(ofFinal: 1, $0) }
        XCTAssertEqual(kept.map(\.orderNumber), ["№ 1"])
        XCTAssertNil(kept.first?.orderDate, "a correction from before the order date was asked has none")
        try store.pool.write { db in
            try FinalsQueries.closeForClass(PeriodID(1), classID: ClassID(1), at: Date(), by: AccountID(1), db)
        }
        XCTAssertEqual(try store.pool.read { try FinalsQueries.closings(ofClass: ClassID(1), $0) }.keys.sorted(), [PeriodID(1)])
    }
}
