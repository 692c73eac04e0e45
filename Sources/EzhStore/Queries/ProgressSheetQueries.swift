import EzhCore
import GRDB

/// The whole school's сводная ведомость read set-based: each fact of every class of a year in one
/// query (as the plain SQL of the bench does), grouped in memory, instead of a few queries per class.
public enum ProgressSheetQueries {
    /// A pupil's stay in a class: from the day they joined to the day they left (nil: still there).
    public struct Stay: Sendable, Hashable {
        public let pupil: PupilID
        public let name: PersonName
        public let from: LocalDate?
        public let to: LocalDate?

        public init(pupil: PupilID, name: PersonName, from: LocalDate?, to: LocalDate?) {
            self.pupil = pupil
            self.name = name
            self.from = from
            self.to = to
        }
    }

    /// Every stay in a class of the year, by class.
    public static func stays(ofYear year: YearID, _ db: Database) throws -> [ClassID: [Stay]] {
        var stays: [ClassID: [Stay]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT m.class_id, p.id, p.last_name, p.first_name, p.patronymic, m.from_date, m.to_date
            FROM class c JOIN class_membership m ON m.class_id = c.id JOIN pupil p ON p.id = m.pupil_id
            WHERE c.year_id = ?
            """), arguments: [year.rawValue])
        while let row = try rows.next() {
            stays[ClassID(row[0]), default: []].append(Stay(
                pupil: PupilID(row[1]), name: PersonName(last: row[2], first: row[3], patronymic: row[4]),
                from: LocalDate(iso: row[5]), to: (row[6] as String?).flatMap { LocalDate(iso: $0) }
            ))
        }
        return stays
    }

    /// The pupils with a stay overlapping the span, each stay clipped to it (a stay with no
    /// readable first day counts from the span's first).
    public static func pupils(_ stays: [Stay], in span: DateSpan) -> [MonthlyAttendance.Pupil] {
        var pupils: [PupilID: MonthlyAttendance.Pupil] = [:]
        for stay in stays where (stay.from ?? span.first) <= span.last && (stay.to ?? span.last) >= span.first {
            let clipped = DateSpan(max(stay.from ?? span.first, span.first), min(stay.to ?? span.last, span.last))
            pupils[stay.pupil] = MonthlyAttendance.Pupil(id: stay.pupil, name: stay.name, stays: (pupils[stay.pupil]?.stays ?? []) + [clipped])
        }
        return Array(pupils.values)
    }

    /// The subjects taught in each class of the year (whole-class or a subgroup's), with their names.
    public static func taughtSubjects(ofYear year: YearID, _ db: Database) throws -> [ClassID: [(id: SubjectID, name: String)]] {
        var subjects: [ClassID: [(id: SubjectID, name: String)]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT t.class_id, t.subject_id, s.name FROM teaching t JOIN class c ON c.id = t.class_id JOIN subject s ON s.id = t.subject_id
            WHERE c.year_id = ?
            """), arguments: [year.rawValue]) {
            subjects[ClassID(row[0]), default: []].append((SubjectID(row[1]), row[2]))
        }
        return subjects
    }

    /// Every final given in a class of the year, by pupil: a pupil who moved between the school's
    /// classes keeps the finals given in the other class. The subject's name is looked up once per
    /// subject, not read per final.
    public static func finals(ofYear year: YearID, _ db: Database) throws -> [PupilID: [ClassReportQueries.FinalValue]] {
        var names: [SubjectID: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name FROM subject")) {
            names[SubjectID(row[0])] = row[1]
        }
        var finals: [PupilID: [ClassReportQueries.FinalValue]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT f.pupil_id, f.subject_id, f.kind, f.period_id, f.value FROM period_final f
            WHERE f.class_id IN (SELECT id FROM class WHERE year_id = ?)
            """), arguments: [year.rawValue])
        while let row = try rows.next() {
            let subject = SubjectID(row[1])
            guard let kind = FinalsQueries.kind(row[2], period: row[3]), let name = names[subject] else { continue }
            let pupil = PupilID(row[0])
            finals[pupil, default: []].append(ClassReportQueries.FinalValue(pupil: pupil, subject: subject, subjectName: name, kind: kind, value: row[4]))
        }
        return finals
    }

    /// The class teacher of each class of the year that has one.
    public static func classTeachers(ofYear year: YearID, _ db: Database) throws -> [ClassID: PersonName] {
        var teachers: [ClassID: PersonName] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT c.id, s.last_name, s.first_name, s.patronymic FROM class c JOIN staff s ON s.id = c.class_teacher_id WHERE c.year_id = ?
            """), arguments: [year.rawValue]) {
            teachers[ClassID(row[0])] = PersonName(last: row[1], first: row[2], patronymic: row[3])
        }
        return teachers
    }
}
