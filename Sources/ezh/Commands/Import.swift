import ArgumentParser
import EzhCore
import EzhService
import Foundation

/// `ezh import KIND FILE` and `ezh import template KIND`: a school's year loaded from its own
/// spreadsheets, each kind in its turn.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Imports a school's spreadsheets: staff, classes, pupils, parents and the rest of the year.",
        usage: """
            ezh import KIND FILE [--dry-run] [--db PATH] --login LOGIN [--password-stdin] [--slips FILE]
            ezh import template KIND [--output FILE]
            """,
        discussion: """
            Kinds, in the order a new school imports them (each refers only to the ones before it):
            \(ImportKind.allCases.map { "  \($0.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\($0.summary.english)" }.joined(separator: "\n"))

            The whole file is checked before anything is written. Every problem is printed on stderr as \
            "file:row: column: what is wrong and what to do" and the command exits 1 with nothing written. \
            Importing the same file again changes nothing; a changed row updates what its key names \
            (login, class name, personal-file number); nothing is ever deleted.
            """,
        subcommands: [ImportFile.self, ImportTemplate.self],
        defaultSubcommand: ImportFile.self
    )
}

/// `ezh import KIND FILE`: checks a file and imports it in one transaction.
struct ImportFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Checks a file and imports it (the default: `ezh import staff staff.csv`).",
        discussion: """
            CSV (UTF-8 with or without BOM, or Windows-1251; ";" or ","), or XLSX (the first sheet). \
            Signs in as --login with the same rules as the terminal: an account that must still change \
            its one-time password is told to sign in to ezh first. A staff import writes the new \
            accounts' one-time passwords to a file only its owner may read (--slips), never to the screen.
            """
    )

    @Argument(help: "What the file holds (ezh import --help lists the kinds).")
    var kind: ImportKind

    @Argument(help: "The file to import (.csv, .txt, .xlsx).")
    var file: String

    @Flag(help: "Check the file and print what would be added and changed; write nothing.")
    var dryRun = false

    @Option(help: "The journal database file.")
    var db: String?

    @Option(help: "The account that imports (administrator; deputy for all but staff).")
    var login: String

    @Flag(help: "Read the password from standard input instead of the terminal.")
    var passwordStdin = false

    @Option(help: "Where the credential slips of new accounts go (default ~/ezh-exports/KIND-slips-DATE.txt).")
    var slips: String?

    @Option(help: "The language of messages: ru or en.")
    var lang: Language = .ru

    func run() throws {
        let path = DatabaseLocation.journal(db)
        try reportingFailures(language: lang, database: path) {
            let route = ImportRoutes.route(for: kind)
            let service = try ShellService.open(path)
            let slipsPath = try SlipsFile.path(typed: slips, kind: kind, day: service.today())
            let session = try ShellSignIn.session(service, login: login, passwordFromStdin: passwordStdin)
            defer { service.signOut(session) }
            let report = try route.run(file, service, session, dryRun)
            try ImportOutput(language: lang).print(report, slips: slipsPath, service: service, journalPath: path)
        }
    }
}

/// `ezh import template KIND`: an empty file with the kind's columns and a sample row.
struct ImportTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Writes an empty template of a kind's file, with its columns and a sample row.",
        discussion: "UTF-8 with BOM and \";\": Russian Excel opens it into columns with the Cyrillic intact."
    )

    @Argument(help: "The kind of file.")
    var kind: ImportKind

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    func run() throws {
        try reportingFailures {
            let template = ImportRoutes.route(for: kind).template()
            guard let output else {
                FileHandle.standardOutput.write(template)
                return
            }
            let written = try ExportFiles(journalPath: DatabaseLocation.journal(nil))
                .write(String(decoding: template, as: UTF8.self), to: output, replacing: false)
            print("Шаблон записан: \(written)")
        }
    }
}

extension ImportKind: ExpressibleByArgument {}
