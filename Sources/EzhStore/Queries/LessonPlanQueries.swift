import EzhCore
import GRDB

/// Lesson plans (КТП) per page, and the curriculum hours they must match.
public enum LessonPlanQueries {
    public static func teachingID(of page: JournalPage, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM teaching WHERE class_id = ? AND subject_id = ? AND ifnull(subgroup_id, 0) = ?
            """, arguments: [page.classID.rawValue, page.subjectID.rawValue, page.subgroupID?.rawValue ?? 0])
    }

    public static func items(of teaching: Int64, _ db: Database) throws -> [(topic: String, hours: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT topic, hours FROM lesson_plan_item WHERE teaching_id = ? ORDER BY position
            """, arguments: [teaching]).map { ($0["topic"], $0["hours"]) }
    }

    /// The plan's rows with their planned dates, in order.
    public static func rows(of teaching: Int64, _ db: Database) throws -> [PlanRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT topic, hours, planned_date FROM lesson_plan_item WHERE teaching_id = ? ORDER BY position
            """), arguments: [teaching]).map { row in
            PlanRow(topic: row["topic"], hours: row["hours"], plannedDate: (row["planned_date"] as String?).flatMap(LocalDate.init(iso:)))
        }
    }

    public static func replace(_ teaching: Int64, with rows: [PlanRow], _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM lesson_plan_item WHERE teaching_id = ?").execute(arguments: [teaching])
        for (index, row) in rows.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO lesson_plan_item (teaching_id, position, topic, hours, planned_date) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [teaching, index + 1, row.topic, row.hours, row.plannedDate?.iso])
        }
    }

    public static func curriculumHours(of page: JournalPage, _ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT hours_per_year FROM curriculum WHERE class_id = ? AND subject_id = ?",
                         arguments: [page.classID.rawValue, page.subjectID.rawValue])
    }
}
