import ArgumentParser
import EzhCore
import EzhService
import Foundation

extension Audit {
    /// `ezh audit checkpoint`: signs the access log's head now and, with --out, exports it.
    struct Checkpoint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Signs the access log's head with the school's key and keeps the checkpoint.",
            discussion: """
                Needs the school's key file next to the journal (<db>.key). The checkpoint goes into the \
                database; with --out it is also written to a file, to keep elsewhere (another machine, \
                paper, mail) and to hold the chain against later with `ezh audit verify --against FILE`. \
                Closing a period and every backup make checkpoints by themselves.
                """
        )

        @Option(help: "The journal database file.")
        var db: String?

        @Option(help: ArgumentHelp("Also write the checkpoint to this file (JSON).", valueName: "file"))
        var out: String?

        func run() throws {
            try reportingFailures {
                let service = try ShellService.open(DatabaseLocation.journal(db))
                guard let anchor = try service.recordCheckpoint(reason: "manual") else {
                    throw JournalError.notFound(BilingualText(
                        "ключ школы \(service.schoolKeyPath): контрольную точку подписывают на сервере, где он лежит (нет ключа — `ezh key create`)",
                        "the school's key \(service.schoolKeyPath): checkpoints are signed on the server that holds it (no key yet: `ezh key create`)"
                    ))
                }
                if let out {
                    let written = try ExportFiles(journalPath: DatabaseLocation.journal(db)).write(try AnchorFiles.json(anchor), to: out, replacing: false)
                    print("Контрольная точка: запись № \(anchor.seq), \(anchor.hash) → \(written)")
                } else {
                    print("Контрольная точка: запись № \(anchor.seq), \(anchor.hash)")
                }
            }
        }
    }
}
