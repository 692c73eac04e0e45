import Foundation

/// A pseudo-terminal for running the real `ezh` as a person at a terminal does: the program
/// draws into it, keys are typed into it, and what it shows is read back as text (escape
/// sequences dropped), so the time to a screen can be measured from outside the process.
final class PseudoTerminal {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let shown: String
        var description: String { "timed out waiting for \(waitingFor); the terminal last showed: \(shown.suffix(600))" }
    }

    let rows: Int
    let columns: Int
    private let master: Int32
    /// The device the program opens as its terminal.
    let devicePath: String
    /// Everything the program wrote, as text without escape sequences.
    private(set) var shown = ""
    private var pending: [UInt8] = []

    init(rows: Int = 30, columns: Int = 100) throws {
        self.rows = rows
        self.columns = columns
        // posix_openpt, unlockpt and ptsname are not imported into Swift on Linux; these are
        // what they do there: open the multiplexer, unlock the new terminal, ask its number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            throw ChildProcess.Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        devicePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit { close(master) }

    /// TIOCSPTLCK and TIOCGPTN (function-like macros, so not imported).
    private static let setLock: UInt = 0x4004_5431
    private static let getNumber: UInt = 0x8004_5430

    /// Starts a program on this terminal, leading a session of its own.
    func start(_ arguments: [String], environment: [String: String]) throws -> ChildProcess {
        var environment = environment
        environment["LINES"] = String(rows)
        environment["COLUMNS"] = String(columns)
        return try ChildProcess.start(
            arguments, environment: environment, input: devicePath, output: devicePath, errors: devicePath, newSession: true
        )
    }

    /// Types bytes as keys.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if result > 0 { written += result } else if errno != EAGAIN && errno != EINTR { return }
        }
    }

    /// Where the text shown so far ends: waits look for text shown after such a mark.
    var mark: Int { shown.utf8.count }

    /// Reads until `text` is shown after `mark`; the time at which it was seen.
    @discardableResult
    func wait(for text: String, after mark: Int = 0, timeout: Duration = .seconds(60)) throws -> ContinuousClock.Instant {
        let deadline = ContinuousClock.now + timeout
        while true {
            if String(decoding: shown.utf8.dropFirst(mark), as: UTF8.self).contains(text) { return .now }
            guard ContinuousClock.now < deadline else { throw Timeout(waitingFor: "«\(text)»", shown: shown) }
            readAvailable(waitingUpTo: .milliseconds(20))
        }
    }

    /// Reads until the program has written nothing for `quiet` (it has finished drawing).
    func waitUntilQuiet(_ quiet: Duration = .milliseconds(150), timeout: Duration = .seconds(60)) {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, readAvailable(waitingUpTo: quiet) {}
    }

    /// Reads what the program wrote, waiting up to `limit` for the first byte; false when
    /// nothing came (or the program has closed the terminal).
    @discardableResult
    func readAvailable(waitingUpTo limit: Duration) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(limit.milliseconds.rounded(.up))
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        var got = false
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { break }
            got = true
            pending += buffer[0..<count]
        }
        if got { shown += TerminalText.strip(&pending) }
        return got
    }
}
