import Foundation
import XCTest

/// A test on the real binary with a temporary folder of its own (removed afterwards) and a
/// journal path in it; skipped when the binary, or a tool the test names, is not there.
class EndToEndCase: XCTestCase {
    /// Whether the test drives ezh in tmux; a test that only runs commands says no.
    class var needsTmux: Bool { true }
    /// Whether the test reads or writes the file with the sqlite3 shell.
    class var needsSQLite3: Bool { false }

    static let sqlite3 = "/usr/bin/sqlite3"

    private(set) var folder: URL!
    var database: String { folder.appendingPathComponent("journal.sqlite").path }
    var ezhBinary: String { TmuxSession.ezhBinary! }

    override func setUpWithError() throws {
        if Self.needsTmux, TmuxSession.tmuxPath == nil { throw XCTSkip("tmux is not installed") }
        guard TmuxSession.ezhBinary != nil else { throw XCTSkip("build ezh first: swift build") }
        if Self.needsSQLite3, !FileManager.default.isExecutableFile(atPath: Self.sqlite3) {
            throw XCTSkip("sqlite3 is not installed")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// The real binary with this test's folder as its home (no user keymap, no $EZH_DB).
    @discardableResult
    func ezh(_ arguments: [String], input: String? = nil) throws -> CommandRun {
        try CommandRun.run([ezhBinary] + arguments, input: input, environment: ["HOME": folder.path])
    }

    /// `statement` through the sqlite3 shell on the test's journal, waiting up to 10 s for a
    /// lock; its output, trimmed. A failure throws with sqlite3's message.
    @discardableResult
    func sql(_ statement: String) throws -> String {
        let result = try CommandRun.run([Self.sqlite3, "-cmd", ".timeout 10000", database, statement])
        guard result.status == 0 else {
            throw NSError(domain: "sqlite3", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.errors])
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A test of commands on a `JournalFolder` made afresh for each test and removed after it.
class JournalFolderCase: XCTestCase {
    private(set) var folder: JournalFolder!

    override func setUpWithError() throws {
        folder = try JournalFolder()
    }

    override func tearDown() {
        folder = nil
    }
}
