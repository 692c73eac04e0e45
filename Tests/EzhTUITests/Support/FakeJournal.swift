import EzhCore
import EzhService
import EzhTUI
import Foundation

/// A small in-memory journal behind the screens: one teacher, 5А with mathematics and physics,
/// a quarter of lessons around «today» (27.11.2026). Records every write, and can be told to
/// refuse the next one, so screen tests see what a user would see without a database.
final class FakeJournal: JournalBackend {
    static let zone = SchoolTimeZone(identifier: "Europe/Moscow")!
    static let today = LocalDate(year: 2026, month: 11, day: 27)

    let schoolName = "МБОУ «Школа № 1»"
    var isDemo = false
    var timeZone: SchoolTimeZone { Self.zone }
    /// The school's time today; a test moves it to see deadlines pass.
    var time = TimeOfDay(hour: 11, minute: 0)
    func now() -> Date { Self.zone.instant(Self.today, time) }
    func today() -> LocalDate { Self.today }

    var marks: [JournalPage: MarksGrid] = [:]
    var attendance: [JournalPage: AttendanceGrid] = [:]
    /// Every write, in order: "mark 3 col 5 5", "attendance 3 lesson 106 Н", "mark 3 col 5 nil".
    var writes: [String] = []
    /// The next write throws this instead of writing.
    var refuseNextWrite: JournalError?
    var signOuts = 0
    /// The validation layer's records: lesson texts, due items, absences, permissions.
    let state = FakeValidationState()

    static let session = Session(
        accountID: AccountID(1), login: "teacher", displayName: "Петрова Анна Сергеевна",
        roles: [.teacher, .classTeacher], staffID: StaffID(1), language: .ru, keymapName: "default"
    )

    init() {
        marks[Fixture.math] = Fixture.marksGrid()
        attendance[Fixture.math] = Fixture.attendanceGrid()
        marks[Fixture.physics] = Fixture.marksGrid(page: Fixture.physics)
        attendance[Fixture.physics] = Fixture.attendanceGrid(page: Fixture.physics)
    }

    func demoAccounts() -> [DemoAccountHint] {
        [DemoAccountHint(login: "teacher", description: "учитель математики, пароль demo"),
         DemoAccountHint(login: "deputy", description: "завуч, пароль demo")]
    }

    /// The people of the accounts, diary and access-log screens (FakeJournal+Accounts.swift).
    let people = FakePeople()

    func signIn(login: String, password: String) throws -> Session {
        guard let session = people.sessions[login], password == people.passwords[login] else { throw JournalError.invalidCredentials }
        return session
    }

    func signOut(_ session: Session) { signOuts += 1 }
    /// Each lock of the terminal: true when it locked itself after the idle time.
    var locks: [Bool] = []
    func whileIdle() {}
    var lessonPlans: [(page: JournalPage, verdict: LessonPlanCheck.Verdict)] = []
    func lessonPlanCheck(_ session: Session) throws -> [(page: JournalPage, verdict: LessonPlanCheck.Verdict)] { lessonPlans }
    var exports: [String] = []
    /// The database the export files must never overwrite.
    var journalPath = "/nonexistent/ezh-fake-journal.sqlite"
    func saveExport(_ session: Session, _ text: String, to path: String, what: String, rows: Int, replacing: Bool) throws -> String {
        let written = try ExportFiles(journalPath: journalPath).write(text, to: path, replacing: replacing)
        exports.append("\(what): \(rows)")
        return written
    }

    func lockTerminal(_ session: Session, idle: Bool) {
        signOuts += 1
        locks.append(idle)
    }
    var idleMinutes = 5.0
    func idleLockMinutes() -> Double { idleMinutes }

    func home(_ session: Session) throws -> TeacherHome {
        let lesson = LessonSummary(
            lessonID: Fixture.todaysLesson, page: Fixture.math, date: Self.today, lessonNumber: 3,
            start: TimeOfDay(hour: 10, minute: 0), end: TimeOfDay(hour: 10, minute: 45), room: "21", topic: "Дроби"
        )
        return TeacherHome(today: Self.today, todaysLessons: [lesson], pages: [Fixture.math, Fixture.physics],
                           editablePages: [Fixture.math, Fixture.physics])
    }

    func periods(for page: JournalPage) throws -> [Period] { Fixture.periods }

    func marksGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> MarksGrid {
        guard let grid = marks[page] else { throw JournalError.notFound(page.title) }
        return grid
    }

    func attendanceGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> AttendanceGrid {
        guard let grid = attendance[page] else { throw JournalError.notFound(page.title) }
        return grid
    }

    func setMark(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?) throws -> GridColumn {
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
        guard var grid = marks[page], let index = grid.columns.firstIndex(of: column) else { throw JournalError.lessonNotFound }
        try judge(grid.columns[index])
        grid.set(value, pupil: pupil, column: index)
        marks[page] = grid
        writes.append("mark \(pupil) col \(index) \(value?.code ?? "nil")")
        return column
    }

    func setAttendance(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID, code: AttendanceCode?) throws {
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
        guard var grid = attendance[page], let index = grid.columns.firstIndex(where: { $0.lessonID == lesson }) else {
            throw JournalError.lessonNotFound
        }
        try judge(grid.columns[index])
        grid.set(code, pupil: pupil, column: index)
        attendance[page] = grid
        writes.append("attendance \(pupil) lesson \(lesson) \(code?.rawValue ?? "nil")")
    }

    func markHistory(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID) throws -> [HistoryEntry] {
        [HistoryEntry(changedAt: "27.11.2026 10:50", who: "Петрова А.С.", terminal: "pts/3", oldValue: nil, newValue: "4"),
         HistoryEntry(changedAt: "27.11.2026 10:52", who: "Петрова А.С.", terminal: "pts/3", oldValue: "4", newValue: "5")]
    }

    func attendanceHistory(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID) throws -> [HistoryEntry] { [] }

    func setPreferences(_ session: Session, language: Language?, keymapName: String?) throws -> Session {
        Session(accountID: session.accountID, login: session.login, displayName: session.displayName, roles: session.roles,
                staffID: session.staffID, language: language ?? session.language, keymapName: keymapName ?? session.keymapName)
    }
}
