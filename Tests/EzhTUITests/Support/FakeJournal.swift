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

    /// How many grids the screens read.
    private(set) var gridReads = 0

    func marksGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> MarksGrid {
        gridReads += 1
        guard let grid = marks[page] else { throw JournalError.notFound(.verbatim(page.title)) }
        return grid
    }

    func attendanceGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> AttendanceGrid {
        gridReads += 1
        guard let grid = attendance[page] else { throw JournalError.notFound(.verbatim(page.title)) }
        return grid
    }

    func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?
    ) throws -> GridColumn {
        waitForOtherTerminal()
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
        guard var grid = marks[page], let index = grid.columns.firstIndex(of: column) else { throw JournalError.lessonNotFound }
        try judge(grid.columns[index])
        let now = grid.value(pupil: pupil, column: index)
        guard now == value || now == seen else { throw JournalError.cellChanged(Self.otherTerminalsChange(now: now?.code)) }
        grid.set(value, pupil: pupil, column: index)
        marks[page] = grid
        writes.append("mark \(pupil) col \(index) \(value?.code ?? "nil")")
        return column
    }

    func setAttendance(
        _ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?
    ) throws {
        waitForOtherTerminal()
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
        guard var grid = attendance[page], let index = grid.columns.firstIndex(where: { $0.lessonID == lesson }) else {
            throw JournalError.lessonNotFound
        }
        try judge(grid.columns[index])
        let now = grid.value(pupil: pupil, column: index)
        guard now == code || now == seen else { throw JournalError.cellChanged(Self.otherTerminalsChange(now: now?.rawValue)) }
        grid.set(code, pupil: pupil, column: index)
        attendance[page] = grid
        writes.append("attendance \(pupil) lesson \(lesson) \(code?.rawValue ?? "nil")")
    }

    // MARK: Other terminals

    /// Commits made by other terminals, as `PRAGMA data_version` would count them.
    private(set) var otherCommits = 0
    /// Pages changed by another terminal, with the commit that changed them.
    private var changedPages: [JournalPage: Int] = [:]
    /// Who the other terminal is.
    static func otherTerminalsChange(now value: String?) -> CellChange {
        CellChange(current: value, who: "Сидоров Иван", at: "27.11.2026 10:58", terminal: "pts/7")
    }

    /// Another terminal puts a mark on a page (nil clears it), behind the screen's back.
    func markElsewhere(_ value: MarkValue?, page: JournalPage = Fixture.math, pupil: PupilID, column: Int) {
        marks[page]?.set(value, pupil: pupil, column: column)
        otherCommits += 1
        changedPages[page] = otherCommits
    }

    /// Another terminal commits a change to a page (what it changed is the caller's).
    func changedElsewhere(_ page: JournalPage) {
        otherCommits += 1
        changedPages[page] = otherCommits
    }

    /// Another process commits something that touches no page (a sign-in, a read logged).
    func commitElsewhere() { otherCommits += 1 }

    func changeWatch() throws -> ChangeWatch { ChangeWatch(externalCommits: otherCommits, historyBookmark: Int64(otherCommits)) }

    /// How often a screen asked whether a page changed, and how often it found one had.
    private(set) var pageChecks = 0
    func pageChanged(_ session: Session, page: JournalPage, since watch: inout ChangeWatch) throws -> Bool {
        pageChecks += 1
        guard otherCommits != watch.externalCommits else { return false }
        let changed = (changedPages[page] ?? 0) > Int(watch.historyBookmark)
        watch = ChangeWatch(externalCommits: otherCommits, historyBookmark: Int64(otherCommits))
        return changed
    }

    /// Whether the next write waits (long enough to be told) for another terminal's lock.
    var nextWriteWaits = false
    private var lockWaitListener: (@Sendable () -> Void)?
    func onLongLockWait(_ listener: (@Sendable () -> Void)?) { lockWaitListener = listener }

    private func waitForOtherTerminal() {
        guard nextWriteWaits else { return }
        nextWriteWaits = false
        lockWaitListener?()
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
