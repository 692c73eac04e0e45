import EzhCore
import EzhService

/// The first screen at a shared terminal: school name, login, password. On a demo database it
/// also lists the demo accounts and the school's (demo) time.
final class LoginScreen: Screen {
    private enum Field { case login, password }

    private var login = TextField(limit: .login)
    private var password = TextField(limit: .password)
    private var focus = Field.login
    private static let fieldWidth = 30
    private static let labelWidth = 10
    /// Rows where each demo account is listed, for mouse clicks.
    private var demoRows: [Int: String] = [:]
    private var fieldRows: [Int: Field] = [:]
    /// The demo accounts to list (the service has none for a real school).
    private var demoAccounts: [DemoAccountHint] = []

    var context: KeyContext { .login }

    func load(app: Application) {
        demoAccounts = app.backend.demoAccounts()
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let school = app.backend.schoolName.isEmpty ? strings.appName : app.backend.schoolName
        Chrome.drawTitleBar(&buffer, left: "ezh · " + strings.appName, right: app.nowText())
        let width = buffer.columns
        func centered(_ text: String, row: Int, style: CellStyle) {
            let shown = TextFitting.truncate(text, to: width - 2)
            buffer.put(shown, row: row, column: (width - shown.displayWidth) / 2, style: style)
        }
        centered(school, row: 2, style: .title)
        centered(strings.signInTitle, row: 4, style: .plain)

        let left = max(1, (width - Self.labelWidth - Self.fieldWidth) / 2)
        let fieldLeft = left + Self.labelWidth
        fieldRows = [6: .login, 7: .password]
        for (row, field) in fieldRows {
            let label = field == .login ? strings.loginLabel : strings.passwordLabel
            let value = field == .login ? login : password
            buffer.put(label, row: row, column: left, style: focus == field ? .bold : .plain)
            // The field's extent is underlined, so it reads as a field without colour.
            buffer.putPadded(value.visible(width: Self.fieldWidth, secret: field == .password),
                             row: row, column: fieldLeft, width: Self.fieldWidth, style: CellStyle(underline: true))
        }
        let active = focus == .login ? login : password
        buffer.cursor = CursorPosition(
            row: focus == .login ? 6 : 7,
            column: fieldLeft + active.visible(width: Self.fieldWidth, secret: focus == .password).displayWidth
        )
        drawDemo(into: &buffer, app: app, left: left)
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.confirm, .nextField, .help, .quit], context: context, app: app)
    }

    private func drawDemo(into buffer: inout ScreenBuffer, app: Application, left: Int) {
        demoRows = [:]
        guard app.backend.isDemo else { return }
        buffer.put(app.strings.demoClock(app.nowText()), row: 9, column: left, style: .bold)
        buffer.put(app.strings.demoAccounts, row: 11, column: left)
        let lastRow = buffer.rows - 3
        for (offset, account) in demoAccounts.enumerated() where 12 + offset <= lastRow {
            let row = 12 + offset
            buffer.put("  \(account.login) — \(account.description)", row: row, column: left, maxWidth: buffer.columns - left - 1)
            demoRows[row] = account.login
        }
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let field = fieldRows[row] { focus = field }
            if let account = demoRows[row] {
                login.set(account)
                password.clear()
                focus = .password
            }
            return
        }
        let edited = focus == .login ? login.edit(with: key) : password.edit(with: key)
        if edited { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm:
            if focus == .login {
                if login.text.isEmpty { app.status = .error(app.strings.loginEmpty) } else { focus = .password }
            } else {
                submit(app: app)
            }
        case .nextField, .prevField:
            focus = focus == .login ? .password : .login
        default:
            return false
        }
        return true
    }

    private func submit(app: Application) {
        do {
            let session = try app.backend.signIn(login: login.text, password: password.text)
            app.signedIn(session)
        } catch JournalError.invalidCredentials {
            // Never say which half was wrong: that would help someone guessing logins.
            password.clear()
            app.status = .error(app.strings.wrongCredentials)
        } catch {
            password.clear()
            app.status = .error(app.message(for: error))
        }
    }
}
