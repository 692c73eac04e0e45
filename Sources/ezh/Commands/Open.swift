import ArgumentParser
import EzhCore
import EzhService
import EzhStore
import Foundation

/// `ezh` with no subcommand: the journal of a real school, on the real clock.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Opens the journal in the terminal (the default command)."
    )

    @OptionGroup var options: TUIOptions

    func run() throws {
        let path = DatabaseLocation.journal(options.db)
        try reportingFailures(language: options.lang ?? .ru, database: path) {
            guard FileManager.default.fileExists(atPath: path) else { throw JournalError.noSchool(path: path) }
            let store = try JournalStore(path: path, fixPermissions: options.fixPermissions)
            let service = try JournalService(store: store, clock: SystemClock(), terminal: TerminalIdentity.current())
            try TUILauncher.run(service: service, options: options)
        }
    }
}

/// Options every command that starts the full-screen journal shares.
struct TUIOptions: ParsableArguments {
    @Option(name: .long, help: "The journal database file.")
    var db: String?

    @Option(name: .long, help: "Interface language: ru or en (default: the account's choice, else ru).")
    var lang: Language?

    @Flag(name: .long, help: "Staff-room kiosk mode, kept for existing configurations: in every mode Ctrl-C and Ctrl-Z are keys of the journal and never leave it.")
    var kiosk = false

    @Flag(name: .long, help: "Make a journal file that others can read private (mode 0600) instead of refusing it.")
    var fixPermissions = false
}
