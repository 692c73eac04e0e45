import EzhCore
import Foundation
import GRDB

/// The baselines of the reads: the rows a screen shows, fetched by hand with plain SQL in as
/// few queries as they take, with nothing else around them (no permission, no access-log entry,
/// no write transaction, no interface).
enum PlainReads {
    /// The cells a marks grid shows, in one query.
    static func gridCells(classID: Int64, subjectID: Int64, subgroup: Int64, span: DateSpan, _ db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT l.id, l.date, l.lesson_number, a.id, a.work_type_id, m.pupil_id, m.value
            FROM lesson l LEFT JOIN assignment a ON a.lesson_id = l.id LEFT JOIN mark m ON m.assignment_id = a.id
            WHERE l.class_id = ? AND l.subject_id = ? AND ifnull(l.subgroup_id, 0) = ? AND l.date BETWEEN ? AND ?
            """, arguments: [classID, subjectID, subgroup, span.first.iso, span.last.iso])
    }

    /// The access report's rows for a class and a span of stored instants, with the class and
    /// subject names, newest first.
    static func accessReport(classID: Int64, since: String, until: String, _ db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT l.at, l.login, c.grade, c.letter, s.name, l.lesson_date, l.action, l.object, l.late_permission_id
            FROM access_log l JOIN class c ON c.id = l.class_id LEFT JOIN subject s ON s.id = l.subject_id
            WHERE l.class_id = ? AND l.at >= ? AND l.at < ?
            ORDER BY l.seq DESC
            """, arguments: [classID, since, until])
    }

    /// One screenful of a class's access-log entries, newest first.
    static func accessLogPage(classID: Int64, page: Int, rows: Int, _ db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: "SELECT * FROM access_log WHERE class_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?",
                         arguments: [classID, rows, page * rows])
    }

    /// What a diary shows: the pupil and class, the period's marks with work
    /// types, its finals and absences, the week's lessons and attendance.
    static func diary(pupil: Int64, period: Period, week: DateSpan, _ db: Database) throws -> Int {
        let (first, last) = (period.span.first.iso, period.span.last.iso)
        guard let member = try Row.fetchOne(db, sql: """
            SELECT p.*, c.id AS class_id, c.grade, c.letter
            FROM pupil p JOIN class_membership m ON m.pupil_id = p.id JOIN class c ON c.id = m.class_id
            WHERE p.id = ? AND m.to_date IS NULL
            """, arguments: [pupil]) else { return 0 }
        let classID: Int64 = member["class_id"]
        var rows = 1
        rows += try Row.fetchAll(db, sql: """
            SELECT s.name, l.date, m.value, w.name, w.abbreviation, w.weight
            FROM mark m JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id
            JOIN subject s ON s.id = l.subject_id JOIN work_type w ON w.id = a.work_type_id
            WHERE m.pupil_id = ? AND l.date BETWEEN ? AND ? ORDER BY s.name, l.date, l.lesson_number, a.position
            """, arguments: [pupil, first, last]).count
        rows += try Row.fetchAll(db, sql: """
            SELECT s.name, f.value FROM period_final f JOIN subject s ON s.id = f.subject_id
            WHERE f.pupil_id = ? AND f.kind = 'period' AND f.period_id = ?
            """, arguments: [pupil, period.id.rawValue]).count
        rows += try Row.fetchAll(db, sql: """
            SELECT s.name, l.date, l.lesson_number, t.code FROM attendance t JOIN lesson l ON l.id = t.lesson_id
            JOIN subject s ON s.id = l.subject_id WHERE t.pupil_id = ? AND l.date BETWEEN ? AND ?
            ORDER BY l.date, l.lesson_number
            """, arguments: [pupil, first, last]).count
        rows += try Row.fetchAll(db, sql: """
            SELECT s.name, l.date, l.lesson_number, l.topic, l.homework FROM lesson l JOIN subject s ON s.id = l.subject_id
            WHERE l.class_id = ? AND l.date BETWEEN ? AND ?
              AND (l.subgroup_id IS NULL OR l.subgroup_id IN (SELECT subgroup_id FROM subgroup_membership WHERE pupil_id = ?))
            ORDER BY l.date, l.lesson_number
            """, arguments: [classID, week.first.iso, week.last.iso, pupil]).count
        return rows
    }
}

extension PlainReads {
    /// What the whole school's сводная ведомость shows up to a day: every class of the year that
    /// holds it, with its pupils on roll in the year so far, the subjects taught and every final,
    /// in three queries. Returns the rows read.
    static func schoolFinals(upTo day: LocalDate, db: Database) throws -> Int {
        guard let year = try Int64.fetchOne(db, sql: """
            SELECT id FROM academic_year WHERE starts_on <= ? ORDER BY starts_on DESC LIMIT 1
            """, arguments: [day.iso]) else { return 0 }
        let pupils = try Row.fetchAll(db, sql: """
            SELECT c.id, c.grade, c.letter, p.id, p.last_name, p.first_name, p.patronymic, m.from_date, m.to_date
            FROM class c JOIN class_membership m ON m.class_id = c.id JOIN pupil p ON p.id = m.pupil_id
            WHERE c.year_id = ? AND m.from_date <= ? ORDER BY c.grade, c.letter, p.last_name, p.first_name
            """, arguments: [year, day.iso])
        let subjects = try Row.fetchAll(db, sql: """
            SELECT t.class_id, s.id, s.name FROM teaching t JOIN class c ON c.id = t.class_id JOIN subject s ON s.id = t.subject_id
            WHERE c.year_id = ?
            """, arguments: [year])
        let finals = try Row.fetchAll(db, sql: """
            SELECT f.class_id, f.pupil_id, f.subject_id, f.kind, f.period_id, f.value FROM period_final f
            JOIN class c ON c.id = f.class_id WHERE c.year_id = ?
            """, arguments: [year])
        return pupils.count + subjects.count + finals.count
    }
}
