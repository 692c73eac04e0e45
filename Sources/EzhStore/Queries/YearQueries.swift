import EzhCore
import GRDB

/// Academic years: closing one, starting the next with its classes carried over, and which year
/// a class, a lesson or a period belongs to.
public enum YearQueries {
    public static func years(_ db: Database) throws -> [SchoolYear] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM academic_year ORDER BY starts_on")).map(year(from:))
    }

    static func year(from row: Row) -> SchoolYear {
        SchoolYear(
            id: YearID(row["id"]), name: row["name"],
            span: DateSpan(LocalDate(iso: row["starts_on"])!, LocalDate(iso: row["ends_on"])!),
            isClosed: (row["closed_at"] as String?) != nil
        )
    }

    /// The periods of the year not yet closed, in order.
    public static func openPeriods(of year: YearID, _ db: Database) throws -> [Period] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM period WHERE year_id = ? AND closed_at IS NULL ORDER BY starts_on, scheme, number
            """), arguments: [year.rawValue]).map(SchoolQueries.period(from:))
    }

    /// Every period of the year, closed or open, by scheme and number.
    public static func periods(of year: YearID, _ db: Database) throws -> [Period] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM period WHERE year_id = ? ORDER BY scheme = 'half', scheme, number
            """), arguments: [year.rawValue]).map(SchoolQueries.period(from:))
    }

    public static func close(_ year: YearID, at instant: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE academic_year SET closed_at = ? WHERE id = ?", arguments: [instant, year.rawValue])
    }

    public static func insertYear(name: String, span: DateSpan, _ db: Database) throws -> YearID {
        try db.execute(sql: "INSERT INTO academic_year (name, starts_on, ends_on) VALUES (?, ?, ?)",
                       arguments: [name, span.first.iso, span.last.iso])
        return YearID(db.lastInsertedRowID)
    }

    // MARK: Which year a row belongs to

    /// The name of the closed year a class belongs to; nil when its year is open.
    public static func closedYear(ofClass classID: ClassID, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT y.name FROM class c JOIN academic_year y ON y.id = c.year_id WHERE c.id = ? AND y.closed_at IS NOT NULL
            """), arguments: [classID.rawValue])
    }

    /// The name of the closed year a period belongs to; nil when its year is open.
    public static func closedYear(ofPeriod period: PeriodID, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT y.name FROM period p JOIN academic_year y ON y.id = p.year_id WHERE p.id = ? AND y.closed_at IS NOT NULL
            """), arguments: [period.rawValue])
    }

    // MARK: Carrying a year's setup over

    public static func classIDs(ofYear year: YearID, _ db: Database) throws -> [ClassID] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM class WHERE year_id = ?"), arguments: [year.rawValue])
            .map(ClassID.init)
    }

    public struct ClassRow: Sendable, Hashable {
        public let id: ClassID
        public let name: ClassName
        public let scheme: String
        public let classTeacher: StaffID?
        public let shift: Int
        public let room: String
    }

    public static func classes(ofYear year: YearID, _ db: Database) throws -> [ClassRow] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM class WHERE year_id = ? ORDER BY grade, letter"),
                         arguments: [year.rawValue]).map { row in
            ClassRow(
                id: ClassID(row["id"]), name: ClassName(grade: row["grade"], letter: row["letter"]), scheme: row["period_scheme"],
                classTeacher: (row["class_teacher_id"] as Int64?).map(StaffID.init), shift: row["shift"], room: row["room"]
            )
        }
    }

    public static func insertClass(
        year: YearID, name: ClassName, scheme: String, classTeacher: StaffID?, shift: Int, room: String, _ db: Database
    ) throws -> ClassID {
        try db.execute(sql: """
            INSERT INTO class (year_id, grade, letter, period_scheme, class_teacher_id, shift, room) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [year.rawValue, name.grade, name.letter, scheme, classTeacher?.rawValue, shift, room])
        return ClassID(db.lastInsertedRowID)
    }

    /// The period scheme of each grade in a year.
    public static func gradeSchemes(of year: YearID, _ db: Database) throws -> [Int: String] {
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT grade, scheme FROM grade_scheme WHERE year_id = ?",
                                                           arguments: [year.rawValue]).map { ($0["grade"] as Int, $0["scheme"] as String) })
    }

    public static func copyGradeSchemes(from old: YearID, to new: YearID, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO grade_scheme (year_id, grade, scheme) SELECT ?, grade, scheme FROM grade_scheme WHERE year_id = ?",
                       arguments: [new.rawValue, old.rawValue])
    }

    /// Copies the class's curriculum, subgroups (names, not members: those are per period) and
    /// teachings to another class; returns the curriculum rows and teachings copied.
    public static func copySetup(from old: ClassID, to new: ClassID, _ db: Database) throws -> (curriculum: Int, teachings: Int) {
        try db.execute(sql: """
            INSERT INTO curriculum (class_id, subject_id, hours_per_year, hours_per_week, split)
            SELECT ?, subject_id, hours_per_year, hours_per_week, split FROM curriculum WHERE class_id = ?
            """, arguments: [new.rawValue, old.rawValue])
        let curriculum = db.changesCount
        var subgroups: [Int64: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, subject_id, name FROM subgroup WHERE class_id = ? ORDER BY id",
                                    arguments: [old.rawValue]) {
            try db.execute(sql: "INSERT INTO subgroup (class_id, subject_id, name) VALUES (?, ?, ?)",
                           arguments: [new.rawValue, row["subject_id"] as Int64, row["name"] as String])
            subgroups[row["id"]] = db.lastInsertedRowID
        }
        var teachings = 0
        for row in try Row.fetchAll(db, sql: "SELECT subject_id, subgroup_id, teacher_id FROM teaching WHERE class_id = ? ORDER BY id",
                                    arguments: [old.rawValue]) {
            try db.execute(sql: "INSERT INTO teaching (class_id, subject_id, subgroup_id, teacher_id) VALUES (?, ?, ?, ?)",
                           arguments: [new.rawValue, row["subject_id"] as Int64, (row["subgroup_id"] as Int64?).flatMap { subgroups[$0] },
                                       row["teacher_id"] as Int64])
            teachings += 1
        }
        return (curriculum, teachings)
    }

    /// The stays in a class that reach the day (the pupils on its list at the year's end).
    public static func stays(inClass classID: ClassID, reaching day: LocalDate, _ db: Database) throws -> [MovementQueries.StayRow] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT m.*, c.grade, c.letter FROM class_membership m JOIN class c ON c.id = m.class_id
            WHERE m.class_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?) ORDER BY m.id
            """), arguments: [classID.rawValue, day.iso, day.iso]).map(MovementQueries.stayRow(from:))
    }
}
