import EzhCore
import GRDB

/// A class's attendance entries over a span, for the class teacher's review.
public enum AbsenceQueries {
    public struct Row: Sendable, Hashable {
        public let lessonID: LessonID
        public let date: LocalDate
        public let lessonNumber: Int
        public let subjectName: String
        public let pupilID: PupilID
        public let code: AttendanceCode
        public let note: String
    }

    public static func entries(ofClass classID: ClassID, in span: DateSpan, _ db: Database) throws -> [Row] {
        try GRDB.Row.fetchAll(db, sql: """
            SELECT a.lesson_id, l.date, l.lesson_number, s.name AS subject, a.pupil_id, a.code, a.note
            FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN subject s ON s.id = l.subject_id
            WHERE l.class_id = ? AND l.date BETWEEN ? AND ?
            ORDER BY l.date, l.lesson_number
            """, arguments: [classID.rawValue, span.first.iso, span.last.iso]).compactMap { row in
            AttendanceCode(rawValue: row["code"]).map { code in
                Row(
                    lessonID: LessonID(row["lesson_id"]), date: LocalDate(iso: row["date"])!,
                    lessonNumber: row["lesson_number"], subjectName: row["subject"], pupilID: PupilID(row["pupil_id"]),
                    code: code, note: row["note"]
                )
            }
        }
    }

    public static func setNote(_ note: String, lesson: LessonID, pupil: PupilID, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE attendance SET note = ? WHERE lesson_id = ? AND pupil_id = ?",
            arguments: [note, lesson.rawValue, pupil.rawValue]
        )
    }

    public static func className(_ classID: ClassID, _ db: Database) throws -> ClassName? {
        try GRDB.Row.fetchOne(db, sql: "SELECT grade, letter FROM class WHERE id = ?", arguments: [classID.rawValue])
            .map { ClassName(grade: $0["grade"], letter: $0["letter"]) }
    }
}
