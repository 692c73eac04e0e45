import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// Prints what an import found and did: problems on stderr (then exit 1), else the counts and
/// notices on stdout, and the new accounts' slips into their file, never on the screen.
struct ImportOutput {
    let language: Language

    func print(_ report: ImportReport, slips: String, service: JournalService, journalPath: String) throws {
        let ru = language == .ru
        guard report.isAccepted else {
            let lines = report.problems.map { $0.text(in: language) + "\n" }.joined()
            let summary = ru
                ? "ezh: \(report.file) не импортирован: ошибок \(report.problems.count); ничего не записано. Исправьте файл и повторите.\n"
                : "ezh: \(report.file) was not imported: \(report.problems.count) problems; nothing was written. Fix the file and run again.\n"
            FileHandle.standardError.write(Data((lines + summary).utf8))
            throw ExitCode.failure
        }
        var text = ru
            ? "\(report.file): добавлено \(report.added), изменено \(report.changed), без изменений \(report.unchanged)"
            : "\(report.file): added \(report.added), changed \(report.changed), unchanged \(report.unchanged)"
        if report.dryRun { text += ru ? " (пробная проверка: ничего не записано)" : " (dry run: nothing was written)" }
        Swift.print(text)
        for notice in report.notices {
            Swift.print((ru ? "замечание: " : "note: ") + notice.text(in: language))
        }
        guard !report.credentials.isEmpty else { return }
        let slipsText = report.credentials.map { $0.slip(school: service.schoolName) }.joined(separator: "\n")
        let written = try ExportFiles(journalPath: journalPath).write(slipsText, to: slips, replacing: false)
        Swift.print(ru
            ? "Реквизиты новых учётных записей (\(report.credentials.count)): \(written) — файл доступен только вам; раздайте и удалите его."
            : "Credentials of the new accounts (\(report.credentials.count)): \(written) — only you can read the file; hand them out and delete it.")
    }
}
