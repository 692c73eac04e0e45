import EzhCore
import GRDB

/// Notices to parents: the rounds prepared per class, the notices, and the counts of those sent.
public enum NoticeQueries {
    public struct NoticeRow: Sendable, Hashable {
        public let id: Int64
        public let classID: ClassID
        public let pupil: PupilID
        public let pupilName: PersonName
        public let roundStart: LocalDate
        public let reasons: String
        public let text: String
        public let state: String
        public let sentAt: String?
        public let sentBy: PersonName?
    }

    public static func roundIsPrepared(classID: ClassID, roundStart: LocalDate, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM notice_round WHERE class_id = ? AND round_start = ?)",
                          arguments: [classID.rawValue, roundStart.iso]) ?? false
    }

    /// Records the round's preparation and sets aside the drafts of earlier rounds: the new
    /// round's drafts say what holds now.
    public static func startRound(classID: ClassID, roundStart: LocalDate, at instant: String, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO notice_round (class_id, round_start, prepared_at) VALUES (?, ?, ?)",
                       arguments: [classID.rawValue, roundStart.iso, instant])
        try db.execute(sql: "UPDATE notice SET state = 'superseded' WHERE class_id = ? AND state = 'draft' AND round_start < ?",
                       arguments: [classID.rawValue, roundStart.iso])
    }

    public static func insertDraft(classID: ClassID, pupil: PupilID, roundStart: LocalDate, reasons: String, text: String, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO notice (class_id, pupil_id, round_start, reasons, text, state) VALUES (?, ?, ?, ?, ?, 'draft')
            """, arguments: [classID.rawValue, pupil.rawValue, roundStart.iso, reasons, text])
        return db.lastInsertedRowID
    }

    private static let selectRows = """
        SELECT n.*, p.last_name, p.first_name, p.patronymic,
               s.last_name AS s_last, s.first_name AS s_first, s.patronymic AS s_patronymic
        FROM notice n JOIN pupil p ON p.id = n.pupil_id
        LEFT JOIN account a ON a.id = n.sent_by LEFT JOIN staff s ON s.id = a.staff_id
        """

    /// The class's drafts still waiting, then what was sent or set aside from `since` on, newest round first.
    public static func notices(ofClass classID: ClassID, since: LocalDate, _ db: Database) throws -> [NoticeRow] {
        try Row.fetchAll(db, sql: selectRows + """
             WHERE n.class_id = ? AND (n.state = 'draft' OR (n.round_start >= ? AND n.state <> 'superseded'))
            ORDER BY n.state <> 'draft', n.round_start DESC, p.last_name, p.first_name, n.id
            """, arguments: [classID.rawValue, since.iso]).map(noticeRow)
    }

    public static func notice(_ id: Int64, _ db: Database) throws -> NoticeRow? {
        try Row.fetchOne(db, sql: selectRows + " WHERE n.id = ?", arguments: [id]).map(noticeRow)
    }

    public static func setText(_ id: Int64, to text: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE notice SET text = ? WHERE id = ?", arguments: [text, id])
    }

    public static func setState(_ id: Int64, to state: String, sentAt: String?, sentBy: AccountID?, _ db: Database) throws {
        try db.execute(sql: "UPDATE notice SET state = ?, sent_at = ?, sent_by = ? WHERE id = ?",
                       arguments: [state, sentAt, sentBy?.rawValue, id])
    }

    /// The parents of a pupil who have an account (to whose thread a notice goes), and the number of
    /// parents listed at all.
    public static func parentAccounts(of pupil: PupilID, _ db: Database) throws -> (accounts: [AccountID], parents: Int) {
        let parents = try Int.fetchOne(db, sql: "SELECT count(*) FROM parent_pupil WHERE pupil_id = ?", arguments: [pupil.rawValue]) ?? 0
        let accounts = try Int64.fetchAll(db, sql: """
            SELECT a.id FROM parent_pupil pp JOIN account a ON a.parent_id = pp.parent_id
            WHERE pp.pupil_id = ? AND a.disabled = 0 ORDER BY a.id
            """, arguments: [pupil.rawValue]).map(AccountID.init)
        return (accounts, parents)
    }

    public struct SentCount: Sendable, Hashable {
        public let classID: ClassID
        public let className: ClassName
        public let teacher: PersonName?
        public let sent: Int
    }

    /// Notices sent between two instants (ISO text, the end excluded), per class and sender.
    public static func sentCounts(from start: String, to end: String, _ db: Database) throws -> [SentCount] {
        try Row.fetchAll(db, sql: """
            SELECT n.class_id, c.grade, c.letter, s.last_name, s.first_name, s.patronymic, count(*) AS sent
            FROM notice n JOIN class c ON c.id = n.class_id
            LEFT JOIN account a ON a.id = n.sent_by LEFT JOIN staff s ON s.id = a.staff_id
            WHERE n.sent_at >= ? AND n.sent_at < ?
            GROUP BY n.class_id, n.sent_by ORDER BY c.grade, c.letter, s.last_name
            """, arguments: [start, end]).map { row in
            let last: String? = row["last_name"]
            return SentCount(
                classID: ClassID(row["class_id"] as Int64), className: ClassName(grade: row["grade"], letter: row["letter"]),
                teacher: last.map { PersonName(last: $0, first: row["first_name"], patronymic: row["patronymic"] ?? "") }, sent: row["sent"]
            )
        }
    }

    private static func noticeRow(_ row: Row) -> NoticeRow {
        let senderLast: String? = row["s_last"]
        return NoticeRow(
            id: row["id"], classID: ClassID(row["class_id"] as Int64), pupil: PupilID(row["pupil_id"] as Int64),
            pupilName: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"] ?? ""),
            roundStart: LocalDate(iso: row["round_start"])!, reasons: row["reasons"], text: row["text"], state: row["state"],
            sentAt: row["sent_at"],
            sentBy: senderLast.map { PersonName(last: $0, first: row["s_first"], patronymic: row["s_patronymic"] ?? "") }
        )
    }
}
