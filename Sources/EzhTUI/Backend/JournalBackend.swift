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

    // Validation layer
    func lessonCard(_ session: Session, lesson: LessonID) throws -> LessonCard
    func setTopic(_ session: Session, lesson: LessonID, topic: String) throws -> String?
    func setHomework(_ session: Session, lesson: LessonID, homework: String) throws -> String?
    func confirmAttendance(_ session: Session, lesson: LessonID) throws
    func dueOverview(_ session: Session) throws -> DueOverview
    func dueOverviewOfAllTeachers(_ session: Session) throws -> [DueOverview]
    func ledClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)]
    func absenceReview(_ session: Session, classID: ClassID, week: DateSpan) throws -> AbsenceReview
    func correctAbsence(_ session: Session, lesson: LessonID, pupil: PupilID, code: AttendanceCode?, note: String, reason: String) throws
    func permissions(_ session: Session) throws -> [PermissionSummary]
    func staff(_ session: Session) throws -> [(id: StaffID, name: PersonName)]
    func grantPermission(
        _ session: Session, teacher: StaffID, classID: ClassID?, subjectID: SubjectID?, dates: DateSpan,
        kinds: Set<EntryKind>, reason: String, expiresAt: Date
    ) throws -> PermissionID
    func revokePermission(_ session: Session, _ id: PermissionID) throws
    func schoolLessons(_ session: Session, on day: LocalDate) throws -> [SchoolLesson]
    func recordSubstitution(_ session: Session, lesson: LessonID, substitute: StaffID?) throws
}

extension JournalService: JournalBackend {}
