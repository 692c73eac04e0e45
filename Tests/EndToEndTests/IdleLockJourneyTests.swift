import Foundation
import XCTest

/// The shared-terminal promise on the real binary: a teacher opens a class's journal and walks
/// away; after the school's idle time the terminal locks itself, the login screen says why, and
/// no pupil's name is left for the next person to read.
final class IdleLockJourneyTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        guard TmuxSession.ezhBinary != nil else { throw XCTSkip("build ezh first: swift build") }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("sqlite3 is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs a command to its end; its output goes to a file so no pipe can hold it up.
    private func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let log = folder.appendingPathComponent("command.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw CommandFailed(description: "\(arguments.joined(separator: " ")) exited with \(process.terminationStatus):\n\(output)")
        }
    }

    func testTheTerminalLocksItselfAndLeavesNoPupilOnScreen() throws {
        let database = folder.appendingPathComponent("journal.sqlite").path
        try run([TmuxSession.ezhBinary!, "init", "--demo", "--db", database])
        // 0.05 min: the terminal locks after 3 s without a key.
        try run(["/usr/bin/sqlite3", database, "INSERT INTO setting VALUES ('terminal.idle_lock_minutes','0.05')"])
        let tmux = try TmuxSession(command: [TmuxSession.ezhBinary!, "demo", "--db", database, "--now", "2026-11-27 11:00"],
                                   home: folder.path)
        try tmux.wait(forText: "Пароль:")
        try tmux.type("teacher")
        try tmux.press("Enter")
        try tmux.type("demo")
        try tmux.press("Enter")
        try tmux.wait(forText: "Журналы")
        // Open the first journal on the list: its pupils are what must not stay on screen.
        try tmux.press("Enter")
        let grid = try tmux.wait(forText: "[Оценки]")
        let pupils = grid.dropFirst(5).prefix(3).compactMap { row in
            row.split(separator: " ").first { $0.count > 3 && $0.allSatisfy(\.isLetter) }.map(String.init)
        }
        XCTAssertFalse(pupils.isEmpty, "the grid lists pupils:\n\(grid.joined(separator: "\n"))")

        let locked = try tmux.wait(forText: "Терминал заблокирован после 0,05 мин без действий", timeout: 15)
        XCTAssertTrue(locked.contains { $0.contains("Вход в электронный журнал") }, locked.joined(separator: "\n"))
        for pupil in pupils {
            XCTAssertFalse(locked.contains { $0.contains(pupil) }, "«\(pupil)» stayed on screen:\n\(locked.joined(separator: "\n"))")
        }
        XCTAssertFalse(locked.contains { $0.contains("[Оценки]") })
        try tmux.press("F10")
        try tmux.waitForExit()
    }
}
