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
            ezh import KIND FILE [--dry-run] [--db PATH] --login LOGIN [--password-stdin] [--slips FILE [--force]] [--valid-from DATE]
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
            The administrator imports every kind, a deputy all but staff. \
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

    @OptionGroup var signIn: SignInOptions

    @Option(help: "Where the credential slips of new accounts go (default ~/ezh-exports/KIND-slips-DATE.txt).")
    var slips: String?

    @Flag(help: "Replace the --slips file if it exists.")
    var force = false

    @Option(help: "Timetable only: the day its rows take effect when the file gives none (dd.mm.yyyy or yyyy-mm-dd); an aSc export never does.")
    var validFrom: String?

    @Option(help: "The language of messages: ru or en.")
    var lang: Language = .ru

    func run() throws {
        let path = signIn.path
        try reportingFailures(language: lang, database: path) {
            let route = ImportRoutes.route(for: kind, validFrom: try validFromDay())
            let service = try ShellService.open(path)
            let files = ExportFiles(journalPath: path)
            let slipsPath = try SlipsFile.path(typed: slips, kind: kind, day: service.today(), files: files, replacing: force)
            let session = try ShellSignIn.session(service, login: signIn.login, passwordFromStdin: signIn.passwordStdin)
            defer { service.signOut(session) }
            let report = try route.run(file, service, session, dryRun)
            try ImportOutput(language: lang).print(report, slips: slipsPath, replacing: force, service: service, files: files)
        }
    }

    private func validFromDay() throws -> LocalDate? {
        guard let validFrom else { return nil }
        guard kind == .timetable else {
            throw JournalError.invalidInput(field: .verbatim("--valid-from"), problem: BilingualText(
                "только для расписания (ezh import timetable)", "for the timetable only (ezh import timetable)"))
        }
        return try CommandDate.parse(validFrom, option: "--valid-from")
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
