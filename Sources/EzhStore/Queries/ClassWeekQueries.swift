import EzhCore
import Foundation
import GRDB

/// A class's lessons of some days with what has been entered for each, for the class teacher's
/// overview of filling (subjects × days).
public enum ClassWeekQueries {
    public struct LessonFill: Sendable, Hashable {
        public let lesson: LessonRecord
        public let subjectName: String
        public let subgroupName: String?
        public let hasTopic: Bool
        public let attendanceTaken: Bool
        /// Marks (dots included) in the lesson's assignments.
        public let marks: Int
        public let hasHomework: Bool
        /// When the homework was first written (its oldest history row); nil when none is.
        public let homeworkFirstSetAt: Date?
    }

    public static func lessons(ofClass classID: ClassID, in span: DateSpan, _ db: Database) throws -> [LessonFill] {
        try Row.fetchAll(db, sql: """
            SELECT l.*, s.name AS subject_name, g.name AS subgroup_name,
                   (l.topic <> '') AS has_topic, (l.homework <> '') AS has_homework,
                   (l.attendance_taken_at IS NOT NULL
                    OR EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id)) AS attendance_taken,
                   (SELECT count(*) FROM mark m JOIN assignment x ON x.id = m.assignment_id WHERE x.lesson_id = l.id) AS marks,
                   (SELECT min(h.changed_at) FROM change_history h
                     WHERE h.entity = 'lesson' AND h.entity_key = 'lesson=' || l.id AND h.field = 'homework') AS homework_at
            FROM lesson l
            JOIN subject s ON s.id = l.subject_id
            LEFT JOIN subgroup g ON g.id = l.subgroup_id
            WHERE l.class_id = ? AND l.date BETWEEN ? AND ?
            ORDER BY s.name, g.name, l.date, l.lesson_number
            """, arguments: [classID.rawValue, span.first.iso, span.last.iso]).map { row in
            LessonFill(
                lesson: LessonRecord(row: row), subjectName: row["subject_name"], subgroupName: row["subgroup_name"],
                hasTopic: row["has_topic"], attendanceTaken: row["attendance_taken"], marks: row["marks"],
                hasHomework: row["has_homework"],
                homeworkFirstSetAt: (row["homework_at"] as String?).flatMap(InstantFormat.date)
            )
        }
    }
}
