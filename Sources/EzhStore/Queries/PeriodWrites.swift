import EzhCore
import Foundation
import GRDB

/// Closing periods and the finals written in them.
public enum PeriodWrites {
    public static func close(_ period: PeriodID, at instant: Date, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE period SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
            arguments: [InstantFormat.string(instant), period.rawValue]
        )
    }

    /// New first and last days of a period (the deputy's calendar).
    public static func setSpan(_ period: PeriodID, _ span: DateSpan, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE period SET starts_on = ?, ends_on = ? WHERE id = ?",
            arguments: [span.first.iso, span.last.iso, period.rawValue]
        )
    }

    public struct FinalCell: Sendable, Hashable {
        public let id: Int64?
        public let value: String?
    }

    public static func final(
        pupil: PupilID, subject: SubjectID, period: PeriodID, _ db: Database
    ) throws -> FinalCell {
        let row = try Row.fetchOne(db, sql: """
            SELECT id, value FROM period_final WHERE pupil_id = ? AND subject_id = ? AND kind = 'period' AND period_id = ?
            """, arguments: [pupil.rawValue, subject.rawValue, period.rawValue])
        return FinalCell(id: row?["id"], value: row?["value"])
    }

    public static func setFinal(
        _ value: String?, pupil: PupilID, classID: ClassID, subject: SubjectID, period: PeriodID, at instant: Date,
        by account: AccountID, permission: PermissionID?, _ db: Database
    ) throws {
        guard let value else {
            try db.execute(sql: """
                DELETE FROM period_final WHERE pupil_id = ? AND subject_id = ? AND kind = 'period' AND period_id = ?
                """, arguments: [pupil.rawValue, subject.rawValue, period.rawValue])
            return
        }
        try db.execute(sql: """
            INSERT INTO period_final
                (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by, late_permission_id)
            VALUES (?, ?, ?, 'period', ?, ?, ?, ?, ?)
            ON CONFLICT (pupil_id, subject_id, kind, ifnull(period_id, 0)) DO UPDATE SET
                value = excluded.value, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                late_permission_id = excluded.late_permission_id
            """, arguments: [
                pupil.rawValue, classID.rawValue, subject.rawValue, period.rawValue, value,
                InstantFormat.string(instant), account.rawValue, permission?.rawValue,
            ])
    }

    /// Records a retake or appeal for a closed period's final and applies its new value.
    public static func correctFinal(
        _ finalID: Int64, kind: String, from old: String, to new: String, order: String, reason: String,
        by account: AccountID, at instant: Date, _ db: Database
    ) throws {
        try db.execute(sql: """
            INSERT INTO final_correction (period_final_id, kind, old_value, new_value, order_number, reason, made_by, made_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [finalID, kind, old, new, order, reason, account.rawValue, InstantFormat.string(instant)])
        try db.execute(
            sql: "UPDATE period_final SET value = ?, changed_at = ?, changed_by = ? WHERE id = ?",
            arguments: [new, InstantFormat.string(instant), account.rawValue, finalID]
        )
    }
}
