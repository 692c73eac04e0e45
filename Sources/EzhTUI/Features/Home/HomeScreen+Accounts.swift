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

    /// The keys of these entries at the right of the roles line, styled as the key bar is (the
    /// bar below is full with the journal's own keys): «F4 Уч.записи  F5 Ж.доступа  C-p Пароль».
    static func drawAccountEntries(into buffer: inout ScreenBuffer, row: Int, after left: Int, app: Application) {
        let items = accountEntries(for: app.session).compactMap { action in
            app.keymap.effectiveKeys(for: action, in: .home).first.map { (key: KeyName.name(of: $0), label: app.strings.shortLabel(action)) }
        }
        let width = items.map { $0.key.displayWidth + 1 + $0.label.displayWidth }.reduce(0, +) + 2 * max(0, items.count - 1)
        var x = buffer.columns - 1 - width
        guard x >= left else { return }
        for item in items {
            x += buffer.put(item.key, row: row, column: x, style: .bold) + 1
            x += buffer.put(item.label, row: row, column: x) + 2
        }
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
