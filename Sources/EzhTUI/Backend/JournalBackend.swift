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
    /// Minutes without a key before the terminal locks itself (may be fractional).
    func idleLockMinutes() -> Double
    func home(_ session: Session) throws -> TeacherHome
    func periods(for page: JournalPage) throws -> [Period]
    func marksGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> MarksGrid
    func attendanceGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> AttendanceGrid
    func setMark(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?) throws -> GridColumn
    func setAttendance(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID, code: AttendanceCode?) throws
    func markHistory(_ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID) throws -> [HistoryEntry]
    func attendanceHistory(_ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID) throws -> [HistoryEntry]
    func setPreferences(_ session: Session, language: Language?, keymapName: String?) throws -> Session
}

extension JournalService: JournalBackend {}
