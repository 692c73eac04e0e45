import EzhCore
import GRDB

/// Fetches the names access-log entries need a batch at a time: the school's classes, subjects
/// and periods once, then for each batch of rows the pupils, logins, lessons, assignments and
/// teachings its keys name, one query per kind of id. Memory stays bounded on a long stream:
/// pupils and logins are as many as the school's people, and the per-lesson caches are dropped
/// when they grow past `cacheLimit`.
public struct AccessLogNameBook {
    public private(set) var names = AccessLogNames()
    static let cacheLimit = 20_000
    private static let batchSize = 500

    public init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, grade, letter FROM class") {
            names.classes[ClassID(row["id"])] = ClassName(grade: row["grade"], letter: row["letter"]).description
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM subject") {
            names.subjects[SubjectID(row["id"])] = row["name"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT c.id AS class_id, p.* FROM class c JOIN period p ON p.year_id = c.year_id AND p.scheme = c.period_scheme
            ORDER BY c.id, p.number
            """) {
            let period = SchoolQueries.period(from: row)
            names.periods[period.id] = period
            names.classPeriods[ClassID(row["class_id"]), default: []].append(period.id)
        }
    }

    /// `rows` as people read them: their objects parsed once, the names they need fetched (a
    /// query per kind of id for the whole batch), then put in words.
    public mutating func entries(_ rows: [AccessLogRow], language: Language, _ db: Database) throws -> [AccessLogEntry] {
        try batch(rows, db).entries(language: language)
    }

    /// `rows` with their objects parsed and the names they need fetched, to be worded elsewhere:
    /// the school's classes, subjects and periods are shared (never changed after `init`), the
    /// people and lessons copied for this batch alone.
    public mutating func batch(_ rows: [AccessLogRow], _ db: Database) throws -> AccessLogBatch {
        let objects = rows.map { StoredObject($0.object) }
        return AccessLogBatch(rows: rows, objects: objects, names: try names(for: objects, db))
    }

    /// The names `objects` need, fetched where this book does not hold them yet, as a set of
    /// their own: the school's classes, subjects and periods shared (never changed after `init`),
    /// the people and lessons copied.
    public mutating func names(for objects: [StoredObject], _ db: Database) throws -> AccessLogNames {
        try prepare(objects, db)
        var own = AccessLogNames()
        own.classes = names.classes
        own.subjects = names.subjects
        own.periods = names.periods
        own.classPeriods = names.classPeriods
        // Neighbouring rows mostly name the same lesson or person: those are not looked up again.
        var previous = StoredIDs()
        for object in objects {
            let ids = object.ids
            if let id = ids.pupil, id != previous.pupil { own.pupils[id] = names.pupils[id] }
            if let id = ids.account, id != previous.account { own.logins[id] = names.logins[id] }
            if let id = ids.lesson, id != previous.lesson { own.lessons[id] = names.lessons[id] }
            if let id = ids.assignment, id != previous.assignment { own.assignments[id] = names.assignments[id] }
            if let id = ids.teaching, id != previous.teaching { own.teachings[id] = names.teachings[id] }
            previous = ids
        }
        return own
    }

    /// Fetches what `objects` name and this book does not hold yet.
    private mutating func prepare(_ objects: [StoredObject], _ db: Database) throws {
        if names.lessons.count + names.assignments.count > Self.cacheLimit {
            names.lessons = [:]
            names.assignments = [:]
        }
        var pupils = Set<Int64>(), accounts = Set<Int64>(), lessons = Set<Int64>(), assignments = Set<Int64>()
        var teachings = Set<Int64>()
        var previous = StoredIDs()
        for object in objects {
            let ids = object.ids
            if let id = ids.pupil, id != previous.pupil, names.pupils[id] == nil { pupils.insert(id) }
            if let id = ids.account, id != previous.account, names.logins[id] == nil { accounts.insert(id) }
            if let id = ids.lesson, id != previous.lesson, names.lessons[id] == nil { lessons.insert(id) }
            if let id = ids.assignment, id != previous.assignment, names.assignments[id] == nil { assignments.insert(id) }
            if let id = ids.teaching, id != previous.teaching, names.teachings[id] == nil { teachings.insert(id) }
            previous = ids
        }
        // Columns by position: a name per lookup costs more than the rows here.
        try Self.fetch(pupils.sorted(), db, sql: "SELECT id, last_name, first_name FROM pupil") { row in
            let first: String = row[2]
            names.pupils[row[0]] = first.isEmpty ? row[1] : "\(row[1] as String) \(first.prefix(1))."
        }
        try Self.fetch(accounts.sorted(), db, sql: "SELECT id, login FROM account") { row in
            names.logins[row[0]] = row[1]
        }
        try Self.fetch(lessons.sorted(), db, sql: "SELECT id, class_id, subject_id, date FROM lesson") { row in
            names.lessons[row[0]] = Self.place(row)
        }
        try Self.fetch(assignments.sorted(), db, sql: """
            SELECT a.id, l.class_id, l.subject_id, l.date FROM assignment a JOIN lesson l ON l.id = a.lesson_id
            """, idColumn: "a.id") { row in
            names.assignments[row[0]] = Self.place(row)
        }
        try Self.fetch(teachings.sorted(), db, sql: "SELECT id, class_id, subject_id, NULL FROM teaching") { row in
            names.teachings[row[0]] = Self.place(row)
        }
    }

    /// `id, class_id, subject_id, date`, by position.
    private static func place(_ row: Row) -> JournalPlace {
        JournalPlace(
            classID: (row[1] as Int64?).map(ClassID.init), subjectID: (row[2] as Int64?).map(SubjectID.init),
            date: (row[3] as String?).flatMap(LocalDate.init(iso:))
        )
    }

    /// Runs `sql … WHERE id IN (…)` for `ids`, in batches.
    private static func fetch(
        _ ids: [Int64], _ db: Database, sql: String, idColumn: String = "id", _ store: (Row) -> Void
    ) throws {
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(start + batchSize, ids.count)])
            let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: "\(sql) WHERE \(idColumn) IN (\(marks))", arguments: StatementArguments(batch))
            while let row = try rows.next() { store(row) }
            start += batchSize
        }
    }
}
