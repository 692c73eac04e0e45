import EzhService
import Foundation

/// The terminal this process serves: its tty, and the SSH client's address when there is one.
enum TerminalIdentity {
    static func current() -> TerminalInfo {
        let tty = ttyname(STDIN_FILENO).map { String(cString: $0).replacingOccurrences(of: "/dev/", with: "") } ?? "no-tty"
        let ssh = ProcessInfo.processInfo.environment["SSH_CLIENT"]?.split(separator: " ").first.map(String.init)
        return TerminalInfo(tty: tty, remoteAddress: ssh)
    }
}
