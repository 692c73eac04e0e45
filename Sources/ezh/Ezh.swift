import ArgumentParser

@main
struct Ezh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ezh",
        abstract: "The electronic class journal of a Russian school, in the terminal.",
        discussion: """
            Without a subcommand, ezh opens the journal of the configured database in the terminal: \
            --db PATH, else $EZH_DB, else $XDG_DATA_HOME/ezh/journal.sqlite.

            Exit codes: 0 success, 1 refused or failed (the reason is on stderr), 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [Open.self, Demo.self, Init.self, Import.self, Lessons.self, Audit.self, Keys.self, Pupil.self, ExemptionCommand.self, Year.self, Settings.self, Key.self, Backup.self, Restore.self, Archive.self, Report.self, Serve.self],
        defaultSubcommand: Open.self
    )
}
