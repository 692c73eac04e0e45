import EzhService

/// What signing in and changing a password need of the journal.
public protocol LoginBackend: AnyObject {
    func demoAccounts() -> [DemoAccountHint]
    func signIn(login: String, password: String) throws -> Session
    func changePassword(_ session: Session, old: String, new: String) throws -> Session
}
