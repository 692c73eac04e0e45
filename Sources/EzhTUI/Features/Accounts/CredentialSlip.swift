import EzhCore
import EzhService

/// Shows new credentials on screen, the one-time password included, and offers to save the
/// slip to a text file the user names (by default `~/ezh-exports/slips-<login>.txt`, mode 0600).
/// The password is written nowhere else.
enum CredentialSlip {
    static func defaultPath(for name: String) -> String { ExportFiles.defaultPath("slips-\(name).txt") }

    static func show(_ credentials: Credentials, app: Application) {
        let slip = credentials.slip(school: app.backend.schoolName)
        offerToSave(slip, title: app.strings.slipTitle(credentials.login),
                    body: slip.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                    fileName: credentials.login, app: app)
    }

    /// Offers to write slips to a file; the status line says where, or that they were not saved.
    static func offerToSave(_ slips: String, title: String, body: [String], fileName: String, app: Application) {
        app.askToSave(
            title: title, body: body, defaultPath: defaultPath(for: fileName), what: "реквизиты доступа",
            notSaved: app.strings.slipNotSaved,
            content: { _ in ExportContent(text: slips, rows: slips.components(separatedBy: "Логин:").count - 1) },
            saved: { _, path, app in app.strings.savedTo(path) }
        )
    }
}
