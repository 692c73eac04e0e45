import EzhService

/// What the administrator's backup screen and the home warning need of the journal.
public protocol BackupsBackend: AnyObject {
    func backupStatus(_ session: Session) throws -> BackupStatus
}
