import EzhCore
import GRDB

/// What a marks or attendance grid is made of, fetched per page and span in a few set queries
/// (never one query per lesson or pupil).
public enum GridQueries {
    /// An assignment of a lesson with its work type.
    public struct AssignmentRow: Sendable, Hashable {
        public let id: AssignmentID
        public let lessonID: LessonID
        public let position: Int
        public let workType: WorkType
        public let topic: String
    }

    public static func assignments(of page: JournalPage, in span: DateSpan, _ db: Database) throws -> [AssignmentRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.id, a.lesson_id, a.position, a.topic, w.id AS wt_id, w.name, w.abbreviation, w.weight
            FROM assignment a
            JOIN lesson l ON l.id = a.lesson_id
            JOIN work_type w ON w.id = a.work_type_id
            WHERE \(LessonQueries.pageFilter) AND l.date BETWEEN ? AND ?
            ORDER BY a.lesson_id, a.position
            """), arguments: LessonQueries.pageArguments(page) + [span.first.iso, span.last.iso]).map { row in
            AssignmentRow(
                id: AssignmentID(row["id"]), lessonID: LessonID(row["lesson_id"]), position: row["position"],
                workType: WorkType(
                    id: WorkTypeID(row["wt_id"]), name: row["name"], abbreviation: row["abbreviation"],
                    weight: row["weight"]
                ),
                topic: row["topic"]
            )
        }
    }

    /// The pupils on a page during a span: members of the class at any time in it, and for a
    /// subgroup its members in that period. Alphabetical, numbered from 1; each with the days of
    /// the span they are in the class, when that is not all of it.
    public static func pupils(
        of page: JournalPage, in span: DateSpan, period: PeriodID, _ db: Database
    ) throws -> [GridPupil] {
        var sql = """
            SELECT p.id, p.last_name, p.first_name, p.patronymic, m.from_date, m.to_date
            FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            WHERE m.class_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
            """
        var arguments: StatementArguments = [page.classID.rawValue, span.last.iso, span.first.iso]
        if let subgroup = page.subgroupID {
            sql += """
                 AND p.id IN (SELECT pupil_id FROM subgroup_membership WHERE subgroup_id = ? AND period_id = ?)
                """
            arguments += [subgroup.rawValue, period.rawValue]
        }
        var names: [PupilID: PersonName] = [:]
        var spans: [PupilID: [DateSpan]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
            let id = PupilID(row["id"])
            names[id] = PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"])
            let from = LocalDate(iso: row["from_date"]).map { max($0, span.first) } ?? span.first
            let to = (row["to_date"] as String?).flatMap { LocalDate(iso: $0) }.map { min($0, span.last) } ?? span.last
            spans[id, default: []].append(DateSpan(from, to))
        }
        let people = names.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
        return PersonName.sortedAlphabetically(people, by: \.1).enumerated().map { index, person in
            let inClass = spans[person.0] ?? []
            let wholeSpan = inClass.contains { $0.first == span.first && $0.last == span.last }
            return GridPupil(id: person.0, number: index + 1, name: person.1, daysInClass: wholeSpan ? nil : inClass)
        }
    }

    public static func marks(
        of page: JournalPage, in span: DateSpan, _ db: Database
    ) throws -> [(assignment: AssignmentID, pupil: PupilID, value: MarkValue)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT m.assignment_id, m.pupil_id, m.value
            FROM mark m JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id
            WHERE \(LessonQueries.pageFilter) AND l.date BETWEEN ? AND ?
            """), arguments: LessonQueries.pageArguments(page) + [span.first.iso, span.last.iso]).compactMap { row in
            MarkValue(code: row["value"]).map {
                (AssignmentID(row["assignment_id"]), PupilID(row["pupil_id"]), $0)
            }
        }
    }

    public static func attendance(
        of page: JournalPage, in span: DateSpan, _ db: Database
    ) throws -> [(lesson: LessonID, pupil: PupilID, code: AttendanceCode)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.lesson_id, t.pupil_id, t.code
            FROM attendance t JOIN lesson l ON l.id = t.lesson_id
            WHERE \(LessonQueries.pageFilter) AND l.date BETWEEN ? AND ?
            """), arguments: LessonQueries.pageArguments(page) + [span.first.iso, span.last.iso]).compactMap { row in
            AttendanceCode(rawValue: row["code"]).map { (LessonID(row["lesson_id"]), PupilID(row["pupil_id"]), $0) }
        }
    }

    /// The period finals of a page's subject for one period.
    public static func periodFinals(
        of page: JournalPage, period: PeriodID, _ db: Database
    ) throws -> [PupilID: FinalMarkText] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT pupil_id, value FROM period_final
            WHERE class_id = ? AND subject_id = ? AND kind = 'period' AND period_id = ?
            """), arguments: [page.classID.rawValue, page.subjectID.rawValue, period.rawValue])
        return Dictionary(rows.map { (PupilID($0["pupil_id"]), $0["value"] as String) }, uniquingKeysWith: { $1 })
    }
}

extension GridQueries {
    /// Whether a pupil belongs to a page on a day: in the class that day, and for a subgroup a
    /// member of it in the period holding that day.
    public static func isPupil(
        _ pupil: PupilID, on page: JournalPage, day: LocalDate, period: PeriodID?, _ db: Database
    ) throws -> Bool {
        let inClass = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM class_membership
            WHERE pupil_id = ? AND class_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)
            """), arguments: [pupil.rawValue, page.classID.rawValue, day.iso, day.iso]) ?? 0
        guard inClass > 0 else { return false }
        guard let subgroup = page.subgroupID else { return true }
        guard let period else { return false }
        return try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM subgroup_membership WHERE subgroup_id = ? AND pupil_id = ? AND period_id = ?
            """), arguments: [subgroup.rawValue, pupil.rawValue, period.rawValue]) ?? 0 > 0
    }
}
