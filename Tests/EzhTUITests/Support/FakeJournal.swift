import EzhCore
import EzhService
import EzhTUI
import Foundation

/// A small in-memory journal behind the screens: one teacher, 5А with mathematics and physics,
/// a quarter of lessons around «today» (27.11.2026). Records every write, and can be told to
/// refuse the next one, so screen tests see what a user would see without a database.
final class FakeJournal: ShellBackend {
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
    /// The finals written by the screens (FakeJournal+Finals.swift); a page without uses the fixture.
    var finals: [JournalPage: FinalsSheet] = [:]
    var dueDates: [PeriodID: LocalDate] = [:]
    /// Every write, in order: "mark 3 col 5 5", "attendance 3 lesson 106 Н", "mark 3 col 5 nil".
    var writes: [String] = []
    /// The next write throws this instead of writing.
    var refuseNextWrite: JournalError?
    var signOuts = 0
    /// The exemptions recorded through the exemptions screen.
    var exemptionList: [Exemption] = []
    /// The validation layer's records: lesson texts, due items, absences, permissions.
    let state = FakeValidationState()
    /// Lesson plans (КТП): FakeJournal+Ktp.swift.
    let ktp = FakeKtpState()

    static let deputySession = Session(
        accountID: AccountID(2), login: "deputy", displayName: "Завучева Ольга Ивановна",
        roles: [.deputy], staffID: StaffID(2), language: .ru, keymapName: "default"
    )

    static let engine = RuleEngine(settings: .defaults, timeZone: zone)

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

    /// The people of the sign-in, accounts, diary and access-log screens (FakePeople.swift).
    let people = FakePeople()
    /// Notices, announcements and class events (FakeJournal+Notices.swift).
    let board = FakeBoard()
    /// The timetable editor's week (FakeJournal+Timetable.swift).
    let timetable = FakeTimetable()
    /// The deputy's classes, subjects and curriculum (FakeJournal+SchoolYear.swift).
    let schoolYear = FakeSchoolYear()
    /// The class lists, movements and school years (FakeJournal+Movement.swift).
    let movement = FakeMovementState()
    /// The pupils' data and parents (FakeJournal+PupilCard.swift).
    let pupilCards = FakePupilCardState()
    /// Notices, declarations and their states (FakeJournal+Substitutions.swift).
    let substitutions = FakeSubstitutions()
    /// Threads and messages (FakeJournal+Messages.swift).
    let messages = FakeMessages()
    /// The reports asked for and how they are made (FakeJournal+Reports.swift).
    let reports = FakeReports()

    func signOut(_ session: Session) { signOuts += 1 }
    /// Each lock of the terminal: true when it locked itself after the idle time.
    var locks: [Bool] = []
    func whileIdle() {}
    var lessonPlans: [(page: JournalPage, verdict: LessonPlanCheck.Verdict)] = []
    var exports: [String] = []
    /// What the backup screen and the home warning read; nil: a good backup this morning.
    var backups: BackupStatus?
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

    /// How many grids the screens read.
    var gridReads = 0

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

    func waitForOtherTerminal() {
        guard nextWriteWaits else { return }
        nextWriteWaits = false
        lockWaitListener?()
    }

    func setPreferences(_ session: Session, language: Language?, keymapName: String?) throws -> Session {
        Session(accountID: session.accountID, login: session.login, displayName: session.displayName, roles: session.roles,
                staffID: session.staffID, language: language ?? session.language, keymapName: keymapName ?? session.keymapName)
    }

    /// The next write asked for throws `refuseNextWrite`, if set.
    func refuseIfAsked() throws {
        if let refusal = refuseNextWrite {
            refuseNextWrite = nil
            throw refusal
        }
    }
}

/// The whole journal the screens use: each feature's part is in FakeJournal+<Feature>.swift.
extension FakeJournal: JournalBackend {}
