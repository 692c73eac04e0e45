import EzhCore
import GRDB

/// Aggregates for school reports, computed by SQLite in one pass.
public enum ReportQueries {
    /// Every class's plain and weighted average per subject over a span of days.
    public static func averagesByClassAndSubject(in span: DateSpan, _ db: Database) throws -> [ClassSubjectAverage] {
        try Row.fetchAll(db, sql: """
            SELECT c.id AS class_id, c.grade, c.letter, s.name AS subject, t.marks, t.plain, t.weighted
            FROM (
                SELECT l.class_id, l.subject_id, count(*) AS marks,
                       avg(CAST(m.value AS INTEGER)) AS plain,
                       sum(CAST(m.value AS INTEGER) * w.weight) / sum(w.weight) AS weighted
                FROM lesson l
                JOIN assignment a ON a.lesson_id = l.id
                JOIN work_type w ON w.id = a.work_type_id
                JOIN mark m ON m.assignment_id = a.id
                WHERE l.date BETWEEN ? AND ? AND m.value <> '.'
                GROUP BY l.class_id, l.subject_id
            ) t
            JOIN class c ON c.id = t.class_id JOIN subject s ON s.id = t.subject_id
            ORDER BY c.grade, c.letter, s.name
            """, arguments: [span.first.iso, span.last.iso]).map { row in
            ClassSubjectAverage(
                classID: ClassID(row["class_id"]), className: ClassName(grade: row["grade"], letter: row["letter"]),
                subject: row["subject"], marks: row["marks"], plain: row["plain"], weighted: row["weighted"]
            )
        }
    }
}
