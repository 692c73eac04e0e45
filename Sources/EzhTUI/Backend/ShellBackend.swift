import EzhCore
import EzhService
import Foundation

/// What the shell and every screen need of the journal: the school, its clock, the session's
/// end, idle housekeeping, the account's preferences, saving a file the user asked for, and
/// whether another terminal changed a page.
public protocol ShellBackend: AnyObject {
    var schoolName: String { get }
    var isDemo: Bool { get }
    var timeZone: SchoolTimeZone { get }
    func now() -> Date
    func today() -> LocalDate
    func signOut(_ session: Session)
    func lockTerminal(_ session: Session, idle: Bool)
    /// Called when no key has come for a while: housekeeping that must not delay typing.
    func whileIdle()
    /// Minutes without a key before the terminal locks itself (may be fractional).
    func idleLockMinutes() -> Double
    /// Who is told when a read or write has waited half a second for another terminal.
    func onLongLockWait(_ listener: (@Sendable () -> Void)?)
    func setPreferences(_ session: Session, language: Language?, keymapName: String?) throws -> Session
    /// Saves a file the user asked for through `ExportFiles` (never over the journal; an existing
    /// file only when `replacing`) and records the export in the access log, never its content.
    func saveExport(_ session: Session, _ text: String, to path: String, what: String, rows: Int, replacing: Bool) throws -> String
    /// Where the journal stands now, and whether another terminal changed a page since.
    func changeWatch() throws -> ChangeWatch
    func pageChanged(_ session: Session, page: JournalPage, since watch: inout ChangeWatch) throws -> Bool
}

/// Who works at the school, read by several features (accounts, permissions, substitutions,
/// absences).
public protocol SchoolDirectoryBackend: AnyObject {
    func staff(_ session: Session) throws -> [(id: StaffID, name: PersonName)]
    /// The classes the session's person leads as class teacher.
    func ledClasses(_ session: Session) throws -> [(id: ClassID, name: ClassName)]
}
