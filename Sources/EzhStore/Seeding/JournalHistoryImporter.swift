import EzhCore
import Foundation
import GRDB

/// Writes a simulated year's history over a school that is already set up (its people, classes,
/// timetable and lessons imported), in one write transaction. Every mark, attendance row and
/// closed period gets its change_history row and its access-log entry as if the teacher (or the
/// administrator) had entered it, in time order, so the history view, the access report and the
/// audit check see the history exactly like live data. Rows go through prepared statements, which
/// keeps a million marks to seconds.
///
/// - Parameter terminal: the terminal the history rows name.
public func importJournalHistory(_ history: JournalHistory, into store: JournalStore, terminal: String) throws {
    try store.pool.write { db in
        var writer = JournalHistoryWriter(db: db, terminal: terminal)
        try writer.write(history)
    }
}

private struct JournalHistoryWriter {
    let db: Database
    let terminal: String
    private var dayTexts: [LocalDate: String] = [:]

    init(db: Database, terminal: String) {
        self.db = db
        self.terminal = terminal
    }

    mutating func write(_ history: JournalHistory) throws {
        try writeArrivals(history.arrivals)
        try writeDepartures(history.departures)
        try writeLessons(history)
        try writeEntries(history)
    }

    private mutating func writeArrivals(_ arrivals: [JournalHistory.Arrival]) throws {
        let pupil = try db.makeStatement(sql: """
            INSERT INTO pupil (id, last_name, first_name, patronymic, gender, birth_date, personal_file) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let stay = try db.makeStatement(sql: """
            INSERT INTO class_membership (pupil_id, class_id, from_date, arrival_order, arrived_from) VALUES (?, ?, ?, ?, ?)
            """)
        let member = try db.makeStatement(sql: "INSERT INTO subgroup_membership (subgroup_id, pupil_id, period_id) VALUES (?, ?, ?)")
        let parent = try db.makeStatement(sql: "INSERT INTO parent (last_name, first_name, patronymic, phone) VALUES (?, ?, ?, ?)")
        let link = try db.makeStatement(sql: "INSERT INTO parent_pupil (parent_id, pupil_id, relation) VALUES (?, ?, ?)")
        for arrival in arrivals {
            let name = arrival.name
            try pupil.execute(arguments: [
                arrival.pupil.rawValue, name.last, name.first, name.patronymic, arrival.sex, day(arrival.birthDate), arrival.personalFile,
            ])
            try stay.execute(arguments: [arrival.pupil.rawValue, arrival.classID.rawValue, day(arrival.from), arrival.order, arrival.arrivedFrom])
            for group in arrival.subgroups {
                try member.execute(arguments: [group.subgroup.rawValue, arrival.pupil.rawValue, group.period.rawValue])
            }
            for guardian in arrival.parents {
                switch guardian {
                case .known(let id, let relation):
                    try link.execute(arguments: [id.rawValue, arrival.pupil.rawValue, relation])
                case .new(let name, let phone, let relation):
                    try parent.execute(arguments: [name.last, name.first, name.patronymic, phone])
                    try link.execute(arguments: [db.lastInsertedRowID, arrival.pupil.rawValue, relation])
                }
            }
        }
    }

    /// Ends the pupil's stay and takes them out of their subgroups for the periods that begin after it.
    private mutating func writeDepartures(_ departures: [JournalHistory.Departure]) throws {
        for departure in departures {
            try db.execute(
                sql: """
                    UPDATE class_membership SET to_date = ?, departure_order = ?, departed_to = ?
                     WHERE pupil_id = ? AND class_id = ? AND to_date IS NULL
                    """,
                arguments: [day(departure.lastDay), departure.order, departure.departedTo, departure.pupil.rawValue, departure.classID.rawValue]
            )
            try db.execute(
                sql: """
                    DELETE FROM subgroup_membership
                     WHERE pupil_id = ? AND period_id IN (SELECT id FROM period WHERE starts_on > ?)
                    """,
                arguments: [departure.pupil.rawValue, day(departure.lastDay)]
            )
        }
    }

    private mutating func writeLessons(_ history: JournalHistory) throws {
        let held = try db.makeStatement(sql: "UPDATE lesson SET topic = ?, homework = ?, attendance_taken_at = ? WHERE id = ?")
        for lesson in history.lessons {
            try held.execute(arguments: [lesson.topic, lesson.homework, InstantFormat.string(lesson.attendanceTakenAt), lesson.id.rawValue])
        }
        let assignment = try db.makeStatement(
            sql: "INSERT INTO assignment (id, lesson_id, work_type_id, topic, position) VALUES (?, ?, ?, ?, ?)"
        )
        for row in history.assignments {
            try assignment.execute(arguments: [row.id.rawValue, row.lesson.rawValue, row.workType.rawValue, row.topic, row.position])
        }
    }

    /// Marks, attendance, finals and closed periods; then one history row with its access-log
    /// entry per mark, attendance row and closed period, in time order so ids grow with time as
    /// they do in a live journal.
    private mutating func writeEntries(_ history: JournalHistory) throws {
        var changes: [ChangeRecord] = []
        changes.reserveCapacity(
            history.marks.count + history.attendance.count + history.finals.count + 2 * history.lessons.count
                + history.closedPeriods.count
        )
        let (scopes, teachers) = try lessonScopes()
        try recordLessonTexts(history.lessons, scopes: scopes, teachers: teachers, into: &changes)

        let mark = try db.makeStatement(
            sql: "INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"
        )
        for row in history.marks {
            try mark.execute(arguments: [
                row.assignment.rawValue, row.pupil.rawValue, row.value.code, InstantFormat.string(row.changedAt), row.changedBy.rawValue,
            ])
            // Entity and field names as JournalService.setMark writes them.
            changes.append(ChangeRecord(
                entity: "mark", entityKey: ChangeLog.markKey(assignment: row.assignment, pupil: row.pupil),
                field: "value", oldValue: nil, newValue: row.value.code, accountID: row.changedBy,
                changedAt: row.changedAt, terminal: terminal, scope: scopes[row.lesson]
            ))
        }

        let attendance = try db.makeStatement(sql: """
            INSERT INTO attendance (lesson_id, pupil_id, code, note, changed_at, changed_by) VALUES (?, ?, ?, '', ?, ?)
            """)
        for row in history.attendance {
            try attendance.execute(arguments: [
                row.lesson.rawValue, row.pupil.rawValue, row.code.rawValue, InstantFormat.string(row.changedAt), row.changedBy.rawValue,
            ])
            // As JournalService.setAttendance writes them.
            changes.append(ChangeRecord(
                entity: "attendance", entityKey: ChangeLog.attendanceKey(lesson: row.lesson, pupil: row.pupil),
                field: "code", oldValue: nil, newValue: row.code.rawValue, accountID: row.changedBy,
                changedAt: row.changedAt, terminal: terminal, scope: scopes[row.lesson]
            ))
        }

        let final = try db.makeStatement(sql: """
            INSERT INTO period_final (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by)
            VALUES (?, ?, ?, 'period', ?, ?, ?, ?)
            """)
        for row in history.finals {
            try final.execute(arguments: [
                row.pupil.rawValue, row.classID.rawValue, row.subject.rawValue, row.period.rawValue, row.value,
                InstantFormat.string(row.changedAt), row.changedBy.rawValue,
            ])
            // As JournalService.setPeriodFinal writes it.
            changes.append(ChangeRecord(
                entity: "period_final", entityKey: "pupil=\(row.pupil);subject=\(row.subject);period=\(row.period)",
                field: "value", oldValue: nil, newValue: row.value, accountID: row.changedBy, changedAt: row.changedAt,
                terminal: terminal, scope: ChangeScope(classID: row.classID, subjectID: row.subject, lessonDate: nil)
            ))
        }

        for closed in history.closedPeriods {
            let at = InstantFormat.string(closed.at)
            try db.execute(sql: "UPDATE period SET closed_at = ? WHERE id = ?", arguments: [at, closed.period.rawValue])
            // As JournalService.closePeriod writes it.
            changes.append(ChangeRecord(
                entity: "period", entityKey: "period=\(closed.period)", field: "closed", oldValue: nil, newValue: at,
                accountID: closed.by, changedAt: closed.at, terminal: terminal
            ))
        }
        try record(changes)
    }

    /// The history rows and their access-log entries, in time order (stable: rows entered at the
    /// same instant keep the order they were made in). Every change has its entry, as the service
    /// writes one with each change; the audit check refuses a history row without one.
    private func record(_ changes: [ChangeRecord]) throws {
        let order = changes.indices.sorted { (changes[$0].changedAt, $0) < (changes[$1].changedAt, $1) }
        let logins = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, login FROM account").map {
            (AccountID($0["id"] as Int64), $0["login"] as String)
        })
        var roles: [AccountID: [Role]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account_id, role FROM account_role") {
            if let role = Role(rawValue: row["role"]) { roles[AccountID(row["account_id"] as Int64), default: []].append(role) }
        }
        // Like the service's session label: the account's roles, sorted, comma-separated.
        let roleLabel = { (account: AccountID) in (roles[account] ?? []).sorted().map(\.rawValue).joined(separator: ",") }
        var chain = try AccessLogChain(db: db)
        for index in order {
            let change = changes[index]
            try ChangeLog.record(change, in: db)
            try chain.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(change.changedAt), accountID: change.accountID,
                login: logins[change.accountID] ?? "", role: roleLabel(change.accountID), terminal: terminal,
                action: AuditAction.change.rawValue, object: "\(change.entity) \(change.entityKey) \(change.field)",
                classID: change.scope?.classID, subjectID: change.scope?.subjectID, lessonDate: change.scope?.lessonDate?.iso,
                historyID: db.lastInsertedRowID
            ))
        }
    }

    /// A held lesson's topic and homework as its teacher types them on the lesson card
    /// (JournalService.setLessonText), when the register is taken: every journal value has the
    /// history row `ezh audit verify` compares it with.
    private func recordLessonTexts(
        _ lessons: [JournalHistory.HeldLesson], scopes: [LessonID: ChangeScope], teachers: [LessonID: AccountID],
        into changes: inout [ChangeRecord]
    ) throws {
        guard let fallback = try Int64.fetchOne(db, sql: "SELECT min(id) FROM account").map(AccountID.init) else { return }
        for lesson in lessons {
            for (field, text) in [("topic", lesson.topic), ("homework", lesson.homework)] where !text.isEmpty {
                changes.append(ChangeRecord(
                    entity: "lesson", entityKey: "lesson=\(lesson.id)", field: field, oldValue: "", newValue: text,
                    accountID: teachers[lesson.id] ?? fallback, changedAt: lesson.attendanceTakenAt, terminal: terminal,
                    scope: scopes[lesson.id]
                ))
            }
        }
    }

    /// Every lesson's class, subject and day, as its entries' history rows name them, and the
    /// account of the teacher who gave it.
    private func lessonScopes() throws -> (scopes: [LessonID: ChangeScope], teachers: [LessonID: AccountID]) {
        var scopes: [LessonID: ChangeScope] = [:]
        var teachers: [LessonID: AccountID] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT l.id, l.class_id, l.subject_id, l.date, a.id AS account_id
              FROM lesson l LEFT JOIN account a ON a.staff_id = coalesce(l.actual_teacher_id, l.scheduled_teacher_id)
            """)
        while let row = try rows.next() {
            let lesson = LessonID(row["id"] as Int64)
            scopes[lesson] = ChangeScope(
                classID: ClassID(row["class_id"] as Int64), subjectID: SubjectID(row["subject_id"] as Int64),
                lessonDate: LocalDate(iso: row["date"])
            )
            if let account = row["account_id"] as Int64? { teachers[lesson] = AccountID(account) }
        }
        return (scopes, teachers)
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
