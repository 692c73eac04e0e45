import EzhCore
@testable import EzhStore
import Foundation
import GRDB
import XCTest

/// Schema v4's message tables on a file the v3 binary made.
final class MessagesSchemaTests: OlderJournalTestCase {
    func testAThirdSchemaJournalGainsTheStrictAppendOnlyMessageTables() throws {
        let readOnly = try JournalStore(path: path, access: .readOnly)
        XCTAssertEqual(try readOnly.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, 3)
        try readOnly.pool.close()

        let store = try JournalStore(path: path)
        try store.pool.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), Migrations.schemaVersion)
            XCTAssertEqual(try String.fetchAll(db, sql: """
                SELECT name FROM pragma_table_list WHERE name LIKE 'message%' AND strict = 1 ORDER BY name
                """), ["message", "message_read", "message_thread", "message_thread_member", "message_version"])
        }
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO school VALUES (1, 'Школа', 'Europe/Moscow', 5, 1, '2026-08-01T00:00:00.000Z');
                INSERT INTO staff (id, last_name, first_name) VALUES (1, 'Петрова', 'Ольга');
                INSERT INTO account (id, login, password_hash, staff_id) VALUES (1, 'teacher', 'x', 1);
                """)
            let thread = try MessageWrites.insertThread(
                kind: .staff, subject: "Т", classID: nil, pupil: nil, startedBy: AccountID(1), at: Date(), db
            )
            try MessageWrites.addMember(AccountID(1), to: thread, at: Date(), db)
            _ = try MessageWrites.insertMessage(in: thread, author: AccountID(1), kind: .message, body: "Текст", at: Date(), db)
        }
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "UPDATE message_version SET body = 'другой'") })
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "DELETE FROM message_read") })
        XCTAssertThrowsError(try store.pool.write { try $0.execute(sql: "DELETE FROM message_thread_member") })
    }
}
