import EzhCore
import Foundation
import GRDB

/// The finals of a page (every kind), the periods closed per class, what closing a period
/// finds missing, and the corrections recorded after closing.
public enum FinalsQueries {
    public struct FinalRow: Sendable, Hashable {
        public let id: Int64
        public let pupil: PupilID
        public let kind: FinalKind
        public let value: String
    }

    /// Every final of a class's subject: the periods', the year's, the exam's and the final.
    public static func finals(ofClass classID: ClassID, subject: SubjectID, _ db: Database) throws -> [FinalRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, pupil_id, kind, period_id, value FROM period_final WHERE class_id = ? AND subject_id = ?
            """), arguments: [classID.rawValue, subject.rawValue]).compactMap { row in
            guard let kind = kind(row["kind"], period: row["period_id"]) else { return nil }
            return FinalRow(id: row["id"], pupil: PupilID(row["pupil_id"]), kind: kind, value: row["value"])
        }
    }

    static func kind(_ stored: String, period: Int64?) -> FinalKind? {
        switch stored {
        case "period": period.map { .period(PeriodID($0)) }
        case "year": .year
        case "exam": .exam
        case "final": .final
        default: nil
        }
    }

    public struct FinalCell: Sendable, Hashable {
        public let id: Int64?
        public let value: String?
    }

    /// One pupil's final of a kind in a subject (the class does not matter: a pupil who moved
    /// class within the school keeps their finals).
    public static func final(pupil: PupilID, subject: SubjectID, kind: FinalKind, _ db: Database) throws -> FinalCell {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, value FROM period_final WHERE pupil_id = ? AND subject_id = ? AND kind = ? AND ifnull(period_id, 0) = ?
            """), arguments: [pupil.rawValue, subject.rawValue, kind.storedKind, kind.periodID?.rawValue ?? 0])
        return FinalCell(id: row?["id"], value: row?["value"])
    }

    public static func classOfFinal(_ id: Int64, _ db: Database) throws -> ClassID? {
        try Int64.fetchOne(db, sql: "SELECT class_id FROM period_final WHERE id = ?", arguments: [id]).map(ClassID.init)
    }

    /// Writes (or with nil removes) a pupil's final of any kind.
    public static func setFinal(
        _ value: String?, pupil: PupilID, classID: ClassID, subject: SubjectID, kind: FinalKind, at instant: Date,
        by account: AccountID, permission: PermissionID?, _ db: Database
    ) throws {
        guard let value else {
            try db.execute(sql: """
                DELETE FROM period_final WHERE pupil_id = ? AND subject_id = ? AND kind = ? AND ifnull(period_id, 0) = ?
                """, arguments: [pupil.rawValue, subject.rawValue, kind.storedKind, kind.periodID?.rawValue ?? 0])
            return
        }
        try db.execute(sql: """
            INSERT INTO period_final
                (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by, late_permission_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (pupil_id, subject_id, kind, ifnull(period_id, 0)) DO UPDATE SET
                value = excluded.value, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                late_permission_id = excluded.late_permission_id
            """, arguments: [
                pupil.rawValue, classID.rawValue, subject.rawValue, kind.storedKind, kind.periodID?.rawValue, value,
                InstantFormat.string(instant), account.rawValue, permission?.rawValue,
            ])
    }

    /// The periods closed for a class, each with the day it was closed (for all classes or for it).
    public static func closings(ofClass classID: ClassID, _ db: Database) throws -> [PeriodID: Date] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.id, coalesce(p.closed_at, pc.closed_at) AS closed_at
            FROM period p JOIN class c ON c.year_id = p.year_id AND c.period_scheme = p.scheme
            LEFT JOIN period_class_closing pc ON pc.period_id = p.id AND pc.class_id = c.id
            WHERE c.id = ? AND (p.closed_at IS NOT NULL OR pc.closed_at IS NOT NULL)
            """), arguments: [classID.rawValue])
        var closed: [PeriodID: Date] = [:]
        for row in rows {
            closed[PeriodID(row["id"])] = InstantFormat.date(row["closed_at"]) ?? .distantPast
        }
        return closed
    }

    /// The order dates set for the finals of a class's periods (rule 4).
    public static func dueDates(ofClass classID: ClassID, _ db: Database) throws -> [PeriodID: LocalDate] {
        var due: [PeriodID: LocalDate] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.id, p.finals_due_on FROM period p JOIN class c ON c.year_id = p.year_id AND c.period_scheme = p.scheme
            WHERE c.id = ? AND p.finals_due_on IS NOT NULL
            """), arguments: [classID.rawValue]) {
            if let day = LocalDate(iso: row["finals_due_on"]) { due[PeriodID(row["id"])] = day }
        }
        return due
    }

    /// Every period's order date, for the periods list.
    public static func allDueDates(_ db: Database) throws -> [PeriodID: LocalDate] {
        var due: [PeriodID: LocalDate] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, finals_due_on FROM period WHERE finals_due_on IS NOT NULL") {
            if let day = LocalDate(iso: row["finals_due_on"]) { due[PeriodID(row["id"])] = day }
        }
        return due
    }

    public static func dueDate(of period: PeriodID, _ db: Database) throws -> LocalDate? {
        try String.fetchOne(db, sql: "SELECT finals_due_on FROM period WHERE id = ?", arguments: [period.rawValue])
            .flatMap(LocalDate.init(iso:))
    }

    public static func setDueDate(_ day: LocalDate?, of period: PeriodID, _ db: Database) throws {
        try db.execute(sql: "UPDATE period SET finals_due_on = ? WHERE id = ?", arguments: [day?.iso, period.rawValue])
    }

    public static func closeForClass(_ period: PeriodID, classID: ClassID, at instant: Date, by account: AccountID, _ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO period_class_closing (period_id, class_id, closed_at, closed_by) VALUES (?, ?, ?, ?)
            """, arguments: [period.rawValue, classID.rawValue, InstantFormat.string(instant), account.rawValue])
    }

    /// The classes of a period's year that use its scheme, with their grade and letter.
    public static func classes(of period: PeriodID, _ db: Database) throws -> [(ClassID, ClassName)] {
        try Row.fetchAll(db, sql: """
            SELECT c.id, c.grade, c.letter FROM class c JOIN period p ON p.year_id = c.year_id AND p.scheme = c.period_scheme
            WHERE p.id = ? ORDER BY c.grade, c.letter
            """, arguments: [period.rawValue]).map { (ClassID($0["id"]), ClassName(grade: $0["grade"], letter: $0["letter"])) }
    }

    /// The pupils in the class on `day` with no final of a subject for the period.
    public static func pupilsWithoutFinal(
        classID: ClassID, subject: SubjectID, subgroup: SubgroupID?, period: PeriodID, on day: LocalDate, _ db: Database
    ) throws -> [PersonName] {
        var sql = """
            SELECT p.last_name, p.first_name, p.patronymic FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            WHERE m.class_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
              AND NOT EXISTS (SELECT 1 FROM period_final f WHERE f.pupil_id = p.id AND f.subject_id = ?
                              AND f.kind = 'period' AND f.period_id = ?)
            """
        var arguments: StatementArguments = [classID.rawValue, day.iso, day.iso, subject.rawValue, period.rawValue]
        if let subgroup {
            sql += " AND p.id IN (SELECT pupil_id FROM subgroup_membership WHERE subgroup_id = ? AND period_id = ?)"
            arguments += [subgroup.rawValue, period.rawValue]
        }
        let names = try Row.fetchAll(db, sql: sql, arguments: arguments).map {
            PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"])
        }
        return names.sorted { $0.lastAndFirst < $1.lastAndFirst }
    }

    /// How many of a page's lessons in a span have no topic.
    public static func lessonsWithoutTopic(of page: JournalPage, in span: DateSpan, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM lesson l WHERE \(LessonQueries.pageFilter) AND l.date BETWEEN ? AND ? AND trim(l.topic) = ''
            """, arguments: LessonQueries.pageArguments(page) + [span.first.iso, span.last.iso]) ?? 0
    }

    /// A page's marks with their work type's weight, by pupil, over a span.
    public static func weightedMarks(
        of page: JournalPage, in span: DateSpan, _ db: Database
    ) throws -> [PupilID: [(value: MarkValue, weight: Double)]] {
        try weightedMarks(of: page, in: [span], db)[0]
    }

    /// The weighted marks of a page in each of `spans` (the periods of a year), read in one pass
    /// over the page's lessons rather than one query per period: opening a grid reads them all.
    public static func weightedMarks(
        of page: JournalPage, in spans: [DateSpan], _ db: Database
    ) throws -> [[PupilID: [(value: MarkValue, weight: Double)]]] {
        var marks = Array(repeating: [PupilID: [(value: MarkValue, weight: Double)]](), count: spans.count)
        guard let first = spans.map(\.first).min(), let last = spans.map(\.last).max() else { return marks }
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT m.pupil_id, m.value, w.weight, l.date FROM mark m
            JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id
            JOIN work_type w ON w.id = a.work_type_id
            WHERE \(LessonQueries.pageFilter) AND l.date BETWEEN ? AND ?
            """), arguments: LessonQueries.pageArguments(page) + [first.iso, last.iso])
        let bounds = spans.map { (first: $0.first.iso, last: $0.last.iso) }
        while let row = try rows.next() {
            let day: String = row[3]
            guard let value = MarkValue(code: row[1]),
                  let index = bounds.firstIndex(where: { $0.first <= day && day <= $0.last }) else { continue }
            let weight: Double = row[2]
            marks[index][PupilID(row[0]), default: []].append((value: value, weight: weight))
        }
        return marks
    }

    /// Records a retake or appeal of a closed period's final under an order and applies it.
    public static func correctFinal(
        _ finalID: Int64, kind: String, from old: String, to new: String, order: String, orderDate: LocalDate, reason: String,
        by account: AccountID, at instant: Date, _ db: Database
    ) throws {
        try db.execute(sql: """
            INSERT INTO final_correction
                (period_final_id, kind, old_value, new_value, order_number, order_date, reason, made_by, made_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [finalID, kind, old, new, order, orderDate.iso, reason, account.rawValue, InstantFormat.string(instant)])
        try db.execute(
            sql: "UPDATE period_final SET value = ?, changed_at = ?, changed_by = ? WHERE id = ?",
            arguments: [new, InstantFormat.string(instant), account.rawValue, finalID]
        )
    }

    public struct CorrectionRow: Sendable, Hashable {
        public let kind: String
        public let oldValue: String
        public let newValue: String
        public let orderNumber: String
        public let orderDate: LocalDate?
        public let reason: String
        public let madeAt: Date
        public let who: String
    }

    /// Every correction of a class's finals, for reports: whose final, which subject and kind,
    /// oldest first.
    public static func corrections(
        ofClass classID: ClassID, _ db: Database
    ) throws -> [(pupil: PersonName, subject: String, kind: FinalKind, correction: CorrectionRow)] {
        try Row.fetchAll(db, sql: """
            SELECT fc.*, f.kind AS final_kind, f.period_id, sub.name AS subject_name,
                   p.last_name AS p_last, p.first_name AS p_first, p.patronymic AS p_patronymic,
                   s.last_name, s.first_name, s.patronymic
            FROM final_correction fc JOIN period_final f ON f.id = fc.period_final_id
            JOIN pupil p ON p.id = f.pupil_id JOIN subject sub ON sub.id = f.subject_id
            JOIN account a ON a.id = fc.made_by LEFT JOIN staff s ON s.id = a.staff_id
            WHERE f.class_id = ? ORDER BY fc.id
            """, arguments: [classID.rawValue]).compactMap { row in
            guard let kind = kind(row["final_kind"], period: row["period_id"]) else { return nil }
            let pupil = PersonName(last: row["p_last"], first: row["p_first"], patronymic: row["p_patronymic"])
            return (pupil, row["subject_name"], kind, correction(from: row))
        }
    }

    /// The corrections of one final, oldest first.
    public static func corrections(ofFinal finalID: Int64, _ db: Database) throws -> [CorrectionRow] {
        try Row.fetchAll(db, sql: """
            SELECT fc.*, s.last_name, s.first_name, s.patronymic FROM final_correction fc
            JOIN account a ON a.id = fc.made_by LEFT JOIN staff s ON s.id = a.staff_id
            WHERE fc.period_final_id = ? ORDER BY fc.id
            """, arguments: [finalID]).map(correction(from:))
    }

    private static func correction(from row: Row) -> CorrectionRow {
        let name = (row["last_name"] as String?).map {
            PersonName(last: $0, first: row["first_name"], patronymic: row["patronymic"]).withInitials
        }
        return CorrectionRow(
            kind: row["kind"], oldValue: row["old_value"], newValue: row["new_value"], orderNumber: row["order_number"],
            orderDate: (row["order_date"] as String?).flatMap(LocalDate.init(iso:)), reason: row["reason"],
            madeAt: InstantFormat.date(row["made_at"]) ?? .distantPast, who: name ?? ""
        )
    }
}
