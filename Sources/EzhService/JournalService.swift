import EzhCore
import EzhStore
import Foundation

/// The one write path of the journal, and the one read path for front ends. Every change checks
/// permission, applies the rules with the injected clock, and writes the change, its history and
/// its audit entry in a single transaction. Screens and commands never write SQL.
public final class JournalService: Sendable {
    public let store: JournalStore
    public let clock: any JournalClock
    public let terminal: TerminalInfo

    /// Refuses any clock but the real one unless the database is a demo or test database.
    public init(store: JournalStore, clock: any JournalClock, terminal: TerminalInfo) throws {
        self.store = store
        self.clock = clock
        self.terminal = terminal
    }

    public var schoolName: String { "" }
    public var isDemo: Bool { false }
    public var timeZone: SchoolTimeZone { SchoolTimeZone(identifier: "Europe/Moscow")! }
    public func now() -> Date { clock.now() }
    public func today() -> LocalDate { timeZone.localDate(of: now()) }

    public func demoAccounts() -> [DemoAccountHint] { [] }

    public func signIn(login: String, password: String) throws -> Session {
        throw JournalError.invalidCredentials
    }

    public func signOut(_ session: Session) {}

    public func home(_ session: Session) throws -> TeacherHome {
        throw JournalError.notSignedIn
    }

    public func periods(for page: JournalPage) throws -> [Period] { [] }

    public func marksGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> MarksGrid {
        throw JournalError.notSignedIn
    }

    public func attendanceGrid(_ session: Session, page: JournalPage, period: PeriodID) throws -> AttendanceGrid {
        throw JournalError.notSignedIn
    }

    /// Sets or clears (nil) one pupil's mark in one column. A lesson with no assignment gets one
    /// of the default work type; the returned column carries its id.
    public func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?
    ) throws -> GridColumn {
        throw JournalError.notSignedIn
    }

    /// Sets or clears (nil) one pupil's attendance code for one lesson.
    public func setAttendance(
        _ session: Session, page: JournalPage, lesson: LessonID, pupil: PupilID, code: AttendanceCode?
    ) throws {
        throw JournalError.notSignedIn
    }

    /// Every recorded change of one mark cell, newest first.
    public func markHistory(_ session: Session, column: GridColumn, pupil: PupilID) throws -> [HistoryEntry] { [] }

    /// Every recorded change of one attendance cell, newest first.
    public func attendanceHistory(_ session: Session, lesson: LessonID, pupil: PupilID) throws -> [HistoryEntry] { [] }

    /// Stores the account's own language and keymap; returns the updated session.
    public func setPreferences(_ session: Session, language: Language?, keymapName: String?) throws -> Session {
        session
    }
}
