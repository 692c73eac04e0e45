import EzhCore
import GRDB

/// The rows the people imports write. The service decides what to write and records the history;
/// these only put the values in place.
public enum PeopleSetupWrites {
    public static func insertStaff(name: PersonName, position: String, phone: String?, _ db: Database) throws -> StaffID {
        try db.cachedStatement(sql: "INSERT INTO staff (last_name, first_name, patronymic, position, phone) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [name.last, name.first, name.patronymic, position, phone])
        return StaffID(db.lastInsertedRowID)
    }

    public static func updateStaff(_ id: StaffID, name: PersonName, position: String, phone: String?, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE staff SET last_name = ?, first_name = ?, patronymic = ?, position = ?, phone = ? WHERE id = ?")
            .execute(arguments: [name.last, name.first, name.patronymic, position, phone, id.rawValue])
    }

    public static func addStaffSubject(_ staff: StaffID, _ subject: SubjectID, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO staff_subject (staff_id, subject_id) VALUES (?, ?)")
            .execute(arguments: [staff.rawValue, subject.rawValue])
    }

    public static func removeStaffSubject(_ staff: StaffID, _ subject: SubjectID, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM staff_subject WHERE staff_id = ? AND subject_id = ?")
            .execute(arguments: [staff.rawValue, subject.rawValue])
    }

    public static func insertSubject(name: String, shortName: String, _ db: Database) throws -> SubjectID {
        try db.cachedStatement(sql: "INSERT INTO subject (name, short_name) VALUES (?, ?)").execute(arguments: [name, shortName])
        return SubjectID(db.lastInsertedRowID)
    }

    public static func insertClass(
        year: YearID, name: ClassName, scheme: PeriodScheme, teacher: StaffID?, shift: Int, room: String, _ db: Database
    ) throws -> ClassID {
        try db.cachedStatement(sql: """
            INSERT INTO class (year_id, grade, letter, period_scheme, class_teacher_id, shift, room) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [year.rawValue, name.grade, name.letter, scheme.rawValue, teacher?.rawValue, shift, room])
        return ClassID(db.lastInsertedRowID)
    }

    public static func updateClass(_ stored: StoredClass, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE class SET class_teacher_id = ?, room = ?, shift = ?, period_scheme = ? WHERE id = ?")
            .execute(arguments: [stored.classTeacher?.rawValue, stored.room, stored.shift, stored.scheme.rawValue, stored.id.rawValue])
    }

    public static func insertPupil(_ pupil: StoredPupil, _ db: Database) throws -> PupilID {
        try db.cachedStatement(sql: """
            INSERT INTO pupil (last_name, first_name, patronymic, gender, birth_date, personal_file, phone, email)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                pupil.name.last, pupil.name.first, pupil.name.patronymic, pupil.sex.rawValue, pupil.birthDate?.iso,
                pupil.personalFile, pupil.phone, pupil.email,
            ])
        return PupilID(db.lastInsertedRowID)
    }

    public static func updatePupil(_ pupil: StoredPupil, _ db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE pupil SET last_name = ?, first_name = ?, patronymic = ?, gender = ?, birth_date = ?, personal_file = ?,
                             phone = ?, email = ?
            WHERE id = ?
            """).execute(arguments: [
                pupil.name.last, pupil.name.first, pupil.name.patronymic, pupil.sex.rawValue, pupil.birthDate?.iso,
                pupil.personalFile, pupil.phone, pupil.email, pupil.id.rawValue,
            ])
    }

    public static func insertMembership(pupil: PupilID, classID: ClassID, from day: LocalDate, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO class_membership (pupil_id, class_id, from_date) VALUES (?, ?, ?)")
            .execute(arguments: [pupil.rawValue, classID.rawValue, day.iso])
    }

    public static func insertSubgroup(classID: ClassID, subject: SubjectID, name: String, _ db: Database) throws -> SubgroupID {
        try db.cachedStatement(sql: "INSERT INTO subgroup (class_id, subject_id, name) VALUES (?, ?, ?)")
            .execute(arguments: [classID.rawValue, subject.rawValue, name])
        return SubgroupID(db.lastInsertedRowID)
    }

    public static func addSubgroupMember(_ subgroup: SubgroupID, pupil: PupilID, period: PeriodID, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO subgroup_membership (subgroup_id, pupil_id, period_id) VALUES (?, ?, ?)")
            .execute(arguments: [subgroup.rawValue, pupil.rawValue, period.rawValue])
    }

    public static func insertParent(name: PersonName, phone: String?, email: String?, _ db: Database) throws -> ParentID {
        try db.cachedStatement(sql: "INSERT INTO parent (last_name, first_name, patronymic, phone, email) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [name.last, name.first, name.patronymic, phone, email])
        return ParentID(db.lastInsertedRowID)
    }

    public static func updateParent(_ id: ParentID, name: PersonName, phone: String?, email: String?, _ db: Database) throws {
        try db.cachedStatement(
            sql: "UPDATE parent SET last_name = ?, first_name = ?, patronymic = ?, phone = ?, email = ? WHERE id = ?"
        ).execute(arguments: [name.last, name.first, name.patronymic, phone, email, id.rawValue])
    }

    /// A parent no longer linked to a child (a mistaken link, or a change of guardianship).
    public static func unlinkChild(parent: ParentID, pupil: PupilID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM parent_pupil WHERE parent_id = ? AND pupil_id = ?", arguments: [parent.rawValue, pupil.rawValue])
    }

    public static func linkChild(parent: ParentID, pupil: PupilID, relation: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO parent_pupil (parent_id, pupil_id, relation) VALUES (?, ?, ?)
            ON CONFLICT (parent_id, pupil_id) DO UPDATE SET relation = excluded.relation
            """).execute(arguments: [parent.rawValue, pupil.rawValue, relation])
    }
}

extension PeopleSetupWrites {
    public static func setDisabled(_ account: AccountID, _ disabled: Bool, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE account SET disabled = ? WHERE id = ?").execute(arguments: [disabled, account.rawValue])
    }
}
