import EzhCore
import EzhReports
import EzhService
import Foundation

/// Printing a report with CUPS's `lp` where it is installed: the PDF goes to a private temporary
/// file (0600), `lp` queues it on the default printer, and the file is removed. Without `lp` on
/// the PATH the key says why printing is not available.
enum ReportPrinter {
    /// `lp` on the PATH, if any.
    static func lpPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/lp" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func print(_ made: MadeReport, what: String, app: Application) {
        let strings = app.strings
        guard let lp = lpPath() else {
            app.status = .error(strings.printUnavailable)
            return
        }
        do {
            let bytes = try ReportFormat.pdf.render(made)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-print-\(UUID().uuidString).pdf").path
            guard FileManager.default.createFile(atPath: file, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                app.status = .error(strings.printFailed(file))
                return
            }
            defer { try? FileManager.default.removeItem(atPath: file) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: lp)
            process.arguments = ["-t", what, file]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            process.waitUntilExit()
            let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if process.terminationStatus == 0 {
                if let session = app.session { app.backend.recordExport(session, what: what, rows: made.document.bodyRows.count, path: "lp") }
                app.status = .info(strings.printed(said.isEmpty ? lp : said))
            } else {
                app.status = .error(strings.printFailed(said.isEmpty ? "lp: \(process.terminationStatus)" : said))
            }
        } catch {
            app.status = .error(strings.printFailed(app.message(for: error)))
        }
    }
}
