import EzhCore
import Foundation
import GRDB

/// Exemptions (ОСВ): a pupil's list, the ones covering a page's subject, and the writes the
/// service makes inside its transaction with `ChangeLog.record`.
public enum ExemptionQueries {
    /// A pupil's exemptions, earliest first.
    public static func exemptions(of pupil: PupilID, _ db: Database) throws -> [Exemption] {
        try exemptions(where: "e.pupil_id = ?", [pupil.rawValue], db)
    }

    public static func exemption(_ id: ExemptionID, _ db: Database) throws -> Exemption? {
        try exemptions(where: "e.id = ?", [id.rawValue], db).first
    }

    /// The exemptions touching `span` that cover `subject`, by pupil.
    public static func exemptDays(subject: SubjectID, in span: DateSpan, _ db: Database) throws -> [PupilID: [DateSpan]] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.pupil_id, e.first_day, e.last_day FROM exemption e
            WHERE e.first_day <= ? AND e.last_day >= ?
              AND (e.all_subjects = 1
                   OR EXISTS (SELECT 1 FROM exemption_subject s WHERE s.exemption_id = e.id AND s.subject_id = ?))
            """), arguments: [span.last.iso, span.first.iso, subject.rawValue])
        var days: [PupilID: [DateSpan]] = [:]
        for row in rows {
            guard let first = LocalDate(iso: row["first_day"]), let last = LocalDate(iso: row["last_day"]) else { continue }
            days[PupilID(row["pupil_id"]), default: []].append(DateSpan(first, last))
        }
        return days
    }

    /// The exemption excusing a pupil from `subject` on `day`, if there is one.
    public static func covering(_ pupil: PupilID, subject: SubjectID, on day: LocalDate, _ db: Database) throws -> Exemption? {
        // Every mark written asks this, and almost every pupil has no exemption that day: a
        // prepared probe answers that before the full read.
        let anyThatDay = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM exemption WHERE pupil_id = ? AND first_day <= ? AND last_day >= ?)
            """), arguments: [pupil.rawValue, day.iso, day.iso]) ?? false
        guard anyThatDay else { return nil }
        return try exemptions(where: "e.pupil_id = ? AND e.first_day <= ? AND e.last_day >= ?", [pupil.rawValue, day.iso, day.iso], db)
            .first { $0.covers(subject, on: day) }
    }

    public static func insert(_ draft: ExemptionDraft, at instant: Date, by account: AccountID, _ db: Database) throws -> ExemptionID {
        try db.execute(sql: """
            INSERT INTO exemption (pupil_id, first_day, last_day, all_subjects, reason, changed_at, changed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [draft.pupil.rawValue, draft.days.first.iso, draft.days.last.iso, draft.subjects == nil ? 1 : 0,
                             draft.reason, InstantFormat.string(instant), account.rawValue])
        let id = ExemptionID(db.lastInsertedRowID)
        for subject in draft.subjects ?? [] {
            try db.execute(sql: "INSERT OR IGNORE INTO exemption_subject (exemption_id, subject_id) VALUES (?, ?)",
                           arguments: [id.rawValue, subject.rawValue])
        }
        return id
    }

    public static func setLastDay(_ day: LocalDate, of id: ExemptionID, at instant: Date, by account: AccountID, _ db: Database) throws {
        try db.execute(sql: "UPDATE exemption SET last_day = ?, changed_at = ?, changed_by = ? WHERE id = ?",
                       arguments: [day.iso, InstantFormat.string(instant), account.rawValue, id.rawValue])
    }

    /// Removes an exemption ended before its first day (it never took effect).
    public static func remove(_ id: ExemptionID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM exemption_subject WHERE exemption_id = ?", arguments: [id.rawValue])
        try db.execute(sql: "DELETE FROM exemption WHERE id = ?", arguments: [id.rawValue])
    }

    /// The subjects of the school, for the form's list.
    public static func subjects(_ db: Database) throws -> [(id: SubjectID, name: String)] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM subject ORDER BY name").map { (SubjectID($0["id"]), $0["name"]) }
    }

    /// The classes the pupil is in during a span, so the service can check a class teacher's reach.
    public static func classes(of pupil: PupilID, in span: DateSpan, _ db: Database) throws -> [ClassID] {
        try Int64.fetchAll(db, sql: """
            SELECT DISTINCT class_id FROM class_membership
            WHERE pupil_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)
            ORDER BY from_date
            """, arguments: [pupil.rawValue, span.last.iso, span.first.iso]).map(ClassID.init)
    }

    private static func exemptions(where condition: String, _ arguments: StatementArguments, _ db: Database) throws -> [Exemption] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.id, e.pupil_id, e.first_day, e.last_day, e.all_subjects, e.reason
            FROM exemption e WHERE \(condition) ORDER BY e.first_day, e.id
            """, arguments: arguments)
        return try rows.compactMap { row in
            guard let first = LocalDate(iso: row["first_day"]), let last = LocalDate(iso: row["last_day"]) else { return nil }
            let id = ExemptionID(row["id"])
            let all = (row["all_subjects"] as Int) == 1
            let subjects = all ? [] : try Row.fetchAll(db, sql: """
                SELECT j.id, j.name FROM exemption_subject s JOIN subject j ON j.id = s.subject_id
                WHERE s.exemption_id = ? ORDER BY j.name
                """, arguments: [id.rawValue])
            return Exemption(id: id, pupil: PupilID(row["pupil_id"]), days: DateSpan(first, last),
                             subjects: all ? nil : subjects.map { SubjectID($0["id"]) },
                             subjectNames: subjects.map { $0["name"] }, reason: row["reason"])
        }
    }
}
