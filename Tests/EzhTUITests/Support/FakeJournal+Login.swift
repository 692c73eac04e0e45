import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// Signing in with the people's passwords; the demo accounts a demo login screen lists.
extension FakeJournal: LoginBackend {
    func demoAccounts() -> [DemoAccountHint] {
        [DemoAccountHint(login: "teacher", description: "учитель математики, пароль demo"),
         DemoAccountHint(login: "deputy", description: "завуч, пароль demo")]
    }

    func signIn(login: String, password: String) throws -> Session {
        guard let session = people.sessions[login], password == people.passwords[login] else { throw JournalError.invalidCredentials }
        return session
    }

    func changePassword(_ session: Session, old: String, new: String) throws -> Session {
        guard people.passwords[session.login] == old else { throw JournalError.invalidCredentials }
        try PasswordPolicy.check(new, login: session.login)
        people.passwords[session.login] = new
        people.changes.append("password \(session.login)")
        let updated = FakePeople.session(session.accountID.rawValue, session.login, session.displayName, session.roles,
                                         staff: session.staffID?.rawValue)
        people.sessions[session.login] = updated
        return updated
    }
}
