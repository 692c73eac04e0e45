import EzhCore
import Foundation
import GRDB

/// The writes of threads and messages, made by the service inside its transaction with
/// `ChangeLog.record`. Every table they touch is append-only.
public enum MessageWrites {
    public static func insertThread(
        kind: MessageThreadKind, subject: String, classID: ClassID?, pupil: PupilID?, startedBy: AccountID, at instant: Date,
        _ db: Database
    ) throws -> MessageThreadID {
        try db.execute(sql: """
            INSERT INTO message_thread (kind, subject, class_id, pupil_id, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [kind.rawValue, subject, classID?.rawValue, pupil?.rawValue, startedBy.rawValue, InstantFormat.string(instant)])
        return MessageThreadID(db.lastInsertedRowID)
    }

    public static func addMember(_ account: AccountID, to thread: MessageThreadID, at instant: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO message_thread_member (thread_id, account_id, joined_at) VALUES (?, ?, ?)",
                       arguments: [thread.rawValue, account.rawValue, InstantFormat.string(instant)])
    }

    public static func insertMessage(
        in thread: MessageThreadID, author: AccountID, kind: MessageKind, body: String, at instant: Date, _ db: Database
    ) throws -> MessageID {
        try db.execute(sql: "INSERT INTO message (thread_id, author_id, kind, sent_at) VALUES (?, ?, ?, ?)",
                       arguments: [thread.rawValue, author.rawValue, kind.rawValue, InstantFormat.string(instant)])
        let id = MessageID(db.lastInsertedRowID)
        try insertVersion(of: id, number: 1, body: body, at: instant, db)
        // The author has read what they wrote.
        try insertReceipt(id, version: 1, reader: author, at: instant, db)
        return id
    }

    public static func insertVersion(of message: MessageID, number: Int, body: String, at instant: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO message_version (message_id, version, body, written_at) VALUES (?, ?, ?, ?)",
                       arguments: [message.rawValue, number, body, InstantFormat.string(instant)])
    }

    public static func insertReceipt(_ message: MessageID, version: Int, reader: AccountID, at instant: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO message_read (message_id, version, account_id, read_at) VALUES (?, ?, ?, ?)",
                       arguments: [message.rawValue, version, reader.rawValue, InstantFormat.string(instant)])
    }

    /// Receipts for every message of the thread whose newest version the reader has not read;
    /// the number of receipts written.
    @discardableResult
    public static func markThreadRead(_ thread: MessageThreadID, reader: AccountID, at instant: Date, _ db: Database) throws -> Int {
        try db.execute(sql: """
            INSERT OR IGNORE INTO message_read (message_id, version, account_id, read_at)
            SELECT m.id, (SELECT max(v.version) FROM message_version v WHERE v.message_id = m.id), ?, ?
            FROM message m WHERE m.thread_id = ?
            """, arguments: [reader.rawValue, InstantFormat.string(instant), thread.rawValue])
        return db.changesCount
    }
}
