import EzhCore
import GRDB

/// A class of a year as setup sees it.
public struct SetupClassRow: Sendable, Hashable {
    public let id: ClassID
    public let name: ClassName
    public let shift: Int
    public let scheme: String
}

/// A subgroup of a class for a subject.
public struct SetupSubgroupRow: Sendable, Hashable {
    public let id: SubgroupID
    public let classID: ClassID
    public let subjectID: SubjectID
    public let name: String
}

/// A member of staff with the login that names them in files.
public struct SetupStaffRow: Sendable, Hashable {
    public let id: StaffID
    public let name: PersonName
    public let login: String?
}

/// A teaching (нагрузка): a class or subgroup, a subject, its teacher.
public struct SetupTeachingRow: Sendable, Hashable {
    public let id: Int64
    public let classID: ClassID
    public let subjectID: SubjectID
    public let subgroupID: SubgroupID?
    public let teacher: StaffID

    public init(id: Int64, classID: ClassID, subjectID: SubjectID, subgroupID: SubgroupID?, teacher: StaffID) {
        self.id = id
        self.classID = classID
        self.subjectID = subjectID
        self.subgroupID = subgroupID
        self.teacher = teacher
    }
}

/// What files name: classes, subjects, subgroups, staff, teachings; read once per import.
public enum SetupLookups {
    public static func classes(year: Int64, _ db: Database) throws -> [SetupClassRow] {
        try Row.fetchAll(db, sql: "SELECT id, grade, letter, shift, period_scheme FROM class WHERE year_id = ? ORDER BY grade, letter",
                         arguments: [year]).map {
            SetupClassRow(id: ClassID($0["id"]), name: ClassName(grade: $0["grade"], letter: $0["letter"]),
                          shift: $0["shift"], scheme: $0["period_scheme"])
        }
    }

    public static func subjects(_ db: Database) throws -> [(id: SubjectID, name: String)] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM subject ORDER BY id").map { (SubjectID($0["id"]), $0["name"]) }
    }

    public static func insertSubject(name: String, shortName: String, _ db: Database) throws -> SubjectID {
        try db.execute(sql: "INSERT INTO subject (name, short_name) VALUES (?, ?)", arguments: [name, shortName])
        return SubjectID(db.lastInsertedRowID)
    }

    public static func subgroups(year: Int64, _ db: Database) throws -> [SetupSubgroupRow] {
        try Row.fetchAll(db, sql: """
            SELECT g.id, g.class_id, g.subject_id, g.name FROM subgroup g JOIN class c ON c.id = g.class_id
            WHERE c.year_id = ? ORDER BY g.id
            """, arguments: [year]).map {
            SetupSubgroupRow(id: SubgroupID($0["id"]), classID: ClassID($0["class_id"]), subjectID: SubjectID($0["subject_id"]), name: $0["name"])
        }
    }

    public static func insertSubgroup(classID: ClassID, subjectID: SubjectID, name: String, _ db: Database) throws -> SubgroupID {
        try db.execute(sql: "INSERT INTO subgroup (class_id, subject_id, name) VALUES (?, ?, ?)",
                       arguments: [classID.rawValue, subjectID.rawValue, name])
        return SubgroupID(db.lastInsertedRowID)
    }

    /// Every member of staff with their account's login (the first, when there are several).
    public static func staff(_ db: Database) throws -> [SetupStaffRow] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, s.last_name, s.first_name, s.patronymic,
                   (SELECT a.login FROM account a WHERE a.staff_id = s.id ORDER BY a.id LIMIT 1) AS login
            FROM staff s ORDER BY s.id
            """).map {
            SetupStaffRow(id: StaffID($0["id"]), name: PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]),
                          login: $0["login"])
        }
    }

    public static func teachings(year: Int64, _ db: Database) throws -> [SetupTeachingRow] {
        try Row.fetchAll(db, sql: """
            SELECT t.id, t.class_id, t.subject_id, t.subgroup_id, t.teacher_id FROM teaching t JOIN class c ON c.id = t.class_id
            WHERE c.year_id = ? ORDER BY t.id
            """, arguments: [year]).map {
            SetupTeachingRow(id: $0["id"], classID: ClassID($0["class_id"]), subjectID: SubjectID($0["subject_id"]),
                             subgroupID: ($0["subgroup_id"] as Int64?).map(SubgroupID.init), teacher: StaffID($0["teacher_id"]))
        }
    }

    public static func insertTeaching(classID: ClassID, subjectID: SubjectID, subgroupID: SubgroupID?, teacher: StaffID, _ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO teaching (class_id, subject_id, subgroup_id, teacher_id) VALUES (?, ?, ?, ?)",
                       arguments: [classID.rawValue, subjectID.rawValue, subgroupID?.rawValue, teacher.rawValue])
        return db.lastInsertedRowID
    }

    public static func setTeacher(_ teaching: Int64, to teacher: StaffID, _ db: Database) throws {
        try db.execute(sql: "UPDATE teaching SET teacher_id = ? WHERE id = ?", arguments: [teacher.rawValue, teaching])
    }
}
