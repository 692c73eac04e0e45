import EzhCore
import GRDB

/// Subgroups and their membership by period.
public enum SubgroupQueries {
    public struct SubgroupRow: Sendable, Hashable {
        public let id: SubgroupID
        public let classID: ClassID
        public let subjectID: SubjectID
        public let name: String
    }

    public static func subgroup(_ id: SubgroupID, _ db: Database) throws -> SubgroupRow? {
        try Row.fetchOne(db, sql: "SELECT * FROM subgroup WHERE id = ?", arguments: [id.rawValue]).map {
            SubgroupRow(id: SubgroupID($0["id"]), classID: ClassID($0["class_id"]), subjectID: SubjectID($0["subject_id"]), name: $0["name"])
        }
    }

    public static func isMember(_ pupil: PupilID, of subgroup: SubgroupID, in period: PeriodID, _ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM subgroup_membership WHERE subgroup_id = ? AND pupil_id = ? AND period_id = ?
            """, arguments: [subgroup.rawValue, pupil.rawValue, period.rawValue]) ?? 0 > 0
    }

    /// Moves a pupil from one subgroup to another for the given periods.
    public static func move(
        _ pupil: PupilID, from: SubgroupID, to: SubgroupID, periods: [PeriodID], _ db: Database
    ) throws {
        for period in periods {
            try db.execute(
                sql: "DELETE FROM subgroup_membership WHERE subgroup_id = ? AND pupil_id = ? AND period_id = ?",
                arguments: [from.rawValue, pupil.rawValue, period.rawValue]
            )
            try db.execute(
                sql: "INSERT OR IGNORE INTO subgroup_membership (subgroup_id, pupil_id, period_id) VALUES (?, ?, ?)",
                arguments: [to.rawValue, pupil.rawValue, period.rawValue]
            )
        }
    }
}
