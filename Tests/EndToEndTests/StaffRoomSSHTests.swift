import Foundation
import XCTest

/// The staff-room deployment exactly as docs/operations.md writes it: the terminal account made by
/// the page's `useradd` line, Debian's sshd on a loopback port with the page's `Match` block, and a
/// real `ssh` client in tmux that reaches the login screen, signs in, quits with F10 and sees the
/// SSH session end. Needs root (it adds a system account) and openssh-server (`make deps`).
final class StaffRoomSSHTests: XCTestCase {
    private static let account = "ezh-e2e-terminal"

    func testTheDocumentedSSHSetUpReachesTheJournalAndF10EndsTheSession() throws {
        guard getuid() == 0 else { throw XCTSkip("adds a system account and starts sshd: run as root") }
        guard let binary = TmuxSession.ezhBinary else { throw XCTSkip("build ezh first: swift build") }
        let sshd = "/usr/sbin/sshd"
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: sshd), "install openssh-server (make deps)")
        guard FileManager.default.isExecutableFile(atPath: sshd) else { return }

        let page = try DocumentedDeployment()
        let folder = try Self.worldReadableFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let home = folder + "/home"
        let database = home + "/journal.sqlite"

        try Self.removeAccount()
        try Shell.run(page.useradd(account: Self.account, home: home))
        defer { try? Self.removeAccount() }
        // The account gets the terminals' key, not a password: `*` is "no password", not "locked".
        try Shell.run(["usermod", "-p", "*", Self.account])
        try Shell.run(["runuser", "-u", Self.account, "--", binary, "init", "--demo", "--db", database,
                       "--now", "2026-11-27 11:00"])

        try Shell.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", folder + "/host_key"])
        try Shell.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", folder + "/client_key"])
        try FileManager.default.copyItem(atPath: folder + "/client_key.pub", toPath: folder + "/authorized_keys")
        let port = try Self.freeLoopbackPort()
        let match = try page.matchBlock(account: Self.account, binary: binary, database: database)
        let config = """
        ListenAddress 127.0.0.1:\(port)
        HostKey \(folder)/host_key
        PidFile \(folder)/sshd.pid
        AuthorizedKeysFile \(folder)/authorized_keys
        StrictModes no
        UsePAM yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        \(match)
        """
        try config.write(toFile: folder + "/sshd_config", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try Shell.run([sshd, "-t", "-f", folder + "/sshd_config"])
        // sshd detaches and writes its pid file; the test stops it through that file.
        try Shell.run([sshd, "-f", folder + "/sshd_config", "-E", folder + "/sshd.log"])
        defer { _ = Shell.result(["sh", "-c", "kill \"$(cat '\(folder)/sshd.pid')\""]) }
        try Self.waitForListening(port: port)

        let client = ["ssh", "-i", folder + "/client_key", "-p", String(port), "-o", "BatchMode=yes",
                      "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                      "\(Self.account)@127.0.0.1"]

        // A command the client asks for never runs: the forced command replaces it.
        let escaped = Shell.result(client + ["echo", "shell-reached"]).output
        XCTAssertFalse(escaped.contains("shell-reached"), "the SSH login ran a command of the client's:\n\(escaped)")

        let tmux = try TmuxSession(command: ["/usr/bin/ssh", "-tt"] + client.dropFirst(), home: folder)
        try tmux.wait(forText: "Вход в электронный журнал", timeout: 30)
        try tmux.type("teacher")
        try tmux.press("Tab")
        try tmux.type("demo")
        try tmux.press("Enter")
        try tmux.wait(forText: "Журналы")
        try tmux.press("F10")
        try tmux.waitForExit()

        // The sign-in names the terminal: its tty and the address it came from.
        let log = try Shell.output([binary, "audit", "log", "--db", database, "--action", "sign_in", "--user", "teacher"])
        XCTAssertTrue(log.contains("(127.0.0.1)"), "the sign-in does not name the SSH terminal:\n\(log)")
    }

    private static func removeAccount() throws {
        guard (try? Shell.output(["id", "-u", account])) != nil else { return }
        try Shell.run(["userdel", account])
    }

    /// A folder every account can traverse (the terminal account runs the built binary and keeps
    /// its home there).
    private static func worldReadableFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-ssh-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        return path
    }

    /// A loopback port nobody listens on: bound to port 0, the kernel's choice, then released.
    private static func freeLoopbackPort() throws -> Int {
        try withLoopbackSocket(port: 0) { socket, address in
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            guard bind(socket, address, length) == 0, getsockname(socket, address, &length) == 0 else {
                throw Shell.Failure(description: "no free loopback port")
            }
            return Int(UInt16(bigEndian: address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_port }))
        }
    }

    private static func waitForListening(port: Int) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let connected = try withLoopbackSocket(port: port) { socket, address in
                connect(socket, address, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
            if connected { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Shell.Failure(description: "sshd did not start listening on port \(port)")
    }

    private static func withLoopbackSocket<T>(
        port: Int, _ body: (Int32, UnsafeMutablePointer<sockaddr>) throws -> T
    ) throws -> T {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return try withUnsafeMutablePointer(to: &address) {
            try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body(socket, $0) }
        }
    }
}

/// The lines of docs/operations.md that set up the staff-room terminals.
private struct DocumentedDeployment {
    let page: String

    init() throws {
        let path = TmuxSession.packageRoot.appendingPathComponent("docs/operations.md").path
        page = try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The page's `useradd` line for the `ezh` account, for another account and home.
    func useradd(account: String, home: String) throws -> [String] {
        guard let line = page.split(separator: "\n").first(where: { $0.hasPrefix("useradd ") }) else {
            throw Shell.Failure(description: "docs/operations.md has no useradd line")
        }
        var words = line.split(separator: " ").map(String.init)
        guard words.last == "ezh", let homeIndex = words.firstIndex(of: "--home-dir") else {
            throw Shell.Failure(description: "docs/operations.md: unexpected useradd line: \(line)")
        }
        words[homeIndex + 1] = home
        words[words.count - 1] = account
        return words
    }

    /// The page's `Match User ezh` block, pointed at another account, binary and database.
    func matchBlock(account: String, binary: String, database: String) throws -> String {
        guard let start = page.range(of: "Match User ezh\n"),
              let end = page.range(of: "```", range: start.upperBound..<page.endIndex) else {
            throw Shell.Failure(description: "docs/operations.md has no Match User ezh block")
        }
        return "Match User \(account)\n" + page[start.upperBound..<end.lowerBound]
            .replacingOccurrences(of: "/usr/local/bin/ezh", with: binary)
            .replacingOccurrences(of: "/var/lib/ezh/journal.sqlite", with: database)
    }
}

/// Runs programs for the deployment test through the shell, their output in a file (Foundation's
/// Process was seen to miss the exit of an ssh client here, as TmuxSession notes for tmux).
private enum Shell {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ arguments: [String]) throws { _ = try output(arguments) }

    static func output(_ arguments: [String]) throws -> String {
        let (status, text) = result(arguments)
        guard status == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(status):\n\(text)")
        }
        return text
    }

    /// The exit status and the output, whatever the status.
    static func result(_ arguments: [String]) -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-ssh-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let command = arguments.map(quoted).joined(separator: " ")
        let status = system("\(command) </dev/null >\(quoted(file)) 2>&1")
        return (status, (try? String(contentsOfFile: file, encoding: .utf8)) ?? "")
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
