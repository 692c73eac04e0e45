import EzhCore
import EzhService
import Foundation

/// The part of `JournalService` the screens use. Screens talk to this protocol so that tests can
/// drive every screen with a small in-memory journal instead of a database.
public protocol JournalBackend: AnyObject {
    var schoolName: String { get }
    var isDemo: Bool { get }
    var timeZone: SchoolTimeZone { get }
    func now() -> Date
    func today() -> LocalDate
    func demoAccounts() -> [DemoAccountHint]
    func signIn(login: String, password: String) throws -> Session
    func signOut(_ session: Session)
    func lockTerminal(_ session: Session, idle: Bool)
    /// Called when no key has come for a while: housekeeping that must not delay typing.
    func whileIdle()
    /// Rule 8 for the pages the session may open.
    func lessonPlanCheck(_ session: Session) throws -> [(page: JournalPage, verdict: LessonPlanCheck.Verdict)]
    /// Saves a file the user asked for through `ExportFiles` (never over the journal; an existing
    /// file only when `replacing`) and records the export in the access log, never its content.
    func saveExport(_ session: Session, _ text: String, to path: String, what: String, rows: Int, replacing: Bool) throws -> String
    /// Minutes without a key before the terminal locks itself (may be fractional).
    func idleLockMinutes() -> Double
    func home(_ session: Session) throws -> TeacherHome
    func periods(for page: JournalPage) throws -> [Period]
    func marksGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> MarksGrid
    func attendanceGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> AttendanceGrid
    /// Writes a cell if it still holds `seen`, the value the user's screen showed.
    func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?
    ) throws -> GridColumn
    func setAttendance(
        _ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?
    ) throws
    /// Where the journal stands now, and whether another terminal changed a page since.
    func changeWatch() throws -> ChangeWatch
    func pageChanged(_ session: Session, page: JournalPage, since watch: inout ChangeWatch) throws -> Bool
    /// Who is told when a read or write has waited half a second for another terminal.
    func onLongLockWait(_ listener: (@Sendable () -> Void)?)
    func markHistory(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID) throws -> [HistoryEntry]
    func attendanceHistory(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID) throws -> [HistoryEntry]
    func setPreferences(_ session: Session, language: Language?, keymapName: String?) throws -> Session

    // Validation layer
    func lessonCard(_ session: Session, lesson: LessonID) throws -> LessonCard
    /// Writes a lesson's topic or homework if it still has `seen`, the text the card showed.
    func setTopic(_ session: Session, lesson: LessonID, topic: String, replacing seen: String) throws -> String?
    func setHomework(_ session: Session, lesson: LessonID, homework: String, replacing seen: String) throws -> String?
    func confirmAttendance(_ session: Session, lesson: LessonID) throws
    func dueOverview(_ session: Session) throws -> DueOverview
    func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview]
    func ledClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)]
    func absenceReview(_ session: Session, classID: ClassID, week: DateSpan) throws -> AbsenceReview
    /// Corrects an absence if it still has `seen` and, when the note changes, `seenNote`.
    func correctAbsence(
        _ session: Session, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, replacing seen: AttendanceCode?, note: String,
        replacingNote seenNote: String, reason: String
    ) throws
    func permissions(_ session: Session) throws -> [PermissionSummary]
    func staff(_ session: Session) throws -> [(id: StaffID, name: PersonName)]
    func grantPermission(
        _ session: Session, teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan,
        kinds: Set<EntryKind>, reason: String, expiresAt: Date
    ) throws -> PermissionID
    func revokePermission(_ session: Session, _ id: PermissionID) throws
    func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson]
    /// Records who gives a lesson if the substitute is still `seen`, the one the screen showed.
    func recordSubstitution(_ session: Session, lesson: LessonID, substitute: StaffID?, replacing seen: StaffID?) throws
    // Accounts, diary, access log
    func changePassword(_ session: Session, old: String, new: String) throws -> Session
    func diaryPupils(_ session: Session) throws -> [DiaryPupil]
    func diary(_ session: Session, pupil: PupilID, period: PeriodID?, week: DateSpan?) throws -> Diary
    func diaryPeriods(_ session: Session, pupil: PupilID) throws -> [Period]
    func accounts(_ session: Session) throws -> [AccountSummary]
    func createStaffAccount(_ session: Session, staff: StaffID, login: String?, roles: Set<Role>) throws -> Credentials
    func createFamilyAccount(_ session: Session, holder: AccountHolder, login: String?) throws -> Credentials
    func resetPassword(_ session: Session, login: String) throws -> Credentials
    /// Changes an account's roles if it still has `seen`, the roles the form showed.
    func setRoles(_ session: Session, login: String, roles: Set<Role>, replacing seen: Set<Role>) throws
    func families(_ session: Session, classID: ClassID) throws -> [ClassFamily]
    func accessLog(_ session: Session, filter: AccessLogFilter) throws -> [AccessLogEntry]
    func accessLogDetail(_ session: Session, entry: AccessLogRow) throws -> AccessLogDetail
    func verifyAccessLog() throws -> AuditVerification
    func usageStatistics(_ session: Session, span: DateSpan) throws -> UsageStatistics
    func accessReport(_ session: Session, filter: AccessLogFilter) throws -> [AccessReportRow]
    /// The class named «5А» in a typed filter.
    func classID(named name: String) throws -> ClassID?
}

extension JournalService: JournalBackend {}
