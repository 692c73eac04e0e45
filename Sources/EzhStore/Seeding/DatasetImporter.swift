import EzhCore
import Foundation
import GRDB

/// The terminal recorded in the history rows of imported data.
let importTerminal = "demo"

/// Writes a whole school into an empty journal in one write transaction. Every mark and
/// attendance row gets its change_history row through `ChangeLog` and its access-log entry, as
/// if the teacher had entered it, so the history view, the access report and the audit check see
/// imported data exactly like live data.
///
/// - Throws: `DatasetImportError.schoolAlreadyExists` when the database already has a school;
///   nothing is written then.
public func importDataset(_ dataset: SchoolDataset, into store: JournalStore) throws {
    try store.pool.write { db in
        let schools = try Int.fetchOne(db, sql: "SELECT count(*) FROM school") ?? 0
        guard schools == 0 else { throw DatasetImportError.schoolAlreadyExists }
        var writer = DatasetWriter(db: db)
        try writer.write(dataset)
    }
}

/// One import's statements and text caches. Rows go through prepared statements, and days are
/// turned into text once each, which keeps a hundred thousand rows to a few seconds.
private struct DatasetWriter {
    let db: Database
    private var dayTexts: [LocalDate: String] = [:]

    init(db: Database) { self.db = db }

    mutating func write(_ data: SchoolDataset) throws {
        try writeSchool(data)
        try writePeople(data)
        try writeClasses(data)
        try writeAccounts(data)
        try writeTimetable(data)
        try writeJournal(data)
    }

    private mutating func writeSchool(_ data: SchoolDataset) throws {
        let school = data.school
        try db.execute(
            sql: "INSERT INTO school (id, name, time_zone, week_days, is_demo, created_at) VALUES (1, ?, ?, ?, ?, ?)",
            arguments: [school.name, school.timeZone, school.weekDays, school.isDemo ? 1 : 0, InstantFormat.string(school.createdAt)]
        )
        for setting in data.settings {
            try SettingQueries.set(setting.key, to: setting.value, db)
        }
        let year = data.year
        try db.execute(
            sql: "INSERT INTO academic_year (id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)",
            arguments: [year.id.rawValue, year.name, day(year.span.first), day(year.span.last)]
        )
        try insert(
            "INSERT INTO period (id, year_id, scheme, number, starts_on, ends_on, finals_due_on, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            data.periods
        ) { period, writer in
            [period.id.rawValue, year.id.rawValue, period.scheme.rawValue, period.number,
             writer.day(period.span.first), writer.day(period.span.last),
             period.finalsDueOn.map { writer.day($0) }, period.closedAt.map(InstantFormat.string)]
        }
        try insert("INSERT INTO day_off (id, year_id, starts_on, ends_on, name) VALUES (?, ?, ?, ?, ?)", data.daysOff) {
            off, writer in [off.id, year.id.rawValue, writer.day(off.span.first), writer.day(off.span.last), off.name]
        }
        if !data.bells.isEmpty {
            try db.execute(sql: "INSERT INTO bell_schedule (id, name, is_default) VALUES (1, 'Основное', 1)")
        }
        try insert(
            "INSERT INTO bell (id, schedule_id, shift, lesson_number, starts_at, ends_at) VALUES (?, 1, ?, ?, ?, ?)", data.bells
        ) { bell, _ in [bell.id, bell.shift, bell.lessonNumber, bell.startsAt.text, bell.endsAt.text] }
        try insert("INSERT INTO subject (id, name, short_name) VALUES (?, ?, ?)", data.subjects) { subject, _ in
            [subject.id.rawValue, subject.name, subject.shortName]
        }
        try insert(
            "INSERT INTO work_type (id, name, abbreviation, weight, is_default) VALUES (?, ?, ?, ?, ?)", data.workTypes
        ) { type, _ in [type.id.rawValue, type.name, type.abbreviation, type.weight, type.isDefault ? 1 : 0] }
    }

    private mutating func writePeople(_ data: SchoolDataset) throws {
        try insert(
            "INSERT INTO staff (id, last_name, first_name, patronymic, position) VALUES (?, ?, ?, ?, ?)", data.staff
        ) { staff, _ in [staff.id.rawValue, staff.name.last, staff.name.first, staff.name.patronymic, staff.position] }
        try insert(
            "INSERT INTO pupil (id, last_name, first_name, patronymic, gender, birth_date) VALUES (?, ?, ?, ?, ?, ?)",
            data.pupils
        ) { pupil, writer in
            [pupil.id.rawValue, pupil.name.last, pupil.name.first, pupil.name.patronymic, pupil.gender.rawValue,
             pupil.birthDate.map { writer.day($0) }]
        }
        try insert(
            "INSERT INTO parent (id, last_name, first_name, patronymic, phone) VALUES (?, ?, ?, ?, ?)", data.parents
        ) { parent, _ in [parent.id.rawValue, parent.name.last, parent.name.first, parent.name.patronymic, parent.phone] }
        try insert("INSERT INTO parent_pupil (parent_id, pupil_id, relation) VALUES (?, ?, ?)", data.parentLinks) {
            link, _ in [link.parent.rawValue, link.pupil.rawValue, link.relation]
        }
    }

    private mutating func writeClasses(_ data: SchoolDataset) throws {
        let yearID = data.year.id.rawValue
        try insert(
            "INSERT INTO class (id, year_id, grade, letter, period_scheme, class_teacher_id, shift) VALUES (?, ?, ?, ?, ?, ?, ?)",
            data.classes
        ) { schoolClass, _ in
            [schoolClass.id.rawValue, yearID, schoolClass.name.grade, schoolClass.name.letter,
             schoolClass.scheme.rawValue, schoolClass.classTeacher?.rawValue, schoolClass.shift]
        }
        try insert(
            """
            INSERT INTO class_membership (id, pupil_id, class_id, from_date, to_date, arrival_order, arrived_from,
                departure_order, departed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            data.classMemberships
        ) { stay, writer in
            [stay.id, stay.pupil.rawValue, stay.classID.rawValue, writer.day(stay.from), stay.to.map { writer.day($0) },
             stay.arrivalOrder, stay.arrivedFrom, stay.departureOrder, stay.departedTo]
        }
        try insert("INSERT INTO subgroup (id, class_id, subject_id, name) VALUES (?, ?, ?, ?)", data.subgroups) {
            group, _ in [group.id.rawValue, group.classID.rawValue, group.subject.rawValue, group.name]
        }
        try insert(
            "INSERT INTO subgroup_membership (subgroup_id, pupil_id, period_id) VALUES (?, ?, ?)",
            data.subgroupMemberships
        ) { member, _ in [member.subgroup.rawValue, member.pupil.rawValue, member.period.rawValue] }
        try insert("INSERT INTO curriculum (class_id, subject_id, hours_per_year) VALUES (?, ?, ?)", data.curriculum) {
            line, _ in [line.classID.rawValue, line.subject.rawValue, line.hoursPerYear]
        }
        try insert(
            "INSERT INTO teaching (id, class_id, subject_id, subgroup_id, teacher_id) VALUES (?, ?, ?, ?, ?)",
            data.teachings
        ) { teaching, _ in
            [teaching.id, teaching.classID.rawValue, teaching.subject.rawValue, teaching.subgroup?.rawValue,
             teaching.teacher.rawValue]
        }
    }

    private mutating func writeAccounts(_ data: SchoolDataset) throws {
        try insert(
            "INSERT INTO account (id, login, password_hash, staff_id, parent_id, pupil_id, language) VALUES (?, ?, ?, ?, ?, ?, ?)",
            data.accounts
        ) { account, _ in
            var staff: Int64?, parent: Int64?, pupil: Int64?
            switch account.holder {
            case .staff(let id): staff = id.rawValue
            case .parent(let id): parent = id.rawValue
            case .pupil(let id): pupil = id.rawValue
            }
            return [account.id.rawValue, account.login, account.passwordHash, staff, parent, pupil,
                    account.language.rawValue]
        }
        try insert("INSERT INTO account_role (account_id, role) VALUES (?, ?)", data.accountRoles) { role, _ in
            [role.account.rawValue, role.role.rawValue]
        }
    }

    private mutating func writeTimetable(_ data: SchoolDataset) throws {
        let yearID = data.year.id.rawValue
        try insert(
            "INSERT INTO timetable_slot (id, year_id, teaching_id, weekday, lesson_number, room) VALUES (?, ?, ?, ?, ?, ?)",
            data.timetableSlots
        ) { slot, _ in [slot.id, yearID, slot.teaching, slot.weekday, slot.lessonNumber, slot.room] }
        try insert(
            "INSERT INTO lesson_plan_item (teaching_id, position, topic, hours) VALUES (?, ?, ?, ?)", data.lessonPlan
        ) { item, _ in [item.teaching, item.position, item.topic, item.hours] }
        try insert(
            """
            INSERT INTO lesson (id, teaching_id, class_id, subject_id, subgroup_id, date, lesson_number, starts_at,
                ends_at, room, scheduled_teacher_id, actual_teacher_id, topic, homework, attendance_taken_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            data.lessons
        ) { lesson, writer in
            [lesson.id.rawValue, lesson.teaching, lesson.classID.rawValue, lesson.subject.rawValue,
             lesson.subgroup?.rawValue, writer.day(lesson.date), lesson.number, lesson.startsAt.text,
             lesson.endsAt.text, lesson.room, lesson.scheduledTeacher.rawValue, lesson.actualTeacher?.rawValue,
             lesson.topic, lesson.homework, lesson.attendanceTakenAt.map(InstantFormat.string)]
        }
        try insert(
            "INSERT INTO assignment (id, lesson_id, work_type_id, topic, position) VALUES (?, ?, ?, ?, ?)",
            data.assignments
        ) { assignment, _ in
            [assignment.id.rawValue, assignment.lesson.rawValue, assignment.workType.rawValue, assignment.topic,
             assignment.position]
        }
    }

    /// Marks, attendance and finals; then the access-log entry for the school's creation, and one
    /// history row with its access-log entry per mark and attendance row, in time order so ids
    /// grow with time as they do in a live journal.
    private mutating func writeJournal(_ data: SchoolDataset) throws {
        var history: [ChangeRecord] = []
        history.reserveCapacity(data.marks.count + data.attendance.count)
        // Ids are positions plus one, as the generator assigns them.
        let lessonOf = { (id: LessonID) in data.lessons[Int(id.rawValue) - 1] }
        let scope = { (lesson: SchoolDataset.Lesson) in
            ChangeScope(classID: lesson.classID, subjectID: lesson.subject, lessonDate: lesson.date)
        }

        let markStatement = try db.makeStatement(
            sql: "INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"
        )
        for mark in data.marks {
            try markStatement.execute(arguments: [
                mark.assignment.rawValue, mark.pupil.rawValue, mark.value.code, InstantFormat.string(mark.changedAt),
                mark.changedBy.rawValue,
            ])
            let lesson = lessonOf(data.assignments[Int(mark.assignment.rawValue) - 1].lesson)
            // Entity and field names as JournalService.setMark writes them.
            history.append(ChangeRecord(
                entity: "mark", entityKey: ChangeLog.markKey(assignment: mark.assignment, pupil: mark.pupil),
                field: "value", oldValue: nil, newValue: mark.value.code, accountID: mark.changedBy,
                changedAt: mark.changedAt, terminal: importTerminal, scope: scope(lesson)
            ))
        }

        let attendanceStatement = try db.makeStatement(sql: """
            INSERT INTO attendance (lesson_id, pupil_id, code, note, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for entry in data.attendance {
            try attendanceStatement.execute(arguments: [
                entry.lesson.rawValue, entry.pupil.rawValue, entry.code.rawValue, entry.note,
                InstantFormat.string(entry.changedAt), entry.changedBy.rawValue,
            ])
            // As JournalService.setAttendance writes them.
            history.append(ChangeRecord(
                entity: "attendance", entityKey: ChangeLog.attendanceKey(lesson: entry.lesson, pupil: entry.pupil),
                field: "code", oldValue: nil, newValue: entry.code.rawValue, accountID: entry.changedBy,
                changedAt: entry.changedAt, terminal: importTerminal, scope: scope(lessonOf(entry.lesson))
            ))
        }

        try insert(
            """
            INSERT INTO period_final (id, pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            data.periodFinals
        ) { final, _ in
            [final.id, final.pupil.rawValue, final.classID.rawValue, final.subject.rawValue, final.kind.rawValue,
             final.period?.rawValue, final.value, InstantFormat.string(final.changedAt), final.changedBy.rawValue]
        }

        // Stable: rows entered at the same instant keep the order they were appended in.
        let order = history.indices.sorted { (history[$0].changedAt, $0) < (history[$1].changedAt, $1) }
        let logins = Dictionary(uniqueKeysWithValues: data.accounts.map { ($0.id, $0.login) })
        var roles: [AccountID: [Role]] = [:]
        for role in data.accountRoles { roles[role.account, default: []].append(role.role) }
        // Like the service's session label: the account's roles, sorted, comma-separated.
        let roleLabel = { (account: AccountID) in (roles[account] ?? []).sorted().map(\.rawValue).joined(separator: ",") }

        let administrator = data.accountRoles.first { $0.role == .administrator }?.account
        var chain = try AccessLogChain(db: db)
        try chain.append(AccessLogRow(
            seq: 0, at: InstantFormat.string(data.school.createdAt), accountID: administrator,
            login: administrator.flatMap { logins[$0] } ?? importTerminal, role: Role.administrator.rawValue,
            terminal: importTerminal, action: AuditAction.account.rawValue,
            object: "демонстрационная школа создана: \(data.school.name)"
        ))
        // Every change has its access-log entry, as the service writes one with each change; the
        // audit check refuses a history row without one.
        for index in order {
            let change = history[index]
            try ChangeLog.record(change, in: db)
            try chain.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(change.changedAt), accountID: change.accountID,
                login: logins[change.accountID] ?? "", role: roleLabel(change.accountID), terminal: importTerminal,
                action: AuditAction.change.rawValue, object: "\(change.entity) \(change.entityKey) \(change.field)",
                classID: change.scope?.classID, subjectID: change.scope?.subjectID, lessonDate: change.scope?.lessonDate?.iso,
                historyID: db.lastInsertedRowID
            ))
        }
    }

    /// Inserts every row through one prepared statement.
    private mutating func insert<Row>(
        _ sql: String, _ rows: [Row], _ arguments: (Row, inout DatasetWriter) -> StatementArguments
    ) throws {
        let statement = try db.makeStatement(sql: sql)
        for row in rows {
            try statement.execute(arguments: arguments(row, &self))
        }
    }

    /// "2026-11-27", formatted once per distinct day.
    private mutating func day(_ date: LocalDate) -> String {
        if let text = dayTexts[date] { return text }
        let text = date.iso
        dayTexts[date] = text
        return text
    }
}

/// Appends to the access log's hash chain exactly as `AccessLog.append` does, but keeps the
/// chain's head in memory instead of reading it back before each of the import's rows.
private struct AccessLogChain {
    let db: Database
    private var seq: Int64
    private var hash: String

    init(db: Database) throws {
        self.db = db
        let head = try AccessLogQueries.head(db)
        seq = head?.seq ?? 0
        hash = head?.hash ?? AccessLog.genesis
    }

    mutating func append(_ entry: AccessLogRow) throws {
        var row = entry
        row.seq = seq + 1
        row.prevHash = hash
        row.hash = AccessLog.hash(of: row)
        try AccessLogQueries.append(row, db)
        seq = row.seq
        hash = row.hash
    }
}
