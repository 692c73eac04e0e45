import EzhCore
@testable import EzhService
@testable import EzhStore
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
    /// The diary weeks and periods asked for, in order: "pupil 3 period nil week nil".
    var diaryRequests: [String] = []
    var lastLogFilter: AccessLogFilter?
    var lastReportFilter: AccessLogFilter?
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

extension FakeJournal {

    func changePassword(_ session: Session, old: String, new: String) throws -> Session {
        guard people.passwords[session.login] == old else { throw JournalError.invalidCredentials }
        try PasswordPolicy.check(new, login: session.login)
        people.passwords[session.login] = new
        people.changes.append("password \(session.login)")
        let updated = FakePeople.session(session.accountID.rawValue, session.login, session.displayName, session.roles,
                                         staff: session.staffID?.rawValue)
        people.sessions[session.login] = updated
        return updated
    }

    func diaryPupils(_ session: Session) throws -> [DiaryPupil] {
        if session.has(.parent) { return [FakePeople.maria, FakePeople.pyotr] }
        if session.has(.pupil) { return [FakePeople.maria] }
        return []
    }

    func diary(_ session: Session, pupil: PupilID, period: PeriodID?, week: DateSpan?) throws -> Diary {
        people.diaryRequests.append("pupil \(pupil) period \(period.map(String.init(describing:)) ?? "nil") week \(week?.first.dayMonth ?? "nil")")
        guard let allowed = try diaryPupils(session).first(where: { $0.id == pupil }) else { throw JournalError.accessDenied(BilingualText("дневник другого ученика", "another pupil's diary")) }
        let chosen = Fixture.periods.first { $0.id == period } ?? Fixture.periods[1]
        let week = week ?? SchoolWeek.containing(Self.today)
        return pupil == FakePeople.maria.id ? Self.mariasDiary(allowed, period: chosen, week: week) : Self.pyotrsDiary(allowed, period: chosen, week: week)
    }

    func diaryPeriods(_ session: Session, pupil: PupilID) throws -> [Period] { Fixture.periods }

    private static func day(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 11, day: day) }

    private static let homework = WorkType(id: WorkTypeID(3), name: "Домашнее задание", abbreviation: "Д/з", weight: 1)
    private static let dictation = WorkType(id: WorkTypeID(4), name: "Диктант", abbreviation: "Дикт", weight: 1.5)

    private static func subject(_ name: String, _ marks: [(Int, Int, WorkType)], final: String? = nil) -> Diary.SubjectLine {
        let values = marks.map { (date: day($0.0), value: MarkValue.grade($0.1), workType: $0.2) }
        return Diary.SubjectLine(subject: name, marks: values, averages: MarkAverages(values.map { ($0.value, $0.workType.weight) }),
                                 final: final)
    }

    static func mariasDiary(_ pupil: DiaryPupil, period: Period, week: DateSpan) -> Diary {
        let inThisWeek = week.contains(day(23))
        let lessons: [Diary.DayLesson] = inThisWeek ? [
            .init(date: day(23), lessonNumber: 2, subject: "Математика", topic: "Сложение дробей с разными знаменателями",
                  homework: "№ 245, 246 и повторить правило приведения дробей к общему знаменателю", attendance: nil),
            .init(date: day(23), lessonNumber: 3, subject: "Русский язык", topic: "Причастный оборот", homework: "упр. 112", attendance: .absent),
            .init(date: day(25), lessonNumber: 1, subject: "Иностранный язык (английский)", topic: "Present Perfect: употребление",
                  homework: "", attendance: .late),
            .init(date: day(27), lessonNumber: 3, subject: "Математика", topic: "Дроби", homework: "№ 250", attendance: nil),
        ] : []
        return Diary(
            pupil: pupil, period: period,
            subjects: [
                subject("Иностранный язык (английский)", [(16, 5, Fixture.classwork)]),
                subject("Литература", [], final: nil),
                subject("Математика", [(16, 5, Fixture.classwork), (18, 4, homework), (23, 5, Fixture.test), (25, 3, Fixture.classwork),
                                       (27, 4, Fixture.test), (27, 5, homework)], final: "5"),
                subject("Русский язык", [(17, 3, dictation), (24, 4, Fixture.classwork)]),
            ],
            week: week, weekLessons: lessons,
            absences: [(date: day(23), lessonNumber: 3, subject: "Русский язык", code: .absent),
                       (date: day(25), lessonNumber: 1, subject: "Иностранный язык (английский)", code: .late),
                       (date: day(11), lessonNumber: 1, subject: "Математика", code: .ill)]
        )
    }

    static func pyotrsDiary(_ pupil: DiaryPupil, period: Period, week: DateSpan) -> Diary {
        Diary(pupil: pupil, period: period, subjects: [subject("Окружающий мир", [(20, 5, Fixture.classwork)])],
              week: week, weekLessons: [], absences: [])
    }

    func accounts(_ session: Session) throws -> [AccountSummary] {
        guard session.has(.administrator) else { throw JournalError.accessDenied(BilingualText("управление учётными записями", "managing accounts")) }
        return people.accounts
    }

    func createStaffAccount(_ session: Session, staff: StaffID, login: String?, roles: Set<Role>) throws -> Credentials {
        guard let name = try self.staff(session).first(where: { $0.id == staff })?.name else { throw JournalError.notFound(BilingualText("сотрудник", "staff member")) }
        let login = login ?? Transliteration.login(for: name)
        people.changes.append("create staff \(staff) \(login) \(roles.sorted().map(\.rawValue).joined(separator: ","))")
        people.accounts.append(.init(login: login, name: name, kind: "staff", roles: roles.sorted(), isDisabled: false,
                                     mustChangePassword: true, lockedUntil: nil))
        return Credentials(holderName: name.full, login: login, oneTimePassword: "Qw7-ot-91")
    }

    func createFamilyAccount(_ session: Session, holder: AccountHolder, login: String?) throws -> Credentials {
        switch holder {
        case .parent(let id):
            people.changes.append("create parent \(id)")
            let index = people.families.firstIndex { $0.parents.contains { $0.id == id } }!
            let family = people.families[index]
            people.families[index] = .init(pupilID: family.pupilID, pupilName: family.pupilName, pupilLogin: family.pupilLogin,
                                           parents: family.parents.map { $0.id == id ? ($0.id, $0.name, "parent\(id)") : $0 })
            return Credentials(holderName: family.parents.first { $0.id == id }!.name.full, login: "parent\(id)", oneTimePassword: "Par-\(id)-pass")
        case .pupil(let id):
            people.changes.append("create pupil \(id)")
            let index = people.families.firstIndex { $0.pupilID == id }!
            let family = people.families[index]
            people.families[index] = .init(pupilID: id, pupilName: family.pupilName, pupilLogin: "pupil\(id)", parents: family.parents)
            return Credentials(holderName: family.pupilName.full, login: "pupil\(id)", oneTimePassword: "Pup-\(id)-pass")
        case .staff:
            throw JournalError.accessDenied(BilingualText(
                "учётные записи сотрудников создаёт администратор", "the administrator creates staff accounts"
            ))
        }
    }

    func resetPassword(_ session: Session, login: String) throws -> Credentials {
        people.changes.append("reset \(login)")
        return Credentials(holderName: "Иванова Ольга Петровна", login: login, oneTimePassword: "Rst-55-new")
    }

    func setRoles(_ session: Session, login: String, roles: Set<Role>, replacing seen: Set<Role>) throws {
        guard let index = people.accounts.firstIndex(where: { $0.login == login }) else { throw JournalError.notFound(.verbatim(login)) }
        let now = Set(people.accounts[index].roles)
        guard now == roles || now == seen else {
            throw JournalError.cellChanged(CellChange(
                current: now.sorted().map { $0.name(in: .ru) }.joined(separator: ", "), who: "Сидоров Иван",
                at: "27.11.2026 10:58", terminal: "pts/7", field: CellChange.Field("Роли", "Roles")
            ))
        }
        people.changes.append("roles \(login) \(roles.sorted().map(\.rawValue).joined(separator: ","))")
        people.accounts[index] = people.accounts[index].with(roles: roles)
    }

    /// Another administrator changes an account's roles behind the screen's back.
    func rolesElsewhere(_ roles: Set<Role>, login: String) {
        guard let index = people.accounts.firstIndex(where: { $0.login == login }) else { return }
        people.accounts[index] = people.accounts[index].with(roles: roles)
    }

    func families(_ session: Session, classID: ClassID) throws -> [ClassFamily] { people.families }

    /// Filters as the store does, for the fields the screens set.
    func accessLog(_ session: Session, filter: AccessLogFilter) throws -> [AccessLogEntry] {
        people.lastLogFilter = filter
        let rows = people.log.filter { row in
            (filter.login.map { $0 == row.login } ?? true) && (filter.action.map { $0 == row.action } ?? true)
                && (filter.classID.map { $0 == row.classID } ?? true)
                && (filter.role.map { row.role.split(separator: ",").contains(Substring($0)) } ?? true)
                && (filter.since.map { row.at >= $0 } ?? true) && (filter.until.map { row.at < $0 } ?? true)
                && (filter.text.map { row.object.contains($0) || row.detail.contains($0) } ?? true)
        }
        return rows.prefix(filter.limit ?? .max).map { AccessObjectText.entry($0, names: people.logNames, language: session.language) }
    }

    func accessLogDetail(_ session: Session, entry: AccessLogRow) throws -> AccessLogDetail {
        AccessLogDetail(
            className: entry.classID == nil ? nil : "5А", subject: entry.subjectID == nil ? nil : "Математика",
            change: entry.historyID.map { _ in
                HistoryEntry(changedAt: "27.11.2026 10:52", who: "Петрова Анна", terminal: "pts/3", oldValue: "4", newValue: "5")
            }
        )
    }

    func verifyAccessLog() throws -> AuditVerification { people.verification }

    func usageStatistics(_ session: Session, span: DateSpan) throws -> UsageStatistics {
        UsageStatistics(weeks: [(LocalDate(year: 2026, month: 11, day: 23), ["teacher": 12, "parent": 5])],
                        parents: 40, parentsActive: 10, pupils: 30, pupilsActive: 3)
    }

    func accessReport(_ session: Session, filter: AccessLogFilter) throws -> [AccessReportRow] {
        people.lastReportFilter = filter
        let rows = [
            AccessReportRow(at: "27.11.2026 10:58", user: "teacher", className: "5А", subject: "Математика", period: "2 четверть",
                            lessonDate: "18.11.2026", action: "изменение", object: "оценка: Белова Д., 5А Математика, 18.11",
                            isLate: true, permission: PermissionID(3)),
            AccessReportRow(at: "27.11.2026 10:52", user: "teacher", className: "5А", subject: "Математика", period: "2 четверть",
                            lessonDate: "27.11.2026", action: "изменение", object: "оценка: Алексеев Б., 5А Математика, 27.11",
                            isLate: false, permission: nil),
            AccessReportRow(at: "26.11.2026 12:10", user: "sidorov", className: "6Б", subject: "История", period: "2 четверть",
                            lessonDate: "26.11.2026", action: "изменение", object: "урок 6Б История, 26.11: тема", isLate: false,
                            permission: nil),
        ]
        return rows.filter { row in
            (filter.login.map { $0 == row.user } ?? true) && (filter.classID.map { $0 == ClassID(5) ? row.className == "5А" : row.className == "6Б" } ?? true)
        }
    }

    func classID(named name: String) throws -> ClassID? {
        ["5А": ClassID(5), "6Б": ClassID(6)][name.uppercased()]
    }
}

private extension AccountSummary {
    func with(roles: Set<Role>) -> AccountSummary {
        AccountSummary(login: login, name: name, kind: kind, roles: roles.sorted(), isDisabled: isDisabled,
                       mustChangePassword: mustChangePassword, lockedUntil: lockedUntil)
    }
}
