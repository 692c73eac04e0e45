import EzhCore
import Foundation
import GRDB

/// A school as its imports left it, read back by whoever adds to it by natural keys (the demo
/// fills a year's history in): ids with the names, numbers and logins the files gave.
public struct SetUpSchool: Sendable {
    public var classes: [(id: ClassID, name: ClassName)] = []
    public var subjects: [(id: SubjectID, name: String)] = []
    public var subgroups: [(id: SubgroupID, classID: ClassID, subjectID: SubjectID, name: String)] = []
    public var periods: [(id: PeriodID, scheme: PeriodScheme, number: Int)] = []
    public var accounts: [(id: AccountID, login: String, staffID: StaffID?)] = []
    public var pupils: [(id: PupilID, personalFile: String)] = []
    public var parents: [(id: ParentID, name: PersonName, children: [PupilID])] = []
    public var workTypes: [(id: WorkTypeID, name: String, weight: Double)] = []
    /// Every lesson, in date and lesson-number order.
    public var lessons: [SetUpLesson] = []
}

public struct SetUpLesson: Sendable, Hashable {
    public let id: LessonID
    public let classID: ClassID
    public let subjectID: SubjectID
    public let subgroupID: SubgroupID?
    public let date: LocalDate
    public let number: Int
    public let startsAt: TimeOfDay
    public let endsAt: TimeOfDay
    public let teacher: StaffID
}

public enum SetUpSchoolQueries {
    public static func read(_ db: Database) throws -> SetUpSchool {
        var school = SetUpSchool()
        school.classes = try Row.fetchAll(db, sql: "SELECT id, grade, letter FROM class ORDER BY id").map {
            (ClassID($0["id"] as Int64), ClassName(grade: $0["grade"], letter: $0["letter"]))
        }
        school.subjects = try Row.fetchAll(db, sql: "SELECT id, name FROM subject ORDER BY id").map {
            (SubjectID($0["id"] as Int64), $0["name"] as String)
        }
        school.subgroups = try Row.fetchAll(db, sql: "SELECT id, class_id, subject_id, name FROM subgroup ORDER BY id").map {
            (SubgroupID($0["id"] as Int64), ClassID($0["class_id"] as Int64), SubjectID($0["subject_id"] as Int64), $0["name"] as String)
        }
        school.periods = try Row.fetchAll(db, sql: "SELECT id, scheme, number FROM period ORDER BY id").compactMap { row in
            PeriodScheme(rawValue: row["scheme"]).map { (PeriodID(row["id"] as Int64), $0, row["number"] as Int) }
        }
        school.accounts = try Row.fetchAll(db, sql: "SELECT id, login, staff_id FROM account ORDER BY id").map {
            (AccountID($0["id"] as Int64), $0["login"] as String, ($0["staff_id"] as Int64?).map(StaffID.init))
        }
        school.pupils = try Row.fetchAll(db, sql: "SELECT id, personal_file FROM pupil WHERE personal_file IS NOT NULL ORDER BY id").map {
            (PupilID($0["id"] as Int64), $0["personal_file"] as String)
        }
        var children: [Int64: [PupilID]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT parent_id, pupil_id FROM parent_pupil ORDER BY parent_id, pupil_id") {
            children[row["parent_id"], default: []].append(PupilID(row["pupil_id"] as Int64))
        }
        school.parents = try Row.fetchAll(db, sql: "SELECT id, last_name, first_name, patronymic FROM parent ORDER BY id").map {
            let id: Int64 = $0["id"]
            return (ParentID(id), PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]), children[id] ?? [])
        }
        school.workTypes = try Row.fetchAll(db, sql: "SELECT id, name, weight FROM work_type ORDER BY id").map {
            (WorkTypeID($0["id"] as Int64), $0["name"] as String, $0["weight"] as Double)
        }
        let lessons = try Row.fetchCursor(db, sql: """
            SELECT id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at, ends_at, scheduled_teacher_id
              FROM lesson ORDER BY date, lesson_number, id
            """)
        while let row = try lessons.next() {
            guard let date = LocalDate(iso: row["date"]), let start = TimeOfDay(text: row["starts_at"]),
                  let end = TimeOfDay(text: row["ends_at"]) else { continue }
            school.lessons.append(SetUpLesson(
                id: LessonID(row["id"] as Int64), classID: ClassID(row["class_id"] as Int64),
                subjectID: SubjectID(row["subject_id"] as Int64), subgroupID: (row["subgroup_id"] as Int64?).map(SubgroupID.init),
                date: date, number: row["lesson_number"], startsAt: start, endsAt: end,
                teacher: StaffID(row["scheduled_teacher_id"] as Int64)
            ))
        }
        return school
    }
}
