import EzhCore
import GRDB

/// A stored curriculum line: hours a year (and a week) of a subject in a class, and its split.
public struct StoredCurriculum: Sendable, Hashable {
    public let classID: ClassID
    public let subjectID: SubjectID
    public let hoursPerYear: Int
    public let hoursPerWeek: Double?
    public let split: Bool

    public init(classID: ClassID, subjectID: SubjectID, hoursPerYear: Int, hoursPerWeek: Double?, split: Bool) {
        self.classID = classID
        self.subjectID = subjectID
        self.hoursPerYear = hoursPerYear
        self.hoursPerWeek = hoursPerWeek
        self.split = split
    }
}

public enum CurriculumWrites {
    public static func lines(year: Int64, _ db: Database) throws -> [StoredCurriculum] {
        try Row.fetchAll(db, sql: """
            SELECT k.class_id, k.subject_id, k.hours_per_year, k.hours_per_week, k.split FROM curriculum k
            JOIN class c ON c.id = k.class_id WHERE c.year_id = ?
            """, arguments: [year]).map {
            StoredCurriculum(classID: ClassID($0["class_id"]), subjectID: SubjectID($0["subject_id"]), hoursPerYear: $0["hours_per_year"],
                             hoursPerWeek: $0["hours_per_week"], split: $0["split"])
        }
    }

    public static func upsert(_ line: StoredCurriculum, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO curriculum (class_id, subject_id, hours_per_year, hours_per_week, split) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (class_id, subject_id) DO UPDATE SET
                hours_per_year = excluded.hours_per_year, hours_per_week = excluded.hours_per_week, split = excluded.split
            """, arguments: [line.classID.rawValue, line.subjectID.rawValue, line.hoursPerYear, line.hoursPerWeek, line.split])
    }
}
