import Foundation
import XCTest

/// Runs the real `ezh` binary in a detached tmux session, types into it with `send-keys` and
/// reads the screen with `capture-pane`, the way a person at the terminal would. Each session
/// has its own tmux server socket, so tests never touch anyone's tmux.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let lastScreen: String
        var description: String { "Timed out waiting for \(waitingFor). Last screen:\n\(lastScreen)" }
    }

    static let columns = 100
    static let rows = 30

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built binary, or nil when `swift build` has not made it yet.
    static var ezhBinary: String? {
        let path = packageRoot.appendingPathComponent(".build/debug/ezh").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static var tmuxPath: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: FileManager.default.isExecutableFile)
    }

    private let tmux: String
    private let socket = "ezh-e2e-\(UUID().uuidString.prefix(8))"
    private let name = "ezh"
    private let environment: [String: String]

    /// Starts `command` in a new session of 100×30 with a UTF-8 locale and the given home.
    init(command: [String], home: String) throws {
        guard let tmux = Self.tmuxPath else { throw XCTSkip("tmux is not installed") }
        self.tmux = tmux
        environment = [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_CTYPE": "C.UTF-8", "TERM": "xterm-256color",
            "HOME": home, "XDG_CONFIG_HOME": home + "/config",
            "EZH_KEYMAP_DIR": Self.packageRoot.appendingPathComponent("Keymaps").path,
        ]
        try run(["new-session", "-d", "-s", name, "-x", String(Self.columns), "-y", String(Self.rows)] + command)
    }

    deinit { _ = try? run(["kill-server"]) }

    /// Sends named keys: "Enter", "Tab", "Up", "F10".
    func press(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    /// Types text literally, Cyrillic included.
    func type(_ text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }

    /// The screen as text, one line per row.
    func capture() throws -> [String] {
        let text = try run(["capture-pane", "-p", "-t", name])
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    var isRunning: Bool { (try? run(["has-session", "-t", name])) != nil }

    /// Polls the screen until `condition` holds; returns that screen.
    @discardableResult
    func wait(for what: String, timeout: TimeInterval = 20, until condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while Date() < deadline {
            screen = (try? capture()) ?? []
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Timeout(waitingFor: what, lastScreen: screen.joined(separator: "\n"))
    }

    @discardableResult
    func wait(forText text: String, timeout: TimeInterval = 20) throws -> [String] {
        try wait(for: "«\(text)»", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Waits until the program has exited and tmux closed its session.
    func waitForExit(timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Timeout(waitingFor: "the program to exit", lastScreen: ((try? capture()) ?? []).joined(separator: "\n"))
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = ["-L", socket, "-u", "-f", "/dev/null"] + arguments
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "tmux", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments.joined(separator: " ")) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
