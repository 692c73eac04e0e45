import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The people behind the accounts, diary and access-log screens: who can sign in (with what
/// password and roles), a parent of two pupils, the school's accounts, an access log. Records
/// every change the screens ask for.
final class FakePeople {
    static func session(_ id: Int64, _ login: String, _ name: String, _ roles: Set<Role>, staff: Int64? = nil,
                        mustChange: Bool = false) -> Session {
        Session(accountID: AccountID(id), login: login, displayName: name, roles: roles, staffID: staff.map(StaffID.init),
                language: .ru, keymapName: "default", mustChangePassword: mustChange)
    }

    var sessions: [String: Session] = [
        "teacher": FakeJournal.session,
        "newbie": session(2, "newbie", "Смирнов Олег Игоревич", [.teacher], staff: 2, mustChange: true),
        "parent": session(3, "parent", "Иванова Ольга Петровна", [.parent]),
        "pupil": session(4, "pupil", "Иванова Мария Сергеевна", [.pupil]),
        "admin": session(5, "admin", "Кузнецов Андрей Викторович", [.administrator], staff: 5),
        "deputy": FakeJournal.deputySession,
    ]
    var passwords = ["teacher": "demo", "newbie": "Kx7-one-time", "parent": "demo", "pupil": "demo", "admin": "demo", "deputy": "demo"]
    /// Every change asked for, in order: "password newbie", "create staff 7 teacher", "reset parent".
    var changes: [String] = []
    /// The school's week on the settings screen (FakeJournal+Settings.swift).
    var weekDays = "5"
    /// The diary weeks and periods asked for, in order: "pupil 3 period nil week nil".
    var diaryRequests: [String] = []
    var lastLogFilter: AccessLogFilter?
    var lastReportFilter: AccessLogFilter?
    /// When set, the access report waits for it before its rows are read (the progress line and Esc).
    var reportGate: DispatchSemaphore?
    var verification = AuditVerification.intact(entries: 6)

    static let maria = DiaryPupil(id: PupilID(3), name: PersonName(last: "Иванова", first: "Мария", patronymic: "Сергеевна"),
                                  className: ClassName(grade: 5, letter: "А"))
    static let pyotr = DiaryPupil(id: PupilID(8), name: PersonName(last: "Иванов", first: "Пётр", patronymic: "Сергеевич"),
                                  className: ClassName(grade: 2, letter: "Б"))

    var accounts: [AccountSummary] = [
        .init(login: "admin", name: PersonName(last: "Кузнецов", first: "Андрей", patronymic: "Викторович"), kind: "staff",
              roles: [.administrator], isDisabled: false, mustChangePassword: false, lockedUntil: nil),
        .init(login: "teacher", name: PersonName(last: "Петрова", first: "Анна", patronymic: "Сергеевна"), kind: "staff",
              roles: [.teacher, .classTeacher], isDisabled: false, mustChangePassword: false, lockedUntil: "2026-11-27T08:05:00.000Z"),
        .init(login: "newbie", name: PersonName(last: "Смирнов", first: "Олег", patronymic: "Игоревич"), kind: "staff",
              roles: [.teacher], isDisabled: false, mustChangePassword: true, lockedUntil: nil),
        .init(login: "parent", name: PersonName(last: "Иванова", first: "Ольга", patronymic: "Петровна"), kind: "parent",
              roles: [.parent], isDisabled: false, mustChangePassword: false, lockedUntil: nil),
        .init(login: "old.pupil", name: PersonName(last: "Ёлкин", first: "Илья"), kind: "pupil",
              roles: [.pupil], isDisabled: true, mustChangePassword: false, lockedUntil: nil),
    ]

    var families: [ClassFamily] = [
        .init(pupilID: PupilID(1), pupilName: PersonName(last: "Алексеев", first: "Борис", patronymic: "Ильич"), pupilLogin: "alekseev.bi",
              parents: [(ParentID(11), PersonName(last: "Алексеева", first: "Нина", patronymic: "Павловна"), nil)]),
        .init(pupilID: PupilID(3), pupilName: PersonName(last: "Иванова", first: "Мария", patronymic: "Сергеевна"), pupilLogin: nil,
              parents: [(ParentID(13), PersonName(last: "Иванова", first: "Ольга", patronymic: "Петровна"), "parent")]),
    ]

    /// Newest first, as the store lists them. 07:52Z is 10:52 in Moscow.
    var log: [AccessLogRow] = [
        AccessLogRow(seq: 6, at: "2026-11-27T07:58:00.000Z", accountID: AccountID(1), login: "teacher", role: "teacher,class_teacher",
                     terminal: "pts/3", action: "change", object: "mark assignment=4;pupil=2 value", classID: ClassID(5),
                     subjectID: SubjectID(1), lessonDate: "2026-11-18", historyID: 41, permissionID: PermissionID(3)),
        AccessLogRow(seq: 5, at: "2026-11-27T07:52:13.000Z", accountID: AccountID(1), login: "teacher", role: "teacher,class_teacher",
                     terminal: "pts/3", action: "change", object: "mark assignment=5;pupil=1 value", classID: ClassID(5),
                     subjectID: SubjectID(1), lessonDate: "2026-11-27", historyID: 40),
        AccessLogRow(seq: 4, at: "2026-11-27T07:50:00.000Z", accountID: AccountID(1), login: "teacher", role: "teacher,class_teacher",
                     terminal: "pts/3", action: "open_page", object: "5А · Математика", classID: ClassID(5), subjectID: SubjectID(1)),
        AccessLogRow(seq: 3, at: "2026-11-27T07:49:00.000Z", accountID: AccountID(1), login: "teacher", role: "teacher,class_teacher",
                     terminal: "pts/3", action: "sign_in", object: "teacher"),
        AccessLogRow(seq: 2, at: "2026-11-27T06:30:00.000Z", accountID: AccountID(3), login: "parent", role: "parent",
                     terminal: "pts/7 (10.0.0.7)", action: "read", object: "дневник ученика 3"),
        AccessLogRow(seq: 1, at: "2026-11-26T17:05:00.000Z", accountID: nil, login: "?", role: "", terminal: "pts/1",
                     action: "sign_in_failed", object: "?", detail: "unknown login"),
    ]

    /// The names behind the log's ids, as the store would fetch them.
    var logNames: AccessLogNames = {
        var names = AccessLogNames()
        names.pupils = [1: "Алексеев Б.", 2: "Белова Д.", 3: "Иванова М."]
        names.classes = [ClassID(5): "5А", ClassID(6): "6Б"]
        names.subjects = [SubjectID(1): "Математика", SubjectID(2): "История"]
        let quarter = Period(id: PeriodID(2), scheme: .quarters, number: 2,
                             span: DateSpan(LocalDate(year: 2026, month: 11, day: 5), LocalDate(year: 2026, month: 12, day: 27)))
        names.periods = [quarter.id: quarter]
        names.classPeriods = [ClassID(5): [quarter.id], ClassID(6): [quarter.id]]
        names.assignments = [
            4: JournalPlace(classID: ClassID(5), subjectID: SubjectID(1), date: LocalDate(year: 2026, month: 11, day: 18)),
            5: JournalPlace(classID: ClassID(5), subjectID: SubjectID(1), date: LocalDate(year: 2026, month: 11, day: 27)),
        ]
        return names
    }()
}
