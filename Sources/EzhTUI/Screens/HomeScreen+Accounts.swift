import EzhCore
import EzhService

/// The start screen's ways to the accounts, credentials and access screens: only those the
/// session's roles have are offered in the key bar, and the others are refused with a reason.
extension HomeScreen {
    static func accountEntries(for session: Session?) -> [Action] {
        guard let session else { return [] }
        return [Action.openAccounts, .openAccessLog, .openClassCredentials, .openAccessReport, .changePassword]
            .filter { isAllowed($0, for: session) }
    }

    /// The key bar: the entries of the session's roles after Enter; changing one's password,
    /// open to everyone, comes last and is the first to go where the bar is too short.
    static func keyBar(for session: Session?) -> [Action] {
        let entries = accountEntries(for: session)
        return [.open] + entries.filter { $0 != .changePassword } + [.help, .lock, .quit] + entries.filter { $0 == .changePassword }
    }

    private static func isAllowed(_ action: Action, for session: Session) -> Bool {
        switch action {
        case .openAccounts, .openAccessLog: session.has(.administrator)
        case .openClassCredentials: session.has(.classTeacher)
        case .openAccessReport: session.has(.deputy) || session.has(.director)
        case .changePassword: true
        default: false
        }
    }

    /// Opens the screen of an entry action; false for an action that is not one.
    func performAccountsAction(_ action: Action, app: Application) -> Bool {
        guard [.openAccounts, .openAccessLog, .openClassCredentials, .openAccessReport, .changePassword].contains(action) else {
            return false
        }
        guard let session = app.session, Self.isAllowed(action, for: session) else {
            app.status = .error(app.strings.notForYourRoles(app.strings.describe(action)))
            return true
        }
        switch action {
        case .openAccounts: app.push(AccountsScreen(app: app))
        case .openAccessLog: app.push(AccessLogScreen(app: app))
        case .openClassCredentials: app.push(ClassCredentialsScreen(app: app))
        case .openAccessReport: app.push(AccessReportScreen(app: app))
        default: app.push(PasswordScreen(isFirstSignIn: false))
        }
        return true
    }
}
