import EzhCore
import EzhService

/// What the administrator's accounts and the class teacher's credentials need of the journal.
public protocol AccountsBackend: AnyObject {
    func accounts(_ session: Session) throws -> [AccountSummary]
    func createStaffAccount(_ session: Session, staff: StaffID, login: String?, roles: Set<Role>) throws -> Credentials
    /// Adds a member of staff with an account, as one row of a staff import would.
    func addStaffMember(_ session: Session, name: PersonName, position: String, login: String?, roles: Set<Role>) throws -> Credentials
    func createFamilyAccount(_ session: Session, holder: AccountHolder, login: String?) throws -> Credentials
    func resetPassword(_ session: Session, login: String) throws -> Credentials
    /// Switches a staff account off (it no longer signs in; its history stays) or on again.
    func setAccountDisabled(_ session: Session, login: String, disabled: Bool) throws
    /// Changes an account's roles if it still has `seen`, the roles the form showed.
    func setRoles(_ session: Session, login: String, roles: Set<Role>, replacing seen: Set<Role>) throws
    func families(_ session: Session, classID: ClassID) throws -> [ClassFamily]
}
