import EzhCore
import GRDB

/// The facts of a class's month for the attendance report: who was in the class when, which
/// lessons concern whom, and the attendance entries.
public enum AttendanceReportQueries {
    /// Pupils with a stay in the class overlapping the span, each stay clipped to the span.
    public static func pupils(ofClass classID: ClassID, in span: DateSpan, _ db: Database) throws -> [MonthlyAttendance.Pupil] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.last_name, p.first_name, p.patronymic, m.from_date, m.to_date
            FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            WHERE m.class_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
            ORDER BY p.id, m.from_date
            """, arguments: [classID.rawValue, span.last.iso, span.first.iso])
        let stays = rows.map { row in
            ProgressSheetQueries.Stay(
                pupil: PupilID(row["id"] as Int64), name: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                from: LocalDate(iso: row["from_date"]), to: (row["to_date"] as String?).flatMap { LocalDate(iso: $0) }
            )
        }
        return ProgressSheetQueries.pupils(stays, in: span)
    }

    /// Per pupil and day, the lessons that concern them: the whole-class lessons and those of a
    /// subgroup the pupil belongs to.
    public static func lessonCounts(
        ofClass classID: ClassID, in span: DateSpan, pupils: [PupilID], _ db: Database
    ) throws -> [PupilID: [LocalDate: Int]] {
        let lessons = try Row.fetchAll(db, sql: """
            SELECT date, subgroup_id FROM lesson WHERE class_id = ? AND date BETWEEN ? AND ?
            """, arguments: [classID.rawValue, span.first.iso, span.last.iso])
        let members = try Row.fetchAll(db, sql: """
            SELECT DISTINCT sm.subgroup_id, sm.pupil_id FROM subgroup_membership sm
            JOIN subgroup g ON g.id = sm.subgroup_id WHERE g.class_id = ?
            """, arguments: [classID.rawValue])
        var groupsOfPupil: [PupilID: Set<Int64>] = [:]
        for row in members { groupsOfPupil[PupilID(row["pupil_id"] as Int64), default: []].insert(row["subgroup_id"]) }
        var counts: [PupilID: [LocalDate: Int]] = [:]
        for row in lessons {
            guard let date = LocalDate(iso: row["date"]) else { continue }
            let subgroup: Int64? = row["subgroup_id"]
            for pupil in pupils where subgroup == nil || groupsOfPupil[pupil]?.contains(subgroup!) == true {
                counts[pupil, default: [:]][date, default: 0] += 1
            }
        }
        return counts
    }

    public static func entries(ofClass classID: ClassID, in span: DateSpan, _ db: Database) throws -> [MonthlyAttendance.Entry] {
        try Row.fetchAll(db, sql: """
            SELECT a.pupil_id, l.date, a.code FROM attendance a JOIN lesson l ON l.id = a.lesson_id
            WHERE l.class_id = ? AND l.date BETWEEN ? AND ?
            """, arguments: [classID.rawValue, span.first.iso, span.last.iso]).compactMap { row in
            guard let code = AttendanceCode(rawValue: row["code"]), let date = LocalDate(iso: row["date"]) else { return nil }
            return MonthlyAttendance.Entry(pupil: PupilID(row["pupil_id"] as Int64), date: date, code: code)
        }
    }

    /// The class teacher's name, for the signature line.
    public static func classTeacherName(_ classID: ClassID, _ db: Database) throws -> PersonName? {
        try Row.fetchOne(db, sql: """
            SELECT s.last_name, s.first_name, s.patronymic FROM class c JOIN staff s ON s.id = c.class_teacher_id WHERE c.id = ?
            """, arguments: [classID.rawValue]).map { PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]) }
    }
}
