import EzhCore
import GRDB

/// A class's marks and attendance in a span, read at once for all its pupils (two reads per
/// class instead of two per pupil) for choosing who needs a notice to their parents. Like the
/// diary's own reads, a pupil's marks and absences count whichever class the lesson was in.
public enum NoticeSelectionQueries {
    /// Each pupil's marks in the span with subject and work-type weight, in the diary's order
    /// (subject, date, lesson, position); pupils without marks are absent from the result.
    public static func marks(of pupils: [PupilID], in span: DateSpan, _ db: Database) throws
        -> [PupilID: [(subject: String, value: MarkValue, weight: Double)]] {
        guard !pupils.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.pupil_id, s.name AS subject, m.value, w.weight
            FROM mark m JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id
            JOIN subject s ON s.id = l.subject_id JOIN work_type w ON w.id = a.work_type_id
            WHERE m.pupil_id IN (\(placeholders(pupils.count))) AND l.date BETWEEN ? AND ?
            ORDER BY m.pupil_id, s.name, l.date, l.lesson_number, a.position
            """, arguments: StatementArguments(pupils.map(\.rawValue) + [span.first.iso, span.last.iso] as [any DatabaseValueConvertible]))
        var marks: [PupilID: [(subject: String, value: MarkValue, weight: Double)]] = [:]
        for row in rows {
            guard let value = MarkValue(code: row["value"]) else { continue }
            marks[PupilID(row["pupil_id"] as Int64), default: []].append((row["subject"], value, row["weight"]))
        }
        return marks
    }

    /// Each pupil's attendance codes in the span; pupils without entries are absent from the result.
    public static func attendance(of pupils: [PupilID], in span: DateSpan, _ db: Database) throws -> [PupilID: [AttendanceCode]] {
        guard !pupils.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT t.pupil_id, t.code
            FROM attendance t JOIN lesson l ON l.id = t.lesson_id JOIN subject s ON s.id = l.subject_id
            WHERE t.pupil_id IN (\(placeholders(pupils.count))) AND l.date BETWEEN ? AND ?
            ORDER BY t.pupil_id, l.date, l.lesson_number
            """, arguments: StatementArguments(pupils.map(\.rawValue) + [span.first.iso, span.last.iso] as [any DatabaseValueConvertible]))
        var codes: [PupilID: [AttendanceCode]] = [:]
        for row in rows {
            guard let code = AttendanceCode(rawValue: row["code"]) else { continue }
            codes[PupilID(row["pupil_id"] as Int64), default: []].append(code)
        }
        return codes
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
