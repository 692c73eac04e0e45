import ArgumentParser
import EzhCore
import XCTest

@testable import ezh

/// What `ezh` makes of the words typed after it, parsed in-process by the real command types:
/// which command runs with which options, and which mistakes stop it as bad usage (exit 64)
/// before anything opens a file.
final class ArgumentParsingTests: XCTestCase {
    // MARK: The journal (the default command)

    func testNoArgumentsOpenTheConfiguredJournal() throws {
        let open = try parse([], as: Open.self)
        XCTAssertNil(open.options.db, "without --db the journal is $EZH_DB or the XDG data file")
        XCTAssertNil(open.options.lang, "without --lang the account's own language is used")
        XCTAssertFalse(open.options.kiosk)
        XCTAssertFalse(open.options.fixPermissions)
    }

    func testTheJournalsOptionsNeedNoSubcommand() throws {
        let open = try parse(["--db", "/srv/ezh/school.sqlite", "--lang", "en", "--kiosk", "--fix-permissions"], as: Open.self)
        XCTAssertEqual(open.options.db, "/srv/ezh/school.sqlite")
        XCTAssertEqual(open.options.lang, .en)
        XCTAssertTrue(open.options.kiosk)
        XCTAssertTrue(open.options.fixPermissions)
        XCTAssertEqual(try parse(["open", "--lang", "ru"], as: Open.self).options.lang, .ru)
    }

    func testOnlyRussianAndEnglishAreLanguages() {
        assertBadUsage(["--lang", "de"], mentions: "--lang")
        assertBadUsage(["demo", "--lang", "fr"], mentions: "--lang")
        assertBadUsage(["keys", "--lang", "uk"], mentions: "--lang")
    }

    // MARK: demo

    func testDemoTakesTheJournalsOptionsAndItsTime() throws {
        let demo = try parse(["demo", "--db", "demo.sqlite", "--now", "2026-11-27 11:00", "--lang", "en"], as: Demo.self)
        XCTAssertEqual(demo.options.db, "demo.sqlite")
        XCTAssertEqual(demo.options.lang, .en)
        XCTAssertEqual(demo.now, "2026-11-27 11:00")
        XCTAssertNil(try parse(["demo"], as: Demo.self).now, "without --now the demo clock starts from real time")
    }

    // MARK: init

    func testInitOfARealSchoolTakesItsFourFacts() throws {
        let made = try parse(
            ["init", "--db", "school.sqlite", "--school", "Школа № 1", "--timezone", "Asia/Yekaterinburg", "--admin", "admin",
             "--password-stdin"],
            as: Init.self
        )
        XCTAssertFalse(made.demo)
        XCTAssertEqual(made.db, "school.sqlite")
        XCTAssertEqual(made.school, "Школа № 1")
        XCTAssertEqual(made.timezone, "Asia/Yekaterinburg")
        XCTAssertEqual(made.admin, "admin")
        XCTAssertTrue(made.passwordStdin)
    }

    func testInitOfARealSchoolWithoutOneOfItsFactsIsBadUsage() {
        let complete = ["--db", "s.sqlite", "--school", "Школа", "--timezone", "Europe/Moscow", "--admin", "admin"]
        for missing in stride(from: 0, to: complete.count, by: 2) {
            var arguments = complete
            arguments.removeSubrange(missing...(missing + 1))
            assertBadUsage(["init"] + arguments, mentions: "A real school needs --db, --school, --timezone and --admin")
        }
        assertBadUsage(["init"], mentions: "A real school needs")
        assertBadUsage(["init"] + complete + ["--now", "2026-11-27 11:00"], mentions: "--now is for the demo school only")
    }

    func testInitOfTheDemoSchool() throws {
        let demo = try parse(["init", "--demo"], as: Init.self)
        XCTAssertTrue(demo.demo)
        XCTAssertNil(demo.db, "the demo school has a default file of its own")
        XCTAssertEqual(demo.size, .standard)
        let large = try parse(["init", "--demo", "--size", "large", "--now", "2027-05-25 16:00", "--db", "large.sqlite"], as: Init.self)
        XCTAssertEqual(large.size, .large)
        XCTAssertEqual(large.now, "2027-05-25 16:00")
        assertBadUsage(["init", "--demo", "--size", "huge"], mentions: "--size")
    }

    func testTheDemoSchoolRefusesARealSchoolsFacts() {
        for fact in [["--school", "Школа"], ["--timezone", "Europe/Moscow"], ["--admin", "admin"]] {
            assertBadUsage(["init", "--demo"] + fact, mentions: "--demo creates the demo school")
        }
    }

    // MARK: audit

    func testAuditVerifyTakesTheDatabase() throws {
        XCTAssertEqual(try parse(["audit", "verify", "--db", "backup.sqlite"], as: Audit.Verify.self).db, "backup.sqlite")
        XCTAssertNil(try parse(["audit", "verify"], as: Audit.Verify.self).db)
    }

    func testAuditLogTakesEveryFilterAndAFormat() throws {
        let log = try parse(
            ["audit", "log", "--db", "j.sqlite", "--user", "teacher", "--since", "2026-09-01", "--until", "2026-11-27 16:00",
             "--action", "change", "--class", "5А", "--format", "csv"],
            as: Audit.Log.self
        )
        XCTAssertEqual(log.db, "j.sqlite")
        XCTAssertEqual(log.user, "teacher")
        XCTAssertEqual(log.since, "2026-09-01")
        XCTAssertEqual(log.until, "2026-11-27 16:00")
        XCTAssertEqual(log.action, "change")
        XCTAssertEqual(log.className, "5А")
        XCTAssertEqual(log.format, .csv)
        XCTAssertEqual(try parse(["audit", "log"], as: Audit.Log.self).format, .text, "text unless asked")
    }

    func testAnUnknownOutputFormatIsBadUsage() {
        assertBadUsage(["audit", "log", "--format", "xml"], mentions: "--format")
    }

    func testAuditWithoutASubcommandShowsItsHelp() throws {
        let error = try XCTUnwrap(helpOrVersionRequest(["audit"]))
        XCTAssertEqual(Ezh.exitCode(for: error), .success)
        XCTAssertEqual(Ezh.fullMessage(for: error), Ezh.helpMessage(for: Audit.self))
    }

    // MARK: keys

    func testKeysNamesAKeymapAndALanguage() throws {
        let keys = try parse(["keys"], as: Keys.self)
        XCTAssertEqual(keys.keymap, "default")
        XCTAssertEqual(keys.lang, .ru)
        let vim = try parse(["keys", "--keymap", "vim", "--lang", "en"], as: Keys.self)
        XCTAssertEqual(vim.keymap, "vim")
        XCTAssertEqual(vim.lang, .en)
    }

    // MARK: Mistakes and requests every command shares

    func testUnknownOptionsArgumentsAndSubcommandsAreBadUsage() {
        assertBadUsage(["--frobnicate"], mentions: "Unknown option '--frobnicate'")
        assertBadUsage(["grades"], mentions: "Unexpected argument 'grades'")
        assertBadUsage(["audit", "purge"], mentions: "Unexpected argument 'purge'")
        assertBadUsage(["keys", "--db", "j.sqlite"], mentions: "Unknown option '--db'")
        assertBadUsage(["demo", "--size", "large"], mentions: "Unknown option '--size'")
    }

    func testAnOptionWithoutItsValueIsBadUsage() {
        assertBadUsage(["--db"], mentions: "Missing value for '--db <db>'")
        assertBadUsage(["audit", "log", "--since"], mentions: "Missing value for '--since <since>'")
        assertBadUsage(["demo", "--now"], mentions: "Missing value for '--now <now>'")
    }

    func testHelpAndVersionExitZero() throws {
        let requests: [([String], ParsableCommand.Type)] = [
            (["--help"], Ezh.self), (["-h"], Ezh.self), (["help"], Ezh.self), (["help", "audit", "log"], Audit.Log.self),
            (["init", "--help"], Init.self), (["audit", "verify", "-h"], Audit.Verify.self), (["help", "keys"], Keys.self),
        ]
        for (arguments, command) in requests {
            let error = try XCTUnwrap(helpOrVersionRequest(arguments), "\(arguments)")
            XCTAssertEqual(Ezh.exitCode(for: error), .success, "\(arguments)")
            XCTAssertEqual(Ezh.fullMessage(for: error), Ezh.helpMessage(for: command), "\(arguments)")
        }
        let version = try XCTUnwrap(helpOrVersionRequest(["--version"]))
        XCTAssertEqual(Ezh.exitCode(for: version), .success)
        XCTAssertEqual(Ezh.fullMessage(for: version), "0.1.0")
    }

    // MARK: Helpers

    /// What `ezh` ends with when asked for help or its version: ArgumentParser answers while
    /// parsing, or through a command that only prints help (`ezh help …`, `ezh audit`). Nil when
    /// the words would run one of ezh's own commands instead (which this never does).
    private func helpOrVersionRequest(_ arguments: [String]) throws -> Error? {
        var command: ParsableCommand
        do {
            command = try Ezh.parseAsRoot(arguments)
        } catch {
            return error
        }
        guard command is Audit || String(describing: type(of: command)) == "HelpCommand" else { return nil }
        do {
            try command.run()
        } catch {
            return error
        }
        return nil
    }

    private func parse<Command: ParsableCommand>(
        _ arguments: [String], as _: Command.Type, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Command {
        let parsed = try Ezh.parseAsRoot(arguments)
        return try XCTUnwrap(parsed as? Command, "\(arguments) parsed as \(type(of: parsed))", file: file, line: line)
    }

    /// Parsing stops with exit code 64 (bad usage) and a message that names the mistake.
    private func assertBadUsage(_ arguments: [String], mentions text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Ezh.parseAsRoot(arguments), "\(arguments)", file: file, line: line) { error in
            XCTAssertEqual(Ezh.exitCode(for: error), .validationFailure, "\(arguments)", file: file, line: line)
            XCTAssertEqual(Ezh.exitCode(for: error).rawValue, 64, file: file, line: line)
            let message = Ezh.message(for: error)
            XCTAssertTrue(message.contains(text), "\(arguments): expected «\(text)» in «\(message)»", file: file, line: line)
        }
    }
}
