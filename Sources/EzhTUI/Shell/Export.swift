import EzhCore
import EzhService

/// What a save form writes: the text and how many rows it holds (the access log records the
/// count, never the content).
struct ExportContent {
    let text: String
    let rows: Int
}

extension Application {
    /// The one way a screen saves what it shows to a file: a form with `body` above a file field
    /// filled in with `defaultPath`. Enter reads `content` (a refusal keeps the form open with the
    /// reason), writes it through `export` under `what`, and the status line says `saved`;
    /// Esc closes, and says `notSaved` when that is worth saying.
    func askToSave(
        title: String, body: [String], defaultPath: String, what: String, notSaved: String? = nil,
        content: @escaping (Application) throws -> ExportContent, saved: @escaping (_ rows: Int, _ path: String, Application) -> String
    ) {
        push(FormPromptScreen(
            title: title, body: body, label: strings.saveToFileLabel, initial: defaultPath,
            onSubmit: { path, app in
                let written: ExportContent
                do {
                    written = try content(app)
                } catch {
                    return .stay(.error(app.message(for: error)))
                }
                return app.export(written.text, to: path, what: what, rows: written.rows) { full, app in
                    app.status = .info(saved(written.rows, full, app))
                }
            },
            onCancel: { app in
                if let notSaved { app.status = .info(notSaved) }
            }
        ))
    }

    /// The outcome of a save form: the file the user asked for written through the service
    /// (never over the journal, readable by its owner only, the export in the access log), then
    /// `done` with the full path. A refusal keeps the form open with the reason; an existing file
    /// is replaced only after a yes, and a no leaves the form open to type another name.
    func export(
        _ text: String, to path: String, what: String, rows: Int, replacing: Bool = false,
        done: @escaping (String, Application) -> Void
    ) -> FormOutcome {
        guard let session else { return .close }
        do {
            let written = try backend.saveExport(session, text, to: path, what: what, rows: rows, replacing: replacing)
            return .close { app in done(written, app) }
        } catch ExportFileError.exists(let full) {
            return .ask(title: strings.replaceFileTitle, question: strings.confirmReplaceFile(full)) { app in
                app.export(text, to: path, what: what, rows: rows, replacing: true, done: done)
            }
        } catch {
            return .stay(.error(message(for: error)))
        }
    }
}
