import EzhCore
import EzhService

/// Shows new credentials on screen, the one-time password included, and offers to save the
/// slip to a text file the user names (by default `~/ezh-exports/slips-<login>.txt`, mode 0600).
/// The password is written nowhere else.
enum CredentialSlip {
    static func defaultPath(for name: String) -> String { ExportFiles.defaultPath("slips-\(name).txt") }

    static func show(_ credentials: Credentials, app: Application) {
        let slip = credentials.slip(school: app.backend.schoolName)
        app.push(FormPromptScreen(
            title: app.strings.slipTitle(credentials.login),
            body: slip.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            label: app.strings.saveToFileLabel, initial: defaultPath(for: credentials.login),
            onSubmit: { path, app in save(slip, to: path, app: app) },
            onCancel: { app in app.status = .info(app.strings.slipNotSaved) }
        ))
    }

    /// Writes slips to `path`; the status line says where, or why not.
    static func save(_ text: String, to path: String, app: Application) -> FormOutcome {
        app.export(text, to: path, what: "реквизиты доступа", rows: text.components(separatedBy: "Логин:").count - 1) { written, app in
            app.status = .info(app.strings.savedTo(written))
        }
    }
}
