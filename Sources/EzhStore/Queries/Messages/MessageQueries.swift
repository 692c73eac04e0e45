import EzhCore
import Foundation
import GRDB

/// Threads and messages as their members see them. A thread is visible to an account that is
/// one of its members, and, for a parent or a pupil, only while the thread's pupil is still their
/// child (or themself): a parent unlinked from a pupil no longer reads that pupil's threads.
public enum MessageQueries {
    /// The threads of the account bound to `:reader`, driven by its memberships (an index), as
    /// `tm` and `t`: a list or a count reads only the reader's threads, never the school's.
    static let readersThreads = """
        message_thread_member tm JOIN message_thread t ON t.id = tm.thread_id
        """

    /// The condition on `t` (a message_thread) and `tm` (the reader's membership of it): a
    /// parent or a pupil reads a family thread only while its pupil is their child (themself).
    static let visibleToReader = """
        tm.account_id = :reader
        AND (
            EXISTS (SELECT 1 FROM account a WHERE a.id = :reader AND a.staff_id IS NOT NULL)
            OR EXISTS (SELECT 1 FROM account a JOIN parent_pupil pp ON pp.parent_id = a.parent_id
                       WHERE a.id = :reader AND pp.pupil_id = t.pupil_id)
            OR EXISTS (SELECT 1 FROM account a WHERE a.id = :reader AND a.pupil_id = t.pupil_id)
        )
        """

    /// Messages by others whose newest version the reader has not read, in visible threads.
    static let unreadByReader = """
        m.author_id <> :reader AND NOT EXISTS (
            SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.account_id = :reader
              AND r.version = (SELECT max(v.version) FROM message_version v WHERE v.message_id = m.id))
        """

    public static func isVisible(_ thread: MessageThreadID, to reader: AccountID, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(readersThreads) WHERE t.id = :thread AND \(visibleToReader))",
                          arguments: ["thread": thread.rawValue, "reader": reader.rawValue]) ?? false
    }

    /// Unread messages in every thread the reader sees: the home screens' count.
    public static func unreadCount(for reader: AccountID, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM \(readersThreads) JOIN message m ON m.thread_id = t.id
            WHERE \(visibleToReader) AND \(unreadByReader)
            """, arguments: ["reader": reader.rawValue]) ?? 0
    }

    /// The reader's threads, the latest message first.
    public static func threads(for reader: AccountID, _ db: Database) throws -> [MessageThreadSummary] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT t.id, t.kind, t.subject, t.started_at, c.grade, c.letter,
                   p.last_name AS p_last, p.first_name AS p_first, p.patronymic AS p_patronymic,
                   (SELECT max(m.sent_at) FROM message m WHERE m.thread_id = t.id) AS last_at,
                   (SELECT count(*) FROM message m WHERE m.thread_id = t.id) AS total,
                   (SELECT count(*) FROM message m WHERE m.thread_id = t.id AND \(unreadByReader)) AS unread
            FROM \(readersThreads) LEFT JOIN class c ON c.id = t.class_id LEFT JOIN pupil p ON p.id = t.pupil_id
            WHERE \(visibleToReader)
            ORDER BY ifnull(last_at, t.started_at) DESC, t.id DESC
            """, arguments: ["reader": reader.rawValue])
        let members = try self.members(of: rows.map { MessageThreadID($0["id"]) }, db)
        return rows.map { row in
            let id = MessageThreadID(row["id"])
            return MessageThreadSummary(
                id: id, kind: MessageThreadKind(rawValue: row["kind"]) ?? .family, subject: row["subject"],
                className: className(row), pupilName: pupilName(row),
                others: (members[id] ?? []).filter { $0.account != reader },
                lastMessageAt: InstantFormat.date(row["last_at"] ?? row["started_at"]) ?? .distantPast,
                messageCount: row["total"], unreadCount: row["unread"]
            )
        }
    }

    /// One thread with its members, messages, versions and receipts; nil when there is none.
    public static func thread(_ id: MessageThreadID, _ db: Database) throws -> MessageThread? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT t.id, t.kind, t.subject, c.grade, c.letter,
                   p.last_name AS p_last, p.first_name AS p_first, p.patronymic AS p_patronymic
            FROM message_thread t LEFT JOIN class c ON c.id = t.class_id LEFT JOIN pupil p ON p.id = t.pupil_id
            WHERE t.id = ?
            """, arguments: [id.rawValue])
        else { return nil }
        let members = try self.members(of: [id], db)[id] ?? []
        var people = Dictionary(uniqueKeysWithValues: members.map { ($0.account, $0) })
        // An author or reader no longer a member (never happens today) is still named.
        func person(_ account: AccountID) throws -> MessageMember {
            if let known = people[account] { return known }
            let named = try accountMember(account, db)
            people[account] = named
            return named
        }
        var versions: [MessageID: [MessageVersion]] = [:]
        for version in try Row.fetchAll(db, sql: """
            SELECT v.message_id, v.version, v.body, v.written_at FROM message_version v JOIN message m ON m.id = v.message_id
            WHERE m.thread_id = ? ORDER BY v.message_id, v.version
            """, arguments: [id.rawValue]) {
            versions[MessageID(version["message_id"]), default: []].append(MessageVersion(
                number: version["version"], body: version["body"], writtenAt: InstantFormat.date(version["written_at"]) ?? .distantPast
            ))
        }
        var receipts: [MessageID: [MessageReceipt]] = [:]
        for receipt in try Row.fetchAll(db, sql: """
            SELECT r.message_id, r.version, r.account_id, r.read_at FROM message_read r JOIN message m ON m.id = r.message_id
            WHERE m.thread_id = ? AND r.account_id <> m.author_id ORDER BY r.message_id, r.read_at, r.account_id
            """, arguments: [id.rawValue]) {
            receipts[MessageID(receipt["message_id"]), default: []].append(MessageReceipt(
                reader: try person(AccountID(receipt["account_id"])), version: receipt["version"],
                readAt: InstantFormat.date(receipt["read_at"]) ?? .distantPast
            ))
        }
        let messages = try Row.fetchAll(db, sql: "SELECT id, author_id, kind, sent_at FROM message WHERE thread_id = ? ORDER BY id",
                                        arguments: [id.rawValue]).map { message in
            let messageID = MessageID(message["id"])
            return MessageEntry(
                id: messageID, author: try person(AccountID(message["author_id"])),
                kind: MessageKind(rawValue: message["kind"]) ?? .message,
                sentAt: InstantFormat.date(message["sent_at"]) ?? .distantPast,
                versions: versions[messageID] ?? [], receipts: receipts[messageID] ?? []
            )
        }
        return MessageThread(
            id: id, kind: MessageThreadKind(rawValue: row["kind"]) ?? .family, subject: row["subject"],
            className: className(row), pupilName: pupilName(row), members: members, messages: messages
        )
    }

    /// The thread's class and pupil, for scoping its access-log entries and its rules.
    public static func threadScope(_ id: MessageThreadID, _ db: Database) throws -> (kind: MessageThreadKind, classID: ClassID?, pupil: PupilID?)? {
        try Row.fetchOne(db, sql: "SELECT kind, class_id, pupil_id FROM message_thread WHERE id = ?", arguments: [id.rawValue]).map {
            (MessageThreadKind(rawValue: $0["kind"]) ?? .family, ($0["class_id"] as Int64?).map(ClassID.init),
             ($0["pupil_id"] as Int64?).map(PupilID.init))
        }
    }

    /// A message's thread, author and newest version.
    public static func message(_ id: MessageID, _ db: Database) throws -> (thread: MessageThreadID, author: AccountID, version: Int)? {
        try Row.fetchOne(db, sql: """
            SELECT m.thread_id, m.author_id, (SELECT max(version) FROM message_version WHERE message_id = m.id) AS version
            FROM message m WHERE m.id = ?
            """, arguments: [id.rawValue]).map { (MessageThreadID($0["thread_id"]), AccountID($0["author_id"]), $0["version"]) }
    }

    /// The newest thread a member of staff started with a pupil's family, to add to it.
    public static func familyThread(startedBy account: AccountID, pupil: PupilID, _ db: Database) throws -> MessageThreadID? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM message_thread WHERE kind = 'family' AND pupil_id = ? AND started_by = ? ORDER BY id DESC LIMIT 1
            """, arguments: [pupil.rawValue, account.rawValue]).map(MessageThreadID.init)
    }

    /// Notices sent to the families of a class from `since` through `until` (instants), for the
    /// deputy's control report.
    public static func noticeCount(classID: ClassID?, from since: Date, to until: Date, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM message m JOIN message_thread t ON t.id = m.thread_id
            WHERE m.kind = 'notice' AND m.sent_at >= ? AND m.sent_at < ? AND (? IS NULL OR t.class_id = ?)
            """, arguments: [InstantFormat.string(since), InstantFormat.string(until), classID?.rawValue, classID?.rawValue]) ?? 0
    }

    // MARK: - People

    private static let memberColumns = """
        a.id AS account_id,
        CASE WHEN a.staff_id IS NOT NULL THEN 'staff' WHEN a.parent_id IS NOT NULL THEN 'parent' ELSE 'pupil' END AS role,
        coalesce(s.last_name, pa.last_name, pu.last_name) AS last_name,
        coalesce(s.first_name, pa.first_name, pu.first_name) AS first_name,
        coalesce(s.patronymic, pa.patronymic, pu.patronymic) AS patronymic
        """
    private static let memberJoins = """
        LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN parent pa ON pa.id = a.parent_id LEFT JOIN pupil pu ON pu.id = a.pupil_id
        """

    static func members(of threads: [MessageThreadID], _ db: Database) throws -> [MessageThreadID: [MessageMember]] {
        guard !threads.isEmpty else { return [:] }
        var result: [MessageThreadID: [MessageMember]] = [:]
        for chunk in stride(from: 0, to: threads.count, by: 500).map({ Array(threads[$0 ..< min($0 + 500, threads.count)]) }) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: """
                SELECT tm.thread_id, \(memberColumns)
                FROM message_thread_member tm JOIN account a ON a.id = tm.account_id \(memberJoins)
                WHERE tm.thread_id IN (\(marks)) ORDER BY tm.thread_id, tm.joined_at, a.id
                """, arguments: StatementArguments(chunk.map(\.rawValue))) {
                result[MessageThreadID(row["thread_id"]), default: []].append(member(row))
            }
        }
        return result
    }

    static func accountMember(_ account: AccountID, _ db: Database) throws -> MessageMember {
        try Row.fetchOne(db, sql: "SELECT \(memberColumns) FROM account a \(memberJoins) WHERE a.id = ?", arguments: [account.rawValue])
            .map(member) ?? MessageMember(account: account, name: PersonName(last: "?", first: ""), role: .staff)
    }

    private static func member(_ row: Row) -> MessageMember {
        MessageMember(
            account: AccountID(row["account_id"]),
            name: PersonName(last: row["last_name"] ?? "", first: row["first_name"] ?? "", patronymic: row["patronymic"] ?? ""),
            role: MessageMember.Role(rawValue: row["role"]) ?? .staff
        )
    }

    private static func className(_ row: Row) -> ClassName? {
        guard let grade: Int = row["grade"], let letter: String = row["letter"] else { return nil }
        return ClassName(grade: grade, letter: letter)
    }

    private static func pupilName(_ row: Row) -> PersonName? {
        guard let last: String = row["p_last"] else { return nil }
        return PersonName(last: last, first: row["p_first"] ?? "", patronymic: row["p_patronymic"] ?? "")
    }
}
