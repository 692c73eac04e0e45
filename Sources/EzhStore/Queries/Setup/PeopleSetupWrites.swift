import EzhCore
import GRDB

/// The rows the people imports write. The service decides what to write and records the history;
/// these only put the values in place.
public enum PeopleSetupWrites {
    public static func insertStaff(name: PersonName, position: String, phone: String?, _ db: Database) throws -> StaffID {
        try db.execute(
            sql: "INSERT INTO staff (last_name, first_name, patronymic, position, phone) VALUES (?, ?, ?, ?, ?)",
            arguments: [name.last, name.first, name.patronymic, position, phone]
        )
        return StaffID(db.lastInsertedRowID)
    }

    public static func updateStaff(_ id: StaffID, name: PersonName, position: String, phone: String?, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE staff SET last_name = ?, first_name = ?, patronymic = ?, position = ?, phone = ? WHERE id = ?",
            arguments: [name.last, name.first, name.patronymic, position, phone, id.rawValue]
        )
    }

    public static func addStaffSubject(_ staff: StaffID, _ subject: SubjectID, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO staff_subject (staff_id, subject_id) VALUES (?, ?)", arguments: [staff.rawValue, subject.rawValue]
        )
    }

    public static func removeStaffSubject(_ staff: StaffID, _ subject: SubjectID, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM staff_subject WHERE staff_id = ? AND subject_id = ?", arguments: [staff.rawValue, subject.rawValue]
        )
    }

    public static func insertSubject(name: String, shortName: String, _ db: Database) throws -> SubjectID {
        try db.execute(sql: "INSERT INTO subject (name, short_name) VALUES (?, ?)", arguments: [name, shortName])
        return SubjectID(db.lastInsertedRowID)
    }

    public static func insertClass(
        year: YearID, name: ClassName, scheme: PeriodScheme, teacher: StaffID?, shift: Int, room: String, _ db: Database
    ) throws -> ClassID {
        try db.execute(sql: """
            INSERT INTO class (year_id, grade, letter, period_scheme, class_teacher_id, shift, room) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [year.rawValue, name.grade, name.letter, scheme.rawValue, teacher?.rawValue, shift, room])
        return ClassID(db.lastInsertedRowID)
    }

    public static func updateClass(_ stored: StoredClass, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE class SET class_teacher_id = ?, room = ?, shift = ?, period_scheme = ? WHERE id = ?",
            arguments: [stored.classTeacher?.rawValue, stored.room, stored.shift, stored.scheme.rawValue, stored.id.rawValue]
        )
    }

    public static func insertPupil(_ pupil: StoredPupil, _ db: Database) throws -> PupilID {
        try db.execute(sql: """
            INSERT INTO pupil (last_name, first_name, patronymic, gender, birth_date, personal_file, phone, email)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                pupil.name.last, pupil.name.first, pupil.name.patronymic, pupil.sex.rawValue, pupil.birthDate?.iso,
                pupil.personalFile, pupil.phone, pupil.email,
            ])
        return PupilID(db.lastInsertedRowID)
    }

    public static func updatePupil(_ pupil: StoredPupil, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE pupil SET last_name = ?, first_name = ?, patronymic = ?, gender = ?, birth_date = ?, personal_file = ?,
                             phone = ?, email = ?
            WHERE id = ?
            """, arguments: [
                pupil.name.last, pupil.name.first, pupil.name.patronymic, pupil.sex.rawValue, pupil.birthDate?.iso,
                pupil.personalFile, pupil.phone, pupil.email, pupil.id.rawValue,
            ])
    }

    public static func insertMembership(pupil: PupilID, classID: ClassID, from day: LocalDate, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO class_membership (pupil_id, class_id, from_date) VALUES (?, ?, ?)",
            arguments: [pupil.rawValue, classID.rawValue, day.iso]
        )
    }

    public static func insertSubgroup(classID: ClassID, subject: SubjectID, name: String, _ db: Database) throws -> SubgroupID {
        try db.execute(
            sql: "INSERT INTO subgroup (class_id, subject_id, name) VALUES (?, ?, ?)",
            arguments: [classID.rawValue, subject.rawValue, name]
        )
        return SubgroupID(db.lastInsertedRowID)
    }

    public static func addSubgroupMember(_ subgroup: SubgroupID, pupil: PupilID, period: PeriodID, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO subgroup_membership (subgroup_id, pupil_id, period_id) VALUES (?, ?, ?)",
            arguments: [subgroup.rawValue, pupil.rawValue, period.rawValue]
        )
    }

    public static func insertParent(name: PersonName, phone: String?, email: String?, _ db: Database) throws -> ParentID {
        try db.execute(
            sql: "INSERT INTO parent (last_name, first_name, patronymic, phone, email) VALUES (?, ?, ?, ?, ?)",
            arguments: [name.last, name.first, name.patronymic, phone, email]
        )
        return ParentID(db.lastInsertedRowID)
    }

    public static func updateParent(_ id: ParentID, phone: String?, email: String?, _ db: Database) throws {
        try db.execute(sql: "UPDATE parent SET phone = ?, email = ? WHERE id = ?", arguments: [phone, email, id.rawValue])
    }

    public static func linkChild(parent: ParentID, pupil: PupilID, relation: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO parent_pupil (parent_id, pupil_id, relation) VALUES (?, ?, ?)
            ON CONFLICT (parent_id, pupil_id) DO UPDATE SET relation = excluded.relation
            """, arguments: [parent.rawValue, pupil.rawValue, relation])
    }
}

extension PeopleSetupWrites {
    public static func setDisabled(_ account: AccountID, _ disabled: Bool, _ db: Database) throws {
        try db.execute(sql: "UPDATE account SET disabled = ? WHERE id = ?", arguments: [disabled, account.rawValue])
    }
}
