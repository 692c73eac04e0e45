@testable import EzhTUI
import Foundation
import XCTest

final class KeymapTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-keymaps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testParsesBindingsWithSeveralKeysPerActionAndComments() throws {
        var keymap = Keymap(name: "t")
        try KeymapParser.apply("""
            # a comment
            bind grid Up move-up
              bind grid k move-up   
            bind global F1 help

            bind grid C-z undo
            bind grid S-Tab prev-grid
            bind grid Space edit-cell
            """, file: "t.keymap", to: &keymap)
        XCTAssertEqual(keymap.action(for: .up, in: .grid), .moveUp)
        XCTAssertEqual(keymap.action(for: .character("k"), in: .grid), .moveUp)
        XCTAssertEqual(keymap.action(for: .function(1), in: .grid), .help, "global is the fallback")
        XCTAssertEqual(keymap.action(for: .control("z"), in: .grid), .undo)
        XCTAssertEqual(keymap.action(for: .backTab, in: .grid), .prevGrid)
        XCTAssertEqual(keymap.action(for: .character(" "), in: .grid), .editCell)
        XCTAssertNil(keymap.action(for: .up, in: .home))
        XCTAssertEqual(keymap.keys(for: .moveUp, in: .grid), [.up, .character("k")])
    }

    func testBrokenLinesAreReportedAsFileLineAndNothingOfTheFileApplies() {
        var keymap = Keymap(name: "t")
        XCTAssertThrowsError(try KeymapParser.apply("""
            bind grid Up move-up
            bind grid Upp move-up
            bind gird k move-up
            bind grid j mvoe-down
            bind grid
            rebind grid j move-down
            """, file: "my.keymap", to: &keymap)) { error in
            XCTAssertEqual((error as? KeymapErrors)?.errors.map(\.description), [
                "my.keymap:2: unknown key `Upp`",
                "my.keymap:3: unknown context `gird`; expected one of global, login, home, grid, picker, help, command, card, absences, permissions, permission-form, substitutions, form, diary, accounts, credentials, access-log, access-report, timetable, school-year, pupils, pupil-card, settings, exemptions, ktp, due-table, class-week, messages, notices, announcements, class-events, reports, report-preview, text-area",
                "my.keymap:4: unknown action `mvoe-down`",
                "my.keymap:5: expected `bind <context> <key> <action>`",
                "my.keymap:6: unknown command `rebind`; expected bind or unbind",
            ])
        }
        XCTAssertNil(keymap.action(for: .up, in: .grid))
    }

    func testABrokenKeymapFileFallsBackToTheDefaultKeymap() throws {
        _ = try write("default.keymap", "bind global F1 help\nbind grid Up move-up\n")
        _ = try write("vim.keymap", "bind grid k move-up\nbind grid j move-dwn\n")
        let loaded = KeymapLoader(directories: [folder.path], userFile: nil).load(named: "vim")
        XCTAssertEqual(loaded.keymap.name, "default")
        XCTAssertEqual(loaded.keymap.action(for: .up, in: .grid), .moveUp)
        XCTAssertNil(loaded.keymap.action(for: .character("k"), in: .grid))
        XCTAssertEqual(loaded.problems, ["\(folder.path)/vim.keymap:2: unknown action `move-dwn`"])
    }

    func testMissingKeymapFilesFallBackToTheBuiltInDefault() {
        let loaded = KeymapLoader(directories: [folder.path], userFile: nil).load(named: "vim")
        XCTAssertEqual(loaded.keymap.action(for: .function(10), in: .grid), .quit)
        XCTAssertEqual(loaded.problems, ["keymap `vim` not found in \(folder.path)"], "the built-in default is no problem")
        XCTAssertTrue(loaded.isFallback)
    }

    func testTheDefaultKeymapNeedsNoFile() {
        let loaded = KeymapLoader(directories: [folder.path], userFile: nil).load(named: "default")
        XCTAssertEqual(loaded.keymap, BuiltinKeymap.keymap)
        XCTAssertEqual(loaded.problems, [])
        XCTAssertFalse(loaded.isFallback)
    }

    func testAUserKeymapThatIsNotUTF8IsReportedWithItsLine() throws {
        let user = folder.appendingPathComponent("user.keymap").path
        FileManager.default.createFile(atPath: user, contents: Data("bind global F9 quit\n".utf8) + Data([0xC3, 0x28, 0x0A]))
        let loaded = KeymapLoader(directories: [keymapFolder], userFile: user).load(named: "default")
        XCTAssertEqual(loaded.problems, ["\(user):2: not UTF-8 text; the whole file is ignored until it is saved as UTF-8"])
        XCTAssertEqual(loaded.keymap.action(for: .function(10), in: .grid), .quit, "the keymap stays usable")
    }

    func testUserKeymapOverridesOneBindingAndUnbindsAnother() throws {
        let user = try write("user.keymap", "bind global F9 quit\nunbind global F10\nbind grid F2 cell-history\n")
        let loaded = KeymapLoader(directories: [keymapFolder], userFile: user).load(named: "default")
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(loaded.keymap.action(for: .function(9), in: .grid), .quit)
        XCTAssertNil(loaded.keymap.action(for: .function(10), in: .grid))
        XCTAssertEqual(loaded.keymap.action(for: .function(2), in: .grid), .cellHistory)
        // Everything else is the default keymap's.
        XCTAssertEqual(loaded.keymap.action(for: .function(1), in: .grid), .help)
        XCTAssertEqual(loaded.keymap.action(for: .tab, in: .grid), .nextGrid)
    }

    func testABrokenUserKeymapIsReportedAndIgnored() throws {
        let user = try write("user.keymap", "bind global F9 quit\nbind global F99 quit\n")
        let loaded = KeymapLoader(directories: [keymapFolder], userFile: user).load(named: "default")
        XCTAssertEqual(loaded.problems, ["\(user):2: unknown key `F99`"])
        XCTAssertNil(loaded.keymap.action(for: .function(9), in: .grid))
    }

    func testRussianLayoutLettersActAsTheLatinKeysAtTheSamePlace() throws {
        let vim = KeymapLoader(directories: [keymapFolder], userFile: nil).load(named: "vim")
        XCTAssertEqual(vim.problems, [])
        // «г» is the u key, «Л» the K key: neither is bound itself.
        XCTAssertEqual(vim.keymap.commandAction(for: .character("г"), in: .grid), .undo)
        XCTAssertEqual(vim.keymap.commandAction(for: .character("Л"), in: .grid), .cellHistory)
        XCTAssertEqual(vim.keymap.commandAction(for: .character("р"), in: .grid), .moveLeft)
        XCTAssertEqual(vim.keymap.commandAction(for: .character("Ж"), in: .grid), .commandLine, "Shift+Ж is the : key")
        XCTAssertNil(vim.keymap.action(for: .character("г"), in: .grid), "exact lookup does not translate")
        XCTAssertEqual(RussianLayout.qwertyKey(for: .character("й")), .character("q"))
        XCTAssertNil(RussianLayout.qwertyKey(for: .character("q")))
    }

    func testTheBuiltInKeymapIsTheDefaultKeymapFile() {
        let file = KeymapLoader(directories: [keymapFolder], userFile: nil).load(named: "default")
        XCTAssertEqual(file.problems, [])
        XCTAssertEqual(file.keymap, BuiltinKeymap.keymap)
    }

    func testStandardLookupFindsTheKeymapFolderFromAnExecutableBelowIt() {
        let loader = KeymapLoader.standard(environment: ["XDG_CONFIG_HOME": "/nonexistent"],
                                           executablePath: keymapFolder + "/../.build/debug/ezh")
        XCTAssertTrue(loader.directories.contains { URL(fileURLWithPath: $0).standardizedFileURL.path == URL(fileURLWithPath: keymapFolder).standardizedFileURL.path })
        XCTAssertEqual(loader.userFile, "/nonexistent/ezh/user.keymap")
        XCTAssertEqual(loader.load(named: "vim").keymap.name, "vim")
    }

    func testExplicitKeymapFolderComesFirst() {
        let loader = KeymapLoader.standard(environment: ["EZH_KEYMAP_DIR": folder.path, "HOME": "/home/t"], executablePath: "/usr/bin/ezh")
        XCTAssertEqual(loader.directories.first, folder.path)
        XCTAssertEqual(loader.directories.dropFirst().first, "/usr/share/ezh/keymaps")
        XCTAssertEqual(loader.directories.filter { $0 == "/usr/share/ezh/keymaps" }.count, 1, "listed once")
        XCTAssertTrue(loader.directories.contains("/usr/local/share/ezh/keymaps"))
        XCTAssertEqual(loader.userFile, "/home/t/.config/ezh/user.keymap")
    }
}
