import EzhService

/// What the administrator's settings screen needs of the journal.
public protocol SchoolSettingsBackend: AnyObject {
    func schoolSettings(_ session: Session) throws -> [SchoolSetting]
    func changeSchoolSetting(_ session: Session, key: String, value: String) throws
}
