import EzhCore
import GRDB

/// The facts of the deputy's, the director's and the archive's reports: the year's stays for the
/// movement, the pupils and subgroups on a day, a class's finals and absences for the year.
public enum SchoolReportQueries {
    /// The year a day falls in, or else the latest that began before it, or else the first.
    public static func year(holding day: LocalDate, _ db: Database) throws -> SchoolYear? {
        let years = try YearQueries.years(db).sorted { $0.span.first < $1.span.first }
        return years.first { $0.span.contains(day) } ?? years.last { $0.span.first <= day } ?? years.first
    }

    /// The director's name (the first staff member holding the director's role), for the signature line.
    public static func directorName(_ db: Database) throws -> PersonName? {
        try Row.fetchOne(db, sql: """
            SELECT s.last_name, s.first_name, s.patronymic FROM account a JOIN account_role r ON r.account_id = a.id
            JOIN staff s ON s.id = a.staff_id WHERE r.role = 'director' ORDER BY a.disabled, a.id LIMIT 1
            """).map { PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]) }
    }

    /// Every stay in every class of the year, with the pupil's name and date of birth.
    public static func stays(ofYear year: YearID, _ db: Database) throws -> [MovementReport.Stay] {
        try Row.fetchAll(db, sql: """
            SELECT m.*, c.grade, c.letter, p.last_name, p.first_name, p.patronymic, p.birth_date
            FROM class_membership m JOIN class c ON c.id = m.class_id JOIN pupil p ON p.id = m.pupil_id
            WHERE c.year_id = ?
            """, arguments: [year.rawValue]).map { row in
            MovementReport.Stay(
                pupil: PupilID(row["pupil_id"] as Int64),
                name: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]),
                birthDate: (row["birth_date"] as String?).flatMap(LocalDate.init(iso:)),
                className: ClassName(grade: row["grade"], letter: row["letter"]),
                from: LocalDate(iso: row["from_date"])!, to: (row["to_date"] as String?).flatMap(LocalDate.init(iso:)),
                arrivalOrder: row["arrival_order"], arrivedFrom: row["arrived_from"],
                departureOrder: row["departure_order"], departedTo: row["departed_to"]
            )
        }
    }

    /// Per class of the year: its class teacher, the gender of each pupil on roll on `day`, and
    /// its subgroups with the pupils on roll that day who belong to them in the period holding it.
    public static func classSizes(ofYear year: YearID, on day: LocalDate, _ db: Database) throws -> [ClassSizes.ClassFacts] {
        let classes = try Row.fetchAll(db, sql: """
            SELECT c.id, c.grade, c.letter, s.last_name, s.first_name, s.patronymic
            FROM class c LEFT JOIN staff s ON s.id = c.class_teacher_id WHERE c.year_id = ? ORDER BY c.grade, c.letter
            """, arguments: [year.rawValue])
        var genders: [Int64: [ClassSizes.Gender]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT m.class_id, p.gender FROM class_membership m JOIN class c ON c.id = m.class_id JOIN pupil p ON p.id = m.pupil_id
            WHERE c.year_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
            """, arguments: [year.rawValue, day.iso, day.iso]) {
            genders[row["class_id"], default: []].append((row["gender"] as String) == "f" ? .girl : .boy)
        }
        var groups: [Int64: [ClassSizes.Subgroup]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT g.class_id, g.name, s.name AS subject,
                   (SELECT count(DISTINCT sm.pupil_id) FROM subgroup_membership sm JOIN period pe ON pe.id = sm.period_id
                    JOIN class_membership m ON m.pupil_id = sm.pupil_id AND m.class_id = g.class_id
                    WHERE sm.subgroup_id = g.id AND pe.starts_on <= ?1 AND pe.ends_on >= ?1
                      AND m.from_date <= ?1 AND (m.to_date IS NULL OR m.to_date >= ?1)) AS pupils
            FROM subgroup g JOIN class c ON c.id = g.class_id JOIN subject s ON s.id = g.subject_id WHERE c.year_id = ?2
            """, arguments: [day.iso, year.rawValue]) {
            groups[row["class_id"], default: []].append(.init(subject: row["subject"], name: row["name"], pupils: row["pupils"]))
        }
        return classes.map { row in
            let id: Int64 = row["id"]
            let teacher = (row["last_name"] as String?).map { PersonName(last: $0, first: row["first_name"], patronymic: row["patronymic"]).withInitials }
            return ClassSizes.ClassFacts(
                name: ClassName(grade: row["grade"], letter: row["letter"]), classTeacher: teacher ?? "",
                pupils: genders[id] ?? [], subgroups: groups[id] ?? []
            )
        }
    }

    /// A class's year: its pupils (those who left with their last day), the subjects of its
    /// curriculum or with finals, every final, and the lessons each pupil missed per subject in
    /// the days of their stay.
    public static func yearFinals(ofClass classID: ClassID, year: DateSpan, _ db: Database) throws -> ClassYearFinals? {
        guard let className = try AbsenceQueries.className(classID, db) else { return nil }
        let periods = try SchoolQueries.periods(ofClass: classID, db)
        let numberOfPeriod = Dictionary(uniqueKeysWithValues: periods.map { ($0.id.rawValue, $0.number) })
        var stays: [PupilID: [DateSpan]] = [:]
        var names: [PupilID: PersonName] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT p.id, p.last_name, p.first_name, p.patronymic, m.from_date, m.to_date
            FROM class_membership m JOIN pupil p ON p.id = m.pupil_id WHERE m.class_id = ?
            """, arguments: [classID.rawValue]) {
            let id = PupilID(row["id"] as Int64)
            names[id] = PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"])
            let to = (row["to_date"] as String?).flatMap(LocalDate.init(iso:)) ?? year.last
            stays[id, default: []].append(DateSpan(LocalDate(iso: row["from_date"])!, to))
        }
        let pupils = names.map { id, name in
            let lastDay = stays[id]!.map(\.last).max()!
            return ClassYearFinals.Pupil(id: id, name: name, leftOn: lastDay < year.last ? lastDay : nil)
        }
        let subjects = try Row.fetchAll(db, sql: """
            SELECT s.id, s.name, s.short_name FROM subject s WHERE s.id IN (
                SELECT subject_id FROM curriculum WHERE class_id = ?1 UNION SELECT subject_id FROM teaching WHERE class_id = ?1
                UNION SELECT subject_id FROM period_final WHERE class_id = ?1)
            ORDER BY s.id
            """, arguments: [classID.rawValue]).map {
            ClassYearFinals.Subject(id: SubjectID($0["id"] as Int64), name: $0["name"], shortName: $0["short_name"])
        }
        // A pupil transferred in keeps the finals entered in the old class; one who left shows
        // only this class's.
        let stayingToTheEnd = Set(pupils.filter { $0.leftOn == nil }.map(\.id))
        var finals: [PupilID: [SubjectID: [ClassYearFinals.Column: String]]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT f.pupil_id, f.subject_id, f.kind, f.period_id, f.value, f.class_id = ?1 AS own FROM period_final f
            JOIN class c ON c.id = f.class_id
            WHERE c.year_id = (SELECT year_id FROM class WHERE id = ?1)
              AND f.pupil_id IN (SELECT pupil_id FROM class_membership WHERE class_id = ?1)
            """, arguments: [classID.rawValue]) {
            guard row["own"] as Bool || stayingToTheEnd.contains(PupilID(row["pupil_id"] as Int64)) else { continue }
            let column: ClassYearFinals.Column
            switch row["kind"] as String {
            case "period":
                guard let number = numberOfPeriod[row["period_id"] as Int64] else { continue }
                column = .period(number)
            case "year": column = .year
            case "exam": column = .exam
            default: column = .final
            }
            finals[PupilID(row["pupil_id"] as Int64), default: [:]][SubjectID(row["subject_id"] as Int64), default: [:]][column] = row["value"]
        }
        var absences: [PupilID: [SubjectID: ClassYearFinals.Absences]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.pupil_id, l.subject_id, l.date, a.code FROM attendance a JOIN lesson l ON l.id = a.lesson_id
            WHERE l.class_id = ? AND a.code IN ('Н', 'Б', 'УП', 'НП')
            """, arguments: [classID.rawValue]) {
            let pupil = PupilID(row["pupil_id"] as Int64)
            guard let date = LocalDate(iso: row["date"]), stays[pupil]?.contains(where: { $0.contains(date) }) == true else { continue }
            var entry = absences[pupil, default: [:]][SubjectID(row["subject_id"] as Int64), default: .init()]
            entry.missed += 1
            if (row["code"] as String) == "Б" { entry.ill += 1 }
            absences[pupil, default: [:]][SubjectID(row["subject_id"] as Int64)] = entry
        }
        return ClassYearFinals(
            className: className, periodCount: periods.count, pupils: pupils, subjects: subjects, finals: finals, absences: absences
        )
    }
}

extension SchoolReportQueries {
    /// A class's journal for the year, page by page: each teaching (a subject, or a subgroup's
    /// share of it) with its teacher, lessons, the marks and absences of each lesson, and the finals.
    public static func journalPages(ofClass classID: ClassID, _ db: Database) throws -> [ClassJournalBook.SubjectPage] {
        let numberOfPeriod = Dictionary(uniqueKeysWithValues: try SchoolQueries.periods(ofClass: classID, db).map { ($0.id.rawValue, $0.number) })
        var roster: [PupilID: PersonName] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT p.id, p.last_name, p.first_name, p.patronymic FROM class_membership m JOIN pupil p ON p.id = m.pupil_id
            WHERE m.class_id = ?
            """, arguments: [classID.rawValue]) {
            roster[PupilID(row["id"] as Int64)] = PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"])
        }
        var groupMembers: [Int64: Set<PupilID>] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT sm.subgroup_id, sm.pupil_id FROM subgroup_membership sm JOIN subgroup g ON g.id = sm.subgroup_id WHERE g.class_id = ?
            """, arguments: [classID.rawValue]) {
            groupMembers[row["subgroup_id"], default: []].insert(PupilID(row["pupil_id"] as Int64))
        }
        var cells: [LessonID: [PupilID: String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.lesson_id, m.pupil_id, group_concat(m.value, '/') AS marks
            FROM mark m JOIN assignment a ON a.id = m.assignment_id JOIN lesson l ON l.id = a.lesson_id
            WHERE l.class_id = ? GROUP BY a.lesson_id, m.pupil_id
            """, arguments: [classID.rawValue]) {
            cells[LessonID(row["lesson_id"] as Int64), default: [:]][PupilID(row["pupil_id"] as Int64)] = row["marks"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT t.lesson_id, t.pupil_id, t.code FROM attendance t JOIN lesson l ON l.id = t.lesson_id WHERE l.class_id = ?
            """, arguments: [classID.rawValue]) {
            let lesson = LessonID(row["lesson_id"] as Int64), pupil = PupilID(row["pupil_id"] as Int64)
            let code: String = row["code"]
            cells[lesson, default: [:]][pupil] = cells[lesson]?[pupil].map { "\($0) \(code)" } ?? code
        }
        var finals: [Int64: [PupilID: [String: String]]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT subject_id, pupil_id, kind, period_id, value FROM period_final WHERE class_id = ?
            """, arguments: [classID.rawValue]) {
            let column: String
            switch row["kind"] as String {
            case "period":
                guard let number = numberOfPeriod[row["period_id"] as Int64] else { continue }
                column = ClassYearFinals.romanPeriod(number)
            case "year": column = "год"
            case "exam": column = "экз"
            default: column = "итог"
            }
            finals[row["subject_id"], default: [:]][PupilID(row["pupil_id"] as Int64), default: [:]][column] = row["value"]
        }
        var lessons: [Int64: [ClassJournalBook.Lesson]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, teaching_id, date, topic, homework FROM lesson WHERE class_id = ? ORDER BY date, lesson_number
            """, arguments: [classID.rawValue]) {
            guard let date = LocalDate(iso: row["date"]) else { continue }
            lessons[row["teaching_id"], default: []].append(.init(id: LessonID(row["id"] as Int64), date: date, topic: row["topic"], homework: row["homework"]))
        }
        return try Row.fetchAll(db, sql: """
            SELECT t.id, t.subject_id, t.subgroup_id, s.name AS subject, g.name AS subgroup, st.last_name, st.first_name, st.patronymic
            FROM teaching t JOIN subject s ON s.id = t.subject_id LEFT JOIN subgroup g ON g.id = t.subgroup_id
            JOIN staff st ON st.id = t.teacher_id WHERE t.class_id = ? ORDER BY t.subject_id, g.name
            """, arguments: [classID.rawValue]).map { row in
            let subgroup: Int64? = row["subgroup_id"]
            let members = subgroup.map { groupMembers[$0] ?? [] }
            let pupils = roster.filter { members?.contains($0.key) ?? true }.map { ClassJournalBook.Pupil(id: $0.key, name: $0.value) }
            return ClassJournalBook.SubjectPage(
                subject: row["subject"], subgroup: row["subgroup"],
                teacher: PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]).withInitials,
                pupils: pupils, lessons: lessons[row["id"]] ?? [], cells: cells, finals: finals[row["subject_id"]] ?? [:]
            )
        }
    }
}

extension SchoolReportQueries {
    /// Per teacher, the facts of the journal control for the days `span` (a month up to today).
    public static func journalControl(in span: DateSpan, _ db: Database) throws -> [JournalControl.Teacher] {
        let range: StatementArguments = [span.first.iso, span.last.iso]
        var lessons: [Int64: Row] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT coalesce(l.actual_teacher_id, l.scheduled_teacher_id) AS teacher, count(*) AS lessons,
                   sum(l.topic <> '') AS topic, sum(l.attendance_taken_at IS NOT NULL) AS attendance, sum(l.homework <> '') AS homework,
                   sum(l.late_permission_id IS NOT NULL
                       OR EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id AND a.late_permission_id IS NOT NULL)
                       OR EXISTS (SELECT 1 FROM assignment s JOIN mark m ON m.assignment_id = s.id
                                  WHERE s.lesson_id = l.id AND m.late_permission_id IS NOT NULL)) AS late
            FROM lesson l WHERE l.date BETWEEN ? AND ? GROUP BY teacher
            """, arguments: range) {
            lessons[row["teacher"]] = row
        }
        var planned: [Int64: Int] = [:]
        if let year = try year(holding: span.first, db) {
            let plans = try KtpQueries.plans(ofYear: year.id, db)
            let given = try KtpQueries.lessons(ofYear: year.id, db)
            let teacherOf = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, teacher_id FROM teaching").map {
                ($0["id"] as Int64, $0["teacher_id"] as Int64)
            })
            for (teaching, plan) in plans {
                guard let teacher = teacherOf[teaching] else { continue }
                let lessons = (given[teaching] ?? []).map { PlanProgress.Lesson(date: $0.date, topic: $0.topic) }
                let due = PlanProgress(rows: plan, lessons: lessons, on: span.last).plannedToDate
                    - PlanProgress(rows: plan, lessons: lessons, on: span.first.adding(days: -1)).plannedToDate
                planned[teacher, default: 0] += due
            }
        }
        var onRoll: [Int64: Set<Int64>] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT class_id, pupil_id FROM class_membership WHERE from_date <= ? AND (to_date IS NULL OR to_date >= ?)
            """, arguments: [span.last.iso, span.first.iso]) {
            onRoll[row["class_id"], default: []].insert(row["pupil_id"])
        }
        var members: [Int64: Set<Int64>] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT sm.subgroup_id, sm.pupil_id FROM subgroup_membership sm JOIN period p ON p.id = sm.period_id
            WHERE p.starts_on <= ? AND p.ends_on >= ?
            """, arguments: [span.last.iso, span.first.iso]) {
            members[row["subgroup_id"], default: []].insert(row["pupil_id"])
        }
        var markCounts: [Int64: [Int64: Int]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT l.teaching_id, m.pupil_id, count(*) AS marks FROM mark m JOIN assignment s ON s.id = m.assignment_id
            JOIN lesson l ON l.id = s.lesson_id WHERE l.date BETWEEN ? AND ? AND m.value <> '.' GROUP BY l.teaching_id, m.pupil_id
            """, arguments: range) {
            markCounts[row["teaching_id"], default: [:]][row["pupil_id"]] = row["marks"]
        }
        var pupils: [Int64: (all: Int, none: Int, one: Int)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT t.id, t.class_id, t.subgroup_id, t.teacher_id, c.grade, c.letter FROM teaching t JOIN class c ON c.id = t.class_id
            WHERE EXISTS (SELECT 1 FROM lesson l WHERE l.teaching_id = t.id AND l.date BETWEEN ? AND ?)
            """, arguments: range) {
            // The first grade is taught without marks: its pupils are not «without a mark».
            guard ClassName(grade: row["grade"], letter: row["letter"]).hasMarks else { continue }
            let roster = onRoll[row["class_id"]] ?? []
            let page = (row["subgroup_id"] as Int64?).map { roster.intersection(members[$0] ?? []) } ?? roster
            let counts = markCounts[row["id"]] ?? [:]
            var tally = pupils[row["teacher_id"]] ?? (0, 0, 0)
            tally.all += page.count
            tally.none += page.filter { (counts[$0] ?? 0) == 0 }.count
            tally.one += page.filter { counts[$0] == 1 }.count
            pupils[row["teacher_id"]] = tally
        }
        let sentRange: StatementArguments = [span.first.iso, span.last.adding(days: 1).iso]
        var sent: [Int64: (all: Int, read: Int)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.staff_id, count(*) AS sent,
                   sum(EXISTS (SELECT 1 FROM message_read r JOIN account ra ON ra.id = r.account_id
                               WHERE r.message_id = m.id AND (ra.parent_id IS NOT NULL OR ra.pupil_id IS NOT NULL))) AS opened
            FROM message m JOIN message_thread t ON t.id = m.thread_id JOIN account a ON a.id = m.author_id
            WHERE t.kind = 'family' AND a.staff_id IS NOT NULL AND m.sent_at >= ? AND m.sent_at < ? GROUP BY a.staff_id
            """, arguments: sentRange) {
            sent[row["staff_id"]] = (row["sent"], row["opened"])
        }
        var received: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT sa.staff_id, count(DISTINCT m.id) AS received
            FROM message m JOIN message_thread t ON t.id = m.thread_id JOIN account fa ON fa.id = m.author_id
            JOIN message_thread_member mm ON mm.thread_id = t.id JOIN account sa ON sa.id = mm.account_id
            WHERE t.kind = 'family' AND (fa.parent_id IS NOT NULL OR fa.pupil_id IS NOT NULL) AND sa.staff_id IS NOT NULL
              AND m.sent_at >= ? AND m.sent_at < ? GROUP BY sa.staff_id
            """, arguments: sentRange) {
            received[row["staff_id"]] = row["received"]
        }
        let teachers = Set(lessons.keys).union(planned.keys).union(pupils.keys)
        var names: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, last_name, first_name, patronymic FROM staff") {
            names[row["id"]] = PersonName(last: row["last_name"], first: row["first_name"], patronymic: row["patronymic"]).withInitials
        }
        return teachers.map { id in
            let row = lessons[id], tally = pupils[id] ?? (0, 0, 0)
            return JournalControl.Teacher(
                name: names[id] ?? "", lessons: row?["lessons"] ?? 0, withTopic: row?["topic"] ?? 0, withAttendance: row?["attendance"] ?? 0,
                withHomework: row?["homework"] ?? 0, enteredLate: row?["late"] ?? 0, pupils: tally.all, withoutMarks: tally.none,
                withOneMark: tally.one, planned: planned[id] ?? 0,
                toFamilies: sent[id]?.all ?? 0, readByFamilies: sent[id]?.read ?? 0, fromFamilies: received[id] ?? 0
            )
        }
    }
}
