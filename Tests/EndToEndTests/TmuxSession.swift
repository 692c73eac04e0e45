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
        // The tmux server forked here keeps any pipe it inherits open for its whole life, so this
        // one command's output is not read.
        try run(["new-session", "-d", "-s", name, "-x", String(Self.columns), "-y", String(Self.rows)] + command,
                readOutput: false)
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

    /// Runs one tmux command through the shell and waits for the client only. (Foundation's
    /// Process waits for every holder of its pipes, and the tmux server that `new-session`
    /// forks holds them for its whole life.)
    @discardableResult
    private func run(_ arguments: [String], readOutput: Bool = true) throws -> String {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        let variables = environment.map { "\($0.key)=\(Self.quoted($0.value))" }.sorted().joined(separator: " ")
        let command = ([tmux, "-L", socket, "-u", "-f", "/dev/null"] + arguments).map(Self.quoted).joined(separator: " ")
        let target = readOutput ? Self.quoted(outputFile) : "/dev/null"
        let status = system("env -i \(variables) \(command) </dev/null >\(target) 2>/dev/null")
        guard status == 0 else {
            throw NSError(domain: "tmux", code: Int(status),
                          userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments.joined(separator: " ")) failed"])
        }
        return readOutput ? ((try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "") : ""
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
