import Foundation

/// A program run as a child of this process, with its wall time and its peak resident memory.
/// The peak is the kernel's high-water mark of the child's own memory (`VmHWM` in
/// /proc/PID/status), read while it runs: `ru_maxrss` from `wait4` would not do, since Linux
/// counts into it the memory of the process that started the child, this large one.
struct ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// How a finished child went.
    struct Outcome {
        let exitCode: Int32
        let wallTime: Duration
        /// The highest `peakMegabytes` seen while waiting (nil when never read).
        let peakMegabytes: Double?
    }

    let pid: pid_t
    let started: ContinuousClock.Instant

    /// Starts `arguments[0]` (a path) with `environment`. Its standard input, output and error
    /// go to the files or terminal named (`/dev/null` when nil). With `newSession` it leads a
    /// session of its own, so the terminal it opens first becomes its controlling terminal.
    static func start(
        _ arguments: [String], environment: [String: String], input: String? = nil, output: String? = nil,
        errors: String? = nil, newSession: Bool = false
    ) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDWR, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let errors, errors == output {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, errors ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc's value; the constant is not imported into Swift).
        if newSession { posix_spawnattr_setflags(&attributes, 0x80) }

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        return ChildProcess(pid: pid, started: started)
    }

    /// The child's peak resident memory so far, nil once it has ended.
    func peakMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }

    /// Waits for the child to end; when `watchingPeak`, reads its peak memory every 2 ms until
    /// then (otherwise it just sleeps, so as not to take time from a child being timed).
    func wait(watchingPeak: Bool = false) throws -> Outcome {
        var status: Int32 = 0
        var peak: Double?
        while true {
            if watchingPeak, let now = peakMegabytes() { peak = max(peak ?? 0, now) }
            let ended = waitpid(pid, &status, watchingPeak ? WNOHANG : 0)
            if ended == pid { break }
            guard ended == 0 || errno == EINTR else { throw Failure(description: "waitpid: \(String(cString: strerror(errno)))") }
            usleep(2000)
        }
        let wallTime = ContinuousClock.now - started
        // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
        let exited = status & 0x7F == 0
        return Outcome(exitCode: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), wallTime: wallTime, peakMegabytes: peak)
    }

    /// Ends the child at once (a benchmark that failed half-way leaves no process behind).
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
        _ = try? wait()
    }

    /// Runs a program to its end; a nonzero exit is an error naming the program.
    static func run(
        _ arguments: [String], environment: [String: String], input: String? = nil, output: String? = nil, errors: String? = nil,
        watchingPeak: Bool = false
    ) throws -> Outcome {
        let outcome = try start(arguments, environment: environment, input: input, output: output, errors: errors)
            .wait(watchingPeak: watchingPeak)
        guard outcome.exitCode == 0 else {
            let said = errors.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
            throw Failure(description: "\(arguments.joined(separator: " ")) exited with \(outcome.exitCode)\(said.isEmpty ? "" : ": " + said)")
        }
        return outcome
    }
}
