import Foundation
import XCTest

/// Keymaps through the real binary: found from wherever ezh is installed or copied, the default
/// one working with no file at all, and every problem said once on stderr with an exit code.
final class KeymapLookupTests: JournalFolderCase {
    /// A copy of the binary in `<folder>/<prefix>/bin/ezh`, with the keymaps in
    /// `<prefix>/share/ezh/keymaps` when `withKeymaps`.
    private func install(prefix: String, withKeymaps: Bool) throws -> String {
        let bin = folder.path("\(prefix)/bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder.binary, toPath: bin + "/ezh")
        if withKeymaps {
            let share = folder.path("\(prefix)/share/ezh/keymaps")
            try FileManager.default.createDirectory(atPath: share, withIntermediateDirectories: true)
            for name in ["default", "vim"] {
                try FileManager.default.copyItem(
                    atPath: TmuxSession.packageRoot.appendingPathComponent("Keymaps/\(name).keymap").path,
                    toPath: share + "/\(name).keymap"
                )
            }
        }
        return bin + "/ezh"
    }

    private func keys(_ binary: String, _ arguments: [String] = []) throws -> CommandRun {
        try CommandRun.run([binary, "keys"] + arguments, environment: ["HOME": folder.url.path])
    }

    func testACopiedBinaryFindsTheKeymapsBesideItsRealPath() throws {
        let installed = try install(prefix: "opt", withKeymaps: true)
        let vim = try keys(installed, ["--keymap", "vim"])
        XCTAssertEqual(vim.status, 0, vim.errors)
        XCTAssertEqual(vim.errors, "")
        XCTAssertNotEqual(vim.output, try keys(installed).output, "the vim keymap, not the default one")

        // Through a symbolic link elsewhere: the keymaps are found from the real binary's place.
        let link = folder.path("link-to-ezh")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: installed)
        let viaLink = try keys(link, ["--keymap", "vim"])
        XCTAssertEqual(viaLink.status, 0, viaLink.errors)
        XCTAssertEqual(viaLink.output, vim.output)
    }

    func testACopiedBinaryWithoutKeymapFilesUsesTheBuiltInDefaultSilently() throws {
        let lonely = try install(prefix: "lonely", withKeymaps: false)
        let builtIn = try keys(lonely)
        XCTAssertEqual(builtIn.status, 0, builtIn.errors)
        XCTAssertEqual(builtIn.errors, "", "the compiled-in default keymap is no problem")
        XCTAssertEqual(builtIn.output, try keys(folder.binary, []).output, "the same keys as the default file's")

        // The journal starts with no keymap line at all (it stops later, at the missing terminal).
        let db = try folder.makeJournal()
        let started = try CommandRun.run([lonely, "--db", db], environment: ["HOME": folder.url.path])
        XCTAssertEqual(started.errorLines.count, 1, started.errors)
        XCTAssertFalse(started.errors.contains("раскладка"), started.errors)

        let installedSystemWide = ["/usr/local/share/ezh/keymaps/vim.keymap", "/usr/share/ezh/keymaps/vim.keymap"]
        guard !installedSystemWide.contains(where: FileManager.default.fileExists) else { return }
        let vim = try keys(lonely, ["--keymap", "vim"])
        XCTAssertEqual(vim.status, 1)
        XCTAssertTrue(vim.errors.contains("«vim» нет"), vim.errors)
    }

    func testAnUnknownKeymapExitsNonZeroWithAMessage() throws {
        let unknown = try keys(folder.binary, ["--keymap", "nosuch"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.output, "")
        XCTAssertEqual(unknown.errorLines, ["ezh: раскладки клавиш «nosuch» нет; есть: default, vim"])
    }

    func testAUserKeymapWithInvalidUTF8IsNamedOnceAtStart() throws {
        let config = folder.path(".config/ezh")
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        var text = Data("bind global F9 quit\nbind grid F2 cell-hist".utf8)
        text.append(0xFF)
        text.append(contentsOf: Data("ory\n".utf8))
        _ = FileManager.default.createFile(atPath: config + "/user.keymap", contents: text)

        let listed = try keys(folder.binary)
        XCTAssertEqual(listed.status, 1, "ezh keys reports a broken keymap file")
        XCTAssertEqual(listed.errorLines, ["ezh: раскладка клавиш: \(config)/user.keymap:2: not UTF-8 text; the whole file is ignored until it is saved as UTF-8"])

        // Starting the journal says it once, before the terminal is taken (here there is none).
        let db = try folder.makeJournal()
        let started = try folder.ezh(["--db", db])
        XCTAssertEqual(started.errorLines.count, 2, started.errors)
        XCTAssertTrue(started.errorLines[0].contains("user.keymap:2: not UTF-8"), started.errors)
        XCTAssertTrue(started.errorLines[1].contains("не терминал"), started.errors)
    }

    func testABrokenKeymapAnAccountMayUseIsNamedAtStart() throws {
        let keymaps = folder.path("keymaps")
        try FileManager.default.createDirectory(atPath: keymaps, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: TmuxSession.packageRoot.appendingPathComponent("Keymaps/default.keymap").path, toPath: keymaps + "/default.keymap"
        )
        try "bind grid j move-dwn\n".write(toFile: keymaps + "/vim.keymap", atomically: true, encoding: .utf8)
        let db = try folder.makeJournal()
        let started = try folder.ezh(["--db", db], environment: ["EZH_KEYMAP_DIR": keymaps])
        XCTAssertEqual(started.errorLines, [
            "ezh: раскладка клавиш: \(keymaps)/vim.keymap:1: unknown action `move-dwn`",
            started.errorLines.last ?? "",
        ])
        XCTAssertTrue(started.errorLines.last?.contains("не терминал") ?? false, started.errors)
    }
}
