import EzhCore
import EzhReports
import EzhService
import Foundation

/// Where a report is saved and how: a name made of the report and its choices in a folder the
/// person may change (the last one used is offered next), written through the service
/// (`ExportFiles`: mode 0600, never over the journal, an existing file only after a yes), and
/// the full path in the status line.
enum ReportFiles {
    static let defaultFolder = "~/Отчёты"

    /// «~/Отчёты/monthly-attendance-5А-ноябрь-2026.pdf».
    static func defaultPath(kind: ReportKind, label: String, format: ReportFormat, folder: String) -> String {
        let parts = [kind.id] + label.split(separator: "·").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let name = parts.joined(separator: "-").map { "/\\: ".contains($0) ? "-" : $0 }
        return folder + "/" + String(name) + "." + format.fileExtension
    }

    /// The folder of a file written, with the home folder as «~» again, to be proposed next.
    static func folder(of path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let home, !home.isEmpty, home != "/" else { return folder }
        if folder == home { return "~" }
        return folder.hasPrefix(home + "/") ? "~" + folder.dropFirst(home.count) : folder
    }

    /// The save form: Enter renders the report in `format` and writes it; `saved` gets the full path.
    static func askToSave(_ made: MadeReport, format: ReportFormat, defaultPath: String, what: String, app: Application,
                          saved: @escaping (String) -> Void) {
        let strings = app.strings
        app.push(FormPromptScreen(
            title: strings.saveReportTitle(format.rawValue.uppercased()), body: [strings.saveReportFolderHint],
            label: strings.saveToFileLabel, initial: defaultPath,
            onSubmit: { path, app in
                let bytes: [UInt8]
                do {
                    bytes = try format.render(made)
                } catch {
                    return .stay(.error(app.message(for: error)))
                }
                return write(bytes, to: path, what: what, rows: made.document.bodyRows.count, replacing: false, app: app, saved: saved)
            }
        ))
    }

    private static func write(_ bytes: [UInt8], to path: String, what: String, rows: Int, replacing: Bool, app: Application,
                              saved: @escaping (String) -> Void) -> FormOutcome {
        guard let session = app.session else { return .close }
        do {
            let written = try app.backend.saveReport(session, bytes, to: path, what: what, rows: rows, replacing: replacing)
            return .close { app in
                saved(written)
                app.status = .info(app.strings.reportSaved(written))
            }
        } catch ExportFileError.exists(let full) {
            return .ask(title: app.strings.replaceFileTitle, question: app.strings.confirmReplaceFile(full)) { app in
                write(bytes, to: path, what: what, rows: rows, replacing: true, app: app, saved: saved)
            }
        } catch {
            return .stay(.error(app.message(for: error)))
        }
    }
}
