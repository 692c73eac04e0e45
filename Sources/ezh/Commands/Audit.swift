import ArgumentParser
import EzhCore
import EzhService
import EzhStore
import Foundation

/// `ezh audit`: check and read the access log from the server's shell.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks and prints the access log.",
        subcommands: [Verify.self, Log.self, Checkpoint.self]
    )

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Checks the database file, the access log's hash chain, its signed checkpoints and every journal value.",
            discussion: """
                Opens the file read-only and writes nothing, so a backup on read-only media can be checked. \
                Runs SQLite's quick_check first (a damaged page or index), then recomputes the chain, holds it \
                against every signed checkpoint it finds (the database's own, the manifests in the folders of \
                the setting backup.destinations, the files given with --against), and compares every mark, \
                attendance code, period final, lesson topic and homework with its newest history row. \
                Exits 0 when all hold; 1 naming the damage, the first entry or checkpoint that does not hold \
                (changed, removed, inserted or reordered rows; a chain recomputed; an older copy of the file) \
                or the first value changed behind ezh's back.
                """
        )

        @Option(help: "The journal database file.")
        var db: String?

        @Option(name: .customLong("against"), help: ArgumentHelp(
            "A backup manifest or an exported checkpoint (ezh audit checkpoint --out) to hold the chain against; repeatable.",
            valueName: "file"
        ))
        var against: [String] = []

        @Flag(help: "Do not look for manifests in the backup destinations of the settings.")
        var noBackups = false

        func run() throws {
            let path = DatabaseLocation.journal(db)
            try reportingFailures(database: path) {
                let store = try ShellService.store(path, access: .readOnly)
                let service = try ShellService.open(store)
                if store.ignoresWAL {
                    FileHandle.standardError.write(Data(
                        "ezh: рядом с базой есть \(path)-wal, но нет \(path)-shm, а папка защищена от записи: изменения, которые есть только в -wal, не проверяются. Копируйте базу вместе с -wal и -shm или после выхода из всех ezh.\n".utf8
                    ))
                }
                let damage = try store.quickCheck()
                guard damage.isEmpty else {
                    throw JournalFileError.corrupted(path: path, detail: damage.prefix(3).joined(separator: "; "))
                }
                let report = try service.verifyAudit(against: against, searchBackups: !noBackups)
                AuditReportPrinter.print(report)
                guard report.holds else { throw ExitCode.failure }
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints the access log, newest first.",
            discussion: "Rows are written as they are read, with names in place of internal ids; writers are never blocked meanwhile."
        )

        @Option(help: "The journal database file.")
        var db: String?

        @Option(help: "Only this login.")
        var user: String?

        @Option(help: "From this day or time, \"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM\", school time.")
        var since: String?

        @Option(help: "Before this day or time (a day means up to its end).")
        var until: String?

        @Option(help: "Only this action: \(AuditAction.allCases.map(\.rawValue).joined(separator: ", ")).")
        var action: String?

        @Option(name: .customLong("class"), help: "Only this class, e.g. 5А.")
        var className: String?

        @Option(help: "Output format: text or csv.")
        var format: OutputFormat = .text

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text
            case csv
        }

        func run() throws {
            try reportingFailures {
                let service = try ShellService.open(DatabaseLocation.journal(db))
                if let action, AuditAction(rawValue: action) == nil {
                    let known = AuditAction.allCases.map(\.rawValue).joined(separator: ", ")
                    throw JournalError.invalidInput(
                        field: .verbatim("--action"), problem: BilingualText("«\(action)»; есть: \(known)", "“\(action)”; there are: \(known)")
                    )
                }
                var filter = AccessLogFilter(login: user, action: action)
                filter.since = try since.map { try ShellTime.instant($0, zone: service.timeZone, endOfDay: false) }
                filter.until = try until.map { try ShellTime.instant($0, zone: service.timeZone, endOfDay: true) }
                if let className {
                    guard let id = try service.classID(named: className) else {
                        throw JournalError.notFound(BilingualText("класс «\(className)»", "class “\(className)”"))
                    }
                    filter.classID = id
                }
                let printer = BackgroundPrinter(format: format, zone: service.timeZone)
                defer { printer.finish() }
                try service.accessLogFromShell(filter: filter, osUser: ProcessInfo.processInfo.userName, batches: printer.write)
            }
        }
    }
}
