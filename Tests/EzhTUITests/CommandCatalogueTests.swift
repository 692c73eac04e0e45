@testable import EzhTUI
import EzhCore
import Foundation
import XCTest

/// The command catalogue is the one list of actions: every action has one line, the keymap
/// files bind actions only where a screen does them, and the default keymap's header lists
/// what the catalogue holds.
final class CommandCatalogueTests: XCTestCase {
    func testEveryActionHasExactlyOneLineInTheOrderTheHelpLists() {
        XCTAssertEqual(Commands.all.map(\.action), Action.allCases)
        for command in Commands.all {
            XCTAssertFalse(command.contexts.isEmpty, "\(command.name) works somewhere")
            XCTAssertFalse(command.help(in: .ru).isEmpty || command.help(in: .en).isEmpty, command.name)
        }
    }

    func testBindingAnActionWhereNoScreenDoesItIsReportedAsFileLine() {
        var keymap = BuiltinKeymap.keymap
        let text = "# mine\nbind grid F9 verify-log\nbind global j move-down\nbind access-log F10 verify-log\n"
        XCTAssertThrowsError(try KeymapParser.apply(text, file: "user.keymap", to: &keymap)) { error in
            XCTAssertEqual((error as? KeymapErrors)?.errors.map(\.description), [
                "user.keymap:2: action `verify-log` does nothing in context `grid`; it works in access-log",
                "user.keymap:3: action `move-down` does nothing in context `global`; it works in "
                    + "home, grid, picker, help, card, absences, permissions, permission-form, substitutions, diary, "
                    + "accounts, credentials, access-log, access-report, timetable, school-year, pupils, pupil-card, settings, exemptions, ktp, due-table, class-week, messages, notices, announcements, class-events, reports, report-preview",
            ])
        }
        XCTAssertNil(keymap.action(for: .function(9), in: .grid), "nothing of a broken file applies")
        XCTAssertEqual(keymap.action(for: .function(10), in: .accessLog), .quit)
    }

    func testAUserKeymapWithAMisplacedActionIsReportedAndIgnored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let user = folder.appendingPathComponent("user.keymap").path
        try "bind grid F9 verify-log\n".write(toFile: user, atomically: true, encoding: .utf8)
        let loaded = KeymapLoader(directories: [keymapFolder], userFile: user).load(named: "default")
        XCTAssertEqual(loaded.problems, ["\(user):1: action `verify-log` does nothing in context `grid`; it works in access-log"])
        XCTAssertNil(loaded.keymap.action(for: .function(9), in: .grid))
    }

    func testEveryShippedKeymapBindsActionsOnlyWhereTheyWork() {
        for name in ["default", "vim"] {
            XCTAssertEqual(KeymapLoader(directories: [keymapFolder], userFile: nil).load(named: name).problems, [], name)
        }
    }

    func testTheDefaultKeymapHeaderListsTheCatalogue() throws {
        let lines = try String(contentsOfFile: keymapFolder + "/default.keymap", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        /// The words from a heading line («# Contexts: …») to the next line that is only «#».
        func listed(_ heading: String) throws -> [String] {
            let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("# \(heading)") })
            let body = lines[start...].prefix { $0 != "#" }.joined(separator: " ")
            return body.split(separator: ":", maxSplits: 1).last!.split(separator: " ").filter { $0 != "#" }.map(String.init)
        }
        XCTAssertEqual(try listed("Contexts:"), KeyContext.allCases.map(\.rawValue))
        XCTAssertEqual(try listed("Actions (the command catalogue"), Commands.all.map(\.name))
    }

    func testTheKeyBarLeavesOutAndRefusesWhatTheRolesDoNotAllow() {
        let t = TestApp()
        t.signIn()
        XCTAssertFalse(t.screen.line(23).contains("Замены"), "a teacher records no substitutions")
        t.press(.function(8))
        XCTAssertEqual(t.status, "! Нет доступа: «замены уроков» — не для ваших ролей")
        XCTAssertTrue(t.screen.line(0).contains("ezh"), "the start screen stays")
    }

    func testTheKeymapReferenceListsTheCatalogue() throws {
        let root = URL(fileURLWithPath: keymapFolder).deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/keymap.md"), encoding: .utf8)
        let start = try XCTUnwrap(page.range(of: "<!-- generated: ezh keys --actions --lang en -->\n```\n"))
        let end = try XCTUnwrap(page.range(of: "\n```\n<!-- end generated -->", range: start.upperBound..<page.endIndex))
        XCTAssertEqual(String(page[start.upperBound..<end.lowerBound]), CommandReference.text(strings: Strings(.en)),
                       "regenerate docs/keymap.md's actions with `ezh keys --actions --lang en`")
    }
}
