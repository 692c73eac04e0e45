import EzhCore
import GRDB

/// The facts of a class's period for the class teacher's reports: its subjects with their
/// teachers, who is in which subgroup, the finals of its pupils, the marks with their weights and
/// the exemptions. Each reads a whole class at once (or the whole school), never a pupil at a time.
public enum ClassReportQueries {
    /// A page of the class: a subject, whole-class or one subgroup's, with the teacher who gives it.
    public struct Teaching: Sendable, Hashable {
        public let subject: SubjectID
        public let subjectName: String
        public let subgroup: Int64?
        public let teacher: PersonName
    }

    public static func teachings(ofClass classID: ClassID, _ db: Database) throws -> [Teaching] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.subject_id, s.name, t.subgroup_id, st.last_name, st.first_name, st.patronymic
            FROM teaching t JOIN subject s ON s.id = t.subject_id JOIN staff st ON st.id = t.teacher_id
            WHERE t.class_id = ? ORDER BY s.name, t.subgroup_id
            """), arguments: [classID.rawValue]).map { row in
            Teaching(
                subject: SubjectID(row[0]), subjectName: row[1], subgroup: row[2],
                teacher: PersonName(last: row[3], first: row[4], patronymic: row[5])
            )
        }
    }

    /// The subgroups each pupil of the class belongs to in a period.
    public static func subgroups(ofClass classID: ClassID, period: PeriodID, _ db: Database) throws -> [PupilID: Set<Int64>] {
        var groups: [PupilID: Set<Int64>] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT sm.pupil_id, sm.subgroup_id FROM subgroup_membership sm JOIN subgroup g ON g.id = sm.subgroup_id
            WHERE g.class_id = ? AND sm.period_id = ?
            """), arguments: [classID.rawValue, period.rawValue]) {
            groups[PupilID(row[0]), default: []].insert(row[1])
        }
        return groups
    }

    public struct FinalValue: Sendable, Hashable {
        public let pupil: PupilID
        public let subject: SubjectID
        public let subjectName: String
        public let kind: FinalKind
        public let value: String
    }

    /// Every final of the year of `classID` held by a pupil who was ever in it: a pupil who moved
    /// between the school's classes keeps the finals given in the other class. By the pupils'
    /// index («+» keeps SQLite off the index by class, which would read every class of the year).
    public static func finals(ofPupilsOf classID: ClassID, _ db: Database) throws -> [FinalValue] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT f.pupil_id, f.subject_id, f.kind, f.period_id, f.value, s.name FROM period_final f JOIN subject s ON s.id = f.subject_id
            WHERE f.pupil_id IN (SELECT pupil_id FROM class_membership WHERE class_id = ?1)
              AND +f.class_id IN (SELECT id FROM class WHERE year_id = (SELECT year_id FROM class WHERE id = ?1))
            """), arguments: [classID.rawValue]).compactMap { row in
            FinalsQueries.kind(row[2], period: row[3]).map {
                FinalValue(pupil: PupilID(row[0]), subject: SubjectID(row[1]), subjectName: row[5], kind: $0, value: row[4])
            }
        }
    }

    /// The marks given in the class over a span, with their work type's weight, by pupil and subject.
    public static func weightedMarks(
        ofClass classID: ClassID, in span: DateSpan, _ db: Database
    ) throws -> [PupilID: [SubjectID: [(value: MarkValue, weight: Double)]]] {
        var marks: [PupilID: [SubjectID: [(value: MarkValue, weight: Double)]]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT m.pupil_id, l.subject_id, m.value, w.weight FROM lesson l
            JOIN assignment a ON a.lesson_id = l.id JOIN mark m ON m.assignment_id = a.id JOIN work_type w ON w.id = a.work_type_id
            WHERE l.class_id = ? AND l.date BETWEEN ? AND ?
            """), arguments: [classID.rawValue, span.first.iso, span.last.iso])
        while let row = try rows.next() {
            guard let value = MarkValue(code: row[2]) else { continue }
            marks[PupilID(row[0]), default: [:]][SubjectID(row[1]), default: []].append((value: value, weight: row[3]))
        }
        return marks
    }

    /// Who is exempt (осв) from what on a day: from every subject, or from some.
    public struct Exemptions: Sendable {
        public var fromEverything: Set<PupilID> = []
        public var fromSubjects: [PupilID: Set<SubjectID>] = [:]

        public func isExempt(_ pupil: PupilID, from subject: SubjectID) -> Bool {
            fromEverything.contains(pupil) || fromSubjects[pupil]?.contains(subject) == true
        }
    }

    /// The exemptions of the class's pupils that cover `day`.
    public static func exemptions(ofClass classID: ClassID, on day: LocalDate, _ db: Database) throws -> Exemptions {
        var exemptions = Exemptions()
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.pupil_id, e.all_subjects, es.subject_id FROM exemption e LEFT JOIN exemption_subject es ON es.exemption_id = e.id
            WHERE e.first_day <= ?2 AND e.last_day >= ?2
              AND e.pupil_id IN (SELECT pupil_id FROM class_membership WHERE class_id = ?1)
            """), arguments: [classID.rawValue, day.iso]) {
            let pupil = PupilID(row[0])
            if (row[1] as Int64) == 1 {
                exemptions.fromEverything.insert(pupil)
            } else if let subject: Int64 = row[2] {
                exemptions.fromSubjects[pupil, default: []].insert(SubjectID(subject))
            }
        }
        return exemptions
    }
}
