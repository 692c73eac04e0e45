import EzhCore
import EzhStore
import Foundation
import GRDB

/// The baseline of an entry: the rows ezh writes for one mark or one attendance code (the cell,
/// its change-history row and its hash-chained access-log entry, each with its indexes), written
/// by hand with plain SQL in one durable transaction on the journal's own file, through a
/// connection of its own configured as the journal's (WAL, synchronous=FULL, foreign keys, the
/// journal's WAL checkpoint threshold).
/// No permission, no rules, no interface: what is left is the cost of the rows themselves.
final class PlainJournalWrites {
    /// Who the baseline's rows are written for: the same account, roles and terminal as the
    /// measured entries, so the rows are alike.
    struct Author {
        let accountID: Int64
        let login: String
        let roles: String
        let terminal: String
    }

    private let queue: DatabaseQueue
    private let author: Author
    private let instant: String

    init(journal path: String, author: Author, at instant: Date) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // As JournalStore sets it: with SQLite's default of 1,000 pages every commit of
            // this connection would try to checkpoint the large WAL the journal lets grow.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        self.author = author
        self.instant = InstantFormat.string(instant)
    }

    /// One pupil's mark in one assignment, as the service writes it.
    func setMark(assignment: Int64, pupil: Int64, value: String, scope: (classID: Int64, subjectID: Int64, lessonDate: String)) throws {
        try queue.write { db in
            let old = try String.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM mark WHERE assignment_id = ? AND pupil_id = ?"),
                arguments: [assignment, pupil]
            )
            try db.cachedStatement(sql: """
                INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by, late_permission_id)
                VALUES (?, ?, ?, ?, ?, NULL)
                ON CONFLICT (assignment_id, pupil_id)
                DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                              late_permission_id = excluded.late_permission_id
                """).execute(arguments: [assignment, pupil, value, instant, author.accountID])
            try record(entity: "mark", key: "assignment=\(assignment);pupil=\(pupil)", field: "value", old: old, new: value,
                       scope: scope, db)
        }
    }

    /// One pupil's attendance code in one lesson (nil clears it), with the lesson's «attendance
    /// taken» stamp, as the service writes them.
    func setAttendance(lesson: Int64, pupil: Int64, code: String?, scope: (classID: Int64, subjectID: Int64, lessonDate: String)) throws {
        try queue.write { db in
            try db.cachedStatement(sql: "UPDATE lesson SET attendance_taken_at = ? WHERE id = ? AND attendance_taken_at IS NULL")
                .execute(arguments: [instant, lesson])
            let old = try String.fetchOne(
                db.cachedStatement(sql: "SELECT code FROM attendance WHERE lesson_id = ? AND pupil_id = ?"), arguments: [lesson, pupil]
            )
            if let code {
                try db.cachedStatement(sql: """
                    INSERT INTO attendance (lesson_id, pupil_id, code, changed_at, changed_by, late_permission_id)
                    VALUES (?, ?, ?, ?, ?, NULL)
                    ON CONFLICT (lesson_id, pupil_id)
                    DO UPDATE SET code = excluded.code, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                                  late_permission_id = excluded.late_permission_id
                    """).execute(arguments: [lesson, pupil, code, instant, author.accountID])
            } else {
                try db.cachedStatement(sql: "DELETE FROM attendance WHERE lesson_id = ? AND pupil_id = ?").execute(arguments: [lesson, pupil])
            }
            try record(entity: "attendance", key: "lesson=\(lesson);pupil=\(pupil)", field: "code", old: old, new: code,
                       scope: scope, db)
        }
    }

    /// The change-history row and the access-log entry that links to it, chained to the head.
    private func record(
        entity: String, key: String, field: String, old: String?, new: String?,
        scope: (classID: Int64, subjectID: Int64, lessonDate: String), _ db: Database
    ) throws {
        try db.cachedStatement(sql: """
            INSERT INTO change_history (entity, entity_key, field, old_value, new_value, account_id, changed_at, terminal,
                                        permission_id, class_id, subject_id, lesson_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
            """).execute(arguments: [
                entity, key, field, old, new, author.accountID, instant, author.terminal, scope.classID, scope.subjectID,
                scope.lessonDate,
            ])
        let historyID = db.lastInsertedRowID
        let head = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1"))
        var entry = AccessLogRow(
            seq: (head?["seq"] ?? 0) + 1, at: instant, accountID: AccountID(author.accountID), login: author.login,
            role: author.roles, terminal: author.terminal, action: "change", object: "\(entity) \(key) \(field)",
            classID: ClassID(scope.classID), subjectID: SubjectID(scope.subjectID), lessonDate: scope.lessonDate,
            historyID: historyID
        )
        entry.prevHash = head?["hash"] ?? AccessLog.genesis
        entry.hash = AccessLog.hash(of: entry)
        try db.cachedStatement(sql: """
            INSERT INTO access_log (seq, at, account_id, login, role, terminal, action, object, class_id, subject_id,
                                    lesson_date, period_id, history_id, late_permission_id, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, '', ?, ?)
            """).execute(arguments: [
                entry.seq, entry.at, author.accountID, entry.login, entry.role, entry.terminal, entry.action, entry.object,
                scope.classID, scope.subjectID, scope.lessonDate, historyID, entry.prevHash, entry.hash,
            ])
    }
}
