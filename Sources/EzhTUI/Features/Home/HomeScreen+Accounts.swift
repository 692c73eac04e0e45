import EzhCore
import EzhService

/// The start screen's ways to the accounts, credentials, access and settings screens (the
/// settings' key is in the help only: the roles line has no room left): only those the
/// session's roles have (by the command catalogue) are offered, and the others are refused with
/// a reason (`Application.dispatch`).
extension HomeScreen {
    private static let accountActions: [Action] = [.openAccounts, .openAccessLog, .openClassCredentials, .openAccessReport, .changePassword]

    /// The keys of these entries at the right of the roles line, styled as the key bar is (the
    /// bar below is full with the journal's own keys): «F4 Уч.записи  F5 Ж.доступа  C-p Пароль».
    static func drawAccountEntries(into buffer: inout ScreenBuffer, row: Int, after left: Int, app: Application) {
        let items = accountActions.filter(app.isOffered).compactMap { action in
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

    /// Opens the screen of an entry action; false for an action that is not one.
    func performAccountsAction(_ action: Action, app: Application) -> Bool {
        switch action {
        case .openAccounts: app.push(AccountsScreen())
        case .openAccessLog: app.push(AccessLogScreen())
        case .openClassCredentials: app.push(ClassCredentialsScreen())
        case .openAccessReport: app.push(AccessReportScreen())
        case .changePassword: app.push(PasswordScreen(isFirstSignIn: false))
        case .schoolSettings: app.push(SchoolSettingsScreen())
        case .backups: app.push(BackupsScreen.make(app: app))
        default: return false
        }
        return true
    }
}
