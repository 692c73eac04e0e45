import EzhCore
import EzhService

extension Application {
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
