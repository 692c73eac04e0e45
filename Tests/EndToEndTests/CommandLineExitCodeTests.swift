import Foundation
import XCTest

/// The real binary's answers a script relies on: help and version on stdout with exit 0, bad
/// usage as exit 64 with nothing on stdout and nothing created, a refusal as exit 1 with one
/// `ezh:` line on stderr, and the help of every command as docs/cli.md shows it.
final class CommandLineExitCodeTests: JournalFolderCase {
    /// Every command, as typed after `ezh`.
    private let commands = [
        "", "open", "demo", "init", "import", "import file", "import template", "audit", "audit verify", "audit log", "keys",
        "pupil", "pupil arrive", "pupil leave", "pupil transfer", "exemption", "exemption list", "exemption add", "exemption end", "year", "year close", "year start", "year list",
    ]

    func testTheHelpOfEveryCommandIsWhatTheReferenceShows() throws {
        let page = try String(contentsOf: TmuxSession.packageRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        for command in commands {
            let words = command.split(separator: " ").map(String.init)
            let help = try folder.ezh(words + ["--help"])
            XCTAssertEqual(help.status, 0, "ezh \(command) --help")
            XCTAssertEqual(help.errors, "", "ezh \(command) --help")
            let name = (["ezh"] + words).joined(separator: " ")
            let shown = "<!-- generated: \(name) --help -->\n```\n" + help.output.dropLast() + "\n```\n<!-- end generated -->"
            XCTAssertTrue(page.contains(shown), "docs/cli.md shows what `ezh \(command) --help` prints (make docs):\n\(help.output)")
            let asked = try folder.ezh(["help"] + words)
            XCTAssertEqual(asked.status, 0, "ezh help \(command)")
            XCTAssertEqual(asked.output, help.output, "ezh help \(command) is ezh \(command) --help")
        }
    }

    func testTheVersionIsPrintedAlone() throws {
        let version = try folder.ezh(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.output, "0.1.0\n")
        XCTAssertEqual(version.errors, "")
    }

    func testBadUsageExits64NamingTheMistakeAndTheHelpToRead() throws {
        let mistakes: [(arguments: [String], message: String, help: String)] = [
            (["--frobnicate"], "Unknown option '--frobnicate'", "ezh open --help"),
            (["--db"], "Missing value for '--db <db>'", "ezh open --help"),
            (["demo", "--now"], "Missing value for '--now <now>'", "ezh demo --help"),
            (["demo", "--lang", "de"],
             "The value 'de' is invalid for '--lang <lang>'. Please provide one of 'ru' and 'en'.", "ezh demo --help"),
            (["init", "--demo", "--admin", "admin"],
             "--demo creates the demo school; --school, --timezone and --admin are for a real one.", "ezh init --help"),
            (["init", "--demo", "--size", "huge"],
             "The value 'huge' is invalid for '--size <size>'. Please provide one of 'standard' and 'large'.", "ezh init --help"),
            (["audit", "purge"], "Unexpected argument 'purge'", "ezh audit --help"),
            (["audit", "verify", "--user", "admin"], "Unknown option '--user'", "ezh audit verify --help"),
            (["audit", "log", "--format", "xml"],
             "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' and 'csv'.", "ezh audit log --help"),
            (["keys", "--db", "journal.sqlite"], "Unknown option '--db'", "ezh keys --help"),
        ]
        for mistake in mistakes {
            let run = try folder.ezh(mistake.arguments)
            XCTAssertEqual(run.status, 64, "\(mistake.arguments): \(run.errors)")
            XCTAssertEqual(run.output, "", "\(mistake.arguments): nothing on stdout")
            XCTAssertEqual(run.errorLines.first, "Error: " + mistake.message, "\(mistake.arguments)")
            XCTAssertTrue(run.errors.contains("See '\(mistake.help)' for more information."), "\(mistake.arguments): \(run.errors)")
        }
    }

    func testAnIncompleteInitIsBadUsageAndCreatesNothing() throws {
        let db = folder.path("school.sqlite")
        let withoutAdmin = try folder.ezh(["init", "--db", db, "--school", "Школа № 1", "--timezone", "Europe/Moscow", "--password-stdin"],
                                          input: "Пароль-администратора\n")
        XCTAssertEqual(withoutAdmin.status, 64, withoutAdmin.errors)
        XCTAssertEqual(withoutAdmin.errorLines.first, "Error: A real school needs --db, --school, --timezone and --admin (or use --demo).")
        XCTAssertEqual(try folder.listing(), [], "bad usage stops before any file is made")
    }

    func testRefusalsExit1WithOneLineOnStderrAndNothingOnStdout() throws {
        let db = try folder.makeJournal()
        let refusals: [(arguments: [String], text: String)] = [
            (["--db", folder.path("none.sqlite")], "нет школы"),
            (["open", "--db", folder.path("none.sqlite")], "нет школы"),
            (["demo", "--db", db], "это база школы, а не демонстрационная"),
            (["init", "--db", db, "--school", "Школа", "--timezone", "Europe/Moscow", "--admin", "admin", "--password-stdin"],
             "файл уже существует"),
            (["audit", "verify", "--db", folder.path("none.sqlite")], "нет школы"),
            (["audit", "log", "--db", db, "--action", "grade"], "--action: «grade»"),
            (["audit", "log", "--db", db, "--class", "9Я"], "класс «9Я»"),
            (["keys", "--keymap", "emacs"], "раскладки клавиш «emacs» нет"),
        ]
        for refusal in refusals {
            let run = try folder.ezh(refusal.arguments, input: "Пароль-администратора\n")
            XCTAssertEqual(run.status, 1, "\(refusal.arguments): \(run.errors)")
            XCTAssertEqual(run.output, "", "\(refusal.arguments): nothing on stdout")
            XCTAssertEqual(run.errorLines.count, 1, "\(refusal.arguments): \(run.errors)")
            XCTAssertTrue(run.errors.hasPrefix("ezh: "), "\(refusal.arguments): \(run.errors)")
            XCTAssertTrue(run.errors.contains(refusal.text), "\(refusal.arguments): expected «\(refusal.text)» in \(run.errors)")
        }
        XCTAssertEqual(try folder.listing(), ["journal.sqlite", "journal.sqlite.key"], "a refused command leaves no file behind")
    }

    func testEachCommandThatSucceedsExits0() throws {
        let db = try folder.makeJournal()
        let verified = try folder.ezh(["audit", "verify", "--db", db])
        XCTAssertEqual(verified.status, 0, verified.errors)
        XCTAssertTrue(verified.output.hasPrefix("Журнал доступа цел"), verified.output)
        let log = try folder.ezh(["audit", "log", "--db", db, "--format", "csv", "--action", "account"])
        XCTAssertEqual(log.status, 0, log.errors)
        XCTAssertEqual(log.errors, "")
        XCTAssertTrue(log.output.hasPrefix("№,время,пользователь"), log.output)
        let keys = try folder.ezh(["keys", "--lang", "en"])
        XCTAssertEqual(keys.status, 0, keys.errors)
        XCTAssertTrue(keys.output.contains("F1"), keys.output)
    }
}
