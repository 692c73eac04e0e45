import ArgumentParser
import EzhCore
import EzhReports
import EzhService
import Foundation

/// `ezh archive`: the signed archive of a closed school year, and its check years later.
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes and verifies the signed archive of a closed school year.",
        discussion: """
            `ezh archive --to FOLDER` (after `ezh year close`) writes ezh-archive-YEAR-TIME/: a read-only copy of \
            the journal, per class the сводная ведомость итоговой успешности with its binding sheet \
            (КЛАСС-сводная-ведомость.pdf) and the class journal printed page by page (КЛАСС-классный-журнал.pdf), \
            README.txt, and manifest.json with every file's BLAKE2b, signed with the school's key (manifest.sig). \
            Keep it on two media in different rooms: сводная ведомость 25 years, journals 5 years.
            """,
        subcommands: [Make.self, Verify.self],
        defaultSubcommand: Make.self
    )

    struct Make: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "write", abstract: "Writes the archive (the default).")

        @Option(help: "The journal database file.") var db: String?
        @Option(help: "The closed school year, e.g. 2025/2026 (default: the last closed one).") var year: String?
        @Option(help: "The folder to write the archive into.") var to: String

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(database: path) {
                let service = try ShellService.open(path)
                let renderer = PDFRenderer()
                let archive = try service.archiveYear(named: year, to: to, osUser: ProcessInfo.processInfo.userName) { documents in
                    (try renderer.render(documents.results.made), try renderer.render(documents.journal.made))
                }
                print("Архив года \(archive.manifest.year ?? "") готов: \(archive.folder)")
                print("Проверка: ezh archive verify \(archive.folder). Сделайте вторую копию на другом носителе.")
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verifies an archive: signature, every file's BLAKE2b, integrity_check, the access-log chain."
        )

        @Argument(help: "The archive's folder or its manifest.json.") var path: String
        @Option(help: "The journal whose keys the signature must match.") var db: String?

        func run() throws {
            try reportingFailures {
                let trusted = TrustedKeys.of(journal: DatabaseLocation.journal(db))
                if trusted.isEmpty {
                    print("Внимание: журнала школы рядом нет — ключ подписи сверяется только с самим архивом.")
                }
                let verified = try JournalService.verifyBackup(at: path, trustedKeys: trusted)
                let files = verified.manifest.files.map(\.name).joined(separator: ", ")
                print("в порядке: архив \(verified.manifest.year ?? "") «\(verified.manifest.school)», \(verified.folder) (\(files); ключ \(SchoolKey.fingerprint(ofPublicKeyHex: verified.manifest.publicKey)))")
            }
        }
    }
}
