import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// The v3 lesson plan columns on a journal written by the v2 binary.
final class KtpMigrationTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-ktp-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    func testASecondSchemaPlanKeepsItsRowsWithNoPlannedDates() throws {
        let path = directory.appendingPathComponent("journal.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v2: school year setup")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (1, '2026/2027', '2026-09-01', '2027-08-31');
                INSERT INTO class (id, year_id, grade, letter, period_scheme) VALUES (1, 1, 5, 'А', 'quarter');
                INSERT INTO subject VALUES (1, 'Математика', 'Мат');
                INSERT INTO staff (id, last_name, first_name) VALUES (1, 'Петрова', 'Ольга');
                INSERT INTO teaching VALUES (1, 1, 1, NULL, 1);
                INSERT INTO lesson_plan_item (teaching_id, position, topic, hours) VALUES (1, 1, 'Натуральные числа', 100), (1, 2, 'Дроби', 70);
                """)
        }
        try queue.close()
        chmod(path, 0o600)

        let store = try JournalStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Migrations.schemaVersion)
        XCTAssertEqual(try store.pool.read { try LessonPlanQueries.rows(of: 1, $0) }, [
            PlanRow(topic: "Натуральные числа", hours: 100), PlanRow(topic: "Дроби", hours: 70),
        ])
        let dated = [PlanRow(topic: "Дроби", hours: 170, plannedDate: LocalDate(year: 2026, month: 9, day: 2))]
        try store.pool.write { try LessonPlanQueries.replace(1, with: dated, $0) }
        XCTAssertEqual(try store.pool.read { try LessonPlanQueries.rows(of: 1, $0) }, dated)
    }
}
