import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// The v3 substitution table on a journal written by the v2 binary.
final class SubstitutionSchemaTests: XCTestCase {
    func testAV2JournalWithASubstitutionMigratesAndKeepsIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-subst-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("journal.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v2: school year setup")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (1, '2026/2027', '2026-09-01', '2027-08-31');
                INSERT INTO subject VALUES (1, 'Математика', 'Мат');
                INSERT INTO staff (id, last_name, first_name, patronymic, position) VALUES (1, 'Петрова', 'Ольга', 'Ивановна', 'учитель'),
                                                                                         (2, 'Сидоров', 'Павел', 'Андреевич', 'учитель');
                INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift) VALUES (1, 1, 5, 'А', 'quarter', 1, 1);
                INSERT INTO teaching VALUES (1, 1, 1, NULL, 1);
                INSERT INTO lesson (id, teaching_id, class_id, subject_id, date, lesson_number, starts_at, ends_at, scheduled_teacher_id,
                                    actual_teacher_id) VALUES (1, 1, 1, 1, '2026-11-27', 3, '10:30', '11:15', 1, 2);
                """)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), 2)
        }
        try queue.close()
        chmod(path, 0o600)

        let store = try JournalStore(path: path)
        try store.pool.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), Migrations.schemaVersion)
            XCTAssertEqual(try LessonQueries.lesson(LessonID(1), db)?.actualTeacherID, StaffID(2))
            XCTAssertNil(try SubstitutionQueries.state(of: LessonID(1), db), "a substitution from before counts as the deputy's")
            XCTAssertEqual(try PageQueries.pages(substitutedBy: StaffID(2), db).map(\.subjectName), ["Математика"])
        }
        try store.pool.write { db in
            try SubstitutionQueries.setState(.declared, substitute: StaffID(2), of: LessonID(1), db)
            XCTAssertThrowsError(try db.execute(sql: "UPDATE lesson_substitution SET state = 'maybe'"), "the states are checked")
        }
    }
}
