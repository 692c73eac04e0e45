import EzhTUI
import Foundation
import GRDB

/// Peak memory and the longest write-lock hold of every measured action, each in a real process:
/// the real `ezh` in a pseudo-terminal, typed into as a person would, or the command itself.
/// The process's peak resident size comes from `wait4` when it ends (sign-in and start-up
/// included: that is the process a person runs); the write lock is watched by a probe from
/// this process while the action runs (its keys typed to its last screen drawn).
struct FootprintBenchmarks {
    let databasePath: String
    let tools: BenchmarkTools
    /// How long one step may take before the run fails naming what it waited for.
    let stepTimeout: Duration

    static let budget = BenchmarkResult.Budget.footprint(megabytes: 100, lockMilliseconds: 100)

    /// One step of a scripted session: keys, then what shows they were acted on.
    struct Step {
        enum Until {
            /// Text shown on the screen.
            case text(String)
            /// New access-log entries of this action by this login (the read or write happened).
            case logged(action: String, login: String, count: Int)
            /// The program stopped drawing.
            case quiet
        }

        let keys: [Key]
        let until: Until
    }

    /// A session: what leads up to the action (not watched for the lock), then the action.
    struct Script {
        let name: String
        let prelude: [Step]
        let action: [Step]
    }

    static func signIn(_ login: String, until: Step.Until? = nil) -> Step {
        Step(keys: UserKeys.signIn(login), until: until ?? .logged(action: "sign_in", login: login, count: 1))
    }

    /// Every front-end action measured.
    static func scripts(className: String, quarter: (from: String, to: String)) -> [Script] {
        let openGrid = Step(keys: UserKeys.openTodaysGrid, until: .logged(action: "open_page", login: "teacher", count: 1))
        return [
            Script(name: "sign in", prelude: [], action: [signIn("teacher")]),
            Script(name: "open a grid", prelude: [signIn("teacher")], action: [openGrid]),
            Script(name: "enter a mark", prelude: [signIn("teacher"), openGrid], action: [
                Step(keys: UserKeys.text("4") + [.up] + UserKeys.text("5"), until: .logged(action: "change", login: "teacher", count: 1)),
            ]),
            Script(name: "enter attendance", prelude: [signIn("teacher"), openGrid], action: [
                Step(keys: UserKeys.attendanceTab, until: .logged(action: "open_page", login: "teacher", count: 1)),
                Step(keys: UserKeys.text("н") + [.up, .delete], until: .logged(action: "change", login: "teacher", count: 1)),
            ]),
            Script(name: "access report: F3, class and quarter", prelude: [signIn("deputy")], action: [
                Step(keys: UserKeys.accessReport, until: .logged(action: "report", login: "deputy", count: 1)),
                Step(keys: UserKeys.filterReport(className: className, from: quarter.from, to: quarter.to),
                     until: .logged(action: "report", login: "deputy", count: 1)),
            ]),
            Script(name: "access log: F5, filter, 3 pages", prelude: [signIn("admin")], action: [
                Step(keys: UserKeys.accessLog, until: .logged(action: "audit", login: "admin", count: 1)),
                Step(keys: UserKeys.filterLog(className: className), until: .logged(action: "audit", login: "admin", count: 1)),
                Step(keys: [.pageDown, .pageDown, .pageDown], until: .quiet),
            ]),
            Script(name: "deputy's overview, F9", prelude: [signIn("deputy")], action: [
                Step(keys: UserKeys.teachersDue, until: .text(ScreenText.teachersDue)),
            ]),
            Script(name: "diary: sign in, another week", prelude: [], action: [
                signIn("parent", until: .logged(action: "read", login: "parent", count: 1)),
                Step(keys: [.left], until: .logged(action: "read", login: "parent", count: 1)),
            ]),
        ]
    }

    func run(className: String, quarter: (from: String, to: String), progress: (String) -> Void) throws -> [BenchmarkResult] {
        let probe = try WriteLockProbe(journal: databasePath)
        defer { probe.stop() }
        let log = try DatabaseQueue(path: databasePath)
        var results: [BenchmarkResult] = []
        progress("footprint: start-up")
        results.append(try startUp(probe))
        for script in Self.scripts(className: className, quarter: quarter) {
            progress("footprint: \(script.name)")
            results.append(try run(script, probe: probe, log: log))
        }
        progress("footprint: ezh audit log --format csv")
        results.append(try command("ezh audit log --format csv > file", ["audit", "log", "--db", databasePath, "--format", "csv"], probe))
        progress("footprint: ezh audit verify")
        results.append(try command("ezh audit verify", ["audit", "verify", "--db", databasePath], probe))
        return results
    }

    private func startUp(_ probe: WriteLockProbe) throws -> BenchmarkResult {
        let terminal = try PseudoTerminal()
        _ = probe.takeLongestWait()
        let child = try terminal.start(tools.ezhDemo(databasePath), environment: tools.environment)
        try terminal.wait(for: ScreenText.loginScreen)
        terminal.waitUntilQuiet()
        let hold = probe.takeLongestWait()
        return try finish(child, terminal, name: "start-up to the login screen", hold: hold)
    }

    private func run(_ script: Script, probe: WriteLockProbe, log: DatabaseQueue) throws -> BenchmarkResult {
        let terminal = try PseudoTerminal()
        let child = try terminal.start(tools.ezhDemo(databasePath), environment: tools.environment)
        do {
            try terminal.wait(for: ScreenText.loginScreen)
            for step in script.prelude { try perform(step, terminal, log: log) }
            _ = probe.takeLongestWait()
            for step in script.action { try perform(step, terminal, log: log) }
            let hold = probe.takeLongestWait()
            return try finish(child, terminal, name: script.name, hold: hold)
        } catch {
            child.kill()
            throw error
        }
    }

    private func perform(_ step: Step, _ terminal: PseudoTerminal, log: DatabaseQueue) throws {
        let mark = terminal.mark
        let seen = try lastEntry(log)
        terminal.type(UserKeys.bytes(step.keys))
        switch step.until {
        case .text(let text):
            try terminal.wait(for: text, after: mark, timeout: stepTimeout)
        case .logged(let action, let login, let count):
            let deadline = ContinuousClock.now + stepTimeout
            while try newEntries(log, after: seen, action: action, login: login) < count {
                guard ContinuousClock.now < deadline else {
                    throw PseudoTerminal.Timeout(waitingFor: "\(count) «\(action)» entries by \(login)", shown: terminal.shown)
                }
                terminal.readAvailable(waitingUpTo: .milliseconds(10))
            }
        case .quiet:
            break
        }
        terminal.waitUntilQuiet()
    }

    private func lastEntry(_ log: DatabaseQueue) throws -> Int64 {
        try log.read { try Int64.fetchOne($0, sql: "SELECT ifnull(max(seq), 0) FROM access_log") ?? 0 }
    }

    private func newEntries(_ log: DatabaseQueue, after seq: Int64, action: String, login: String) throws -> Int {
        try log.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM access_log WHERE seq > ? AND action = ? AND login = ?",
                             arguments: [seq, action, login]) ?? 0
        }
    }

    /// The process's peak memory after the action, then F10.
    private func finish(_ child: ChildProcess, _ terminal: PseudoTerminal, name: String, hold: Duration) throws -> BenchmarkResult {
        let peak = child.peakMegabytes()
        terminal.type(UserKeys.bytes(UserKeys.quit))
        terminal.waitUntilQuiet()
        let outcome = try child.wait()
        guard outcome.exitCode == 0, let peak else {
            throw ChildProcess.Failure(description: "ezh exited with \(outcome.exitCode) after «\(name)»")
        }
        return BenchmarkResult(name: "footprint: \(name)", measured: nil, budget: Self.budget, megabytes: peak, lockHold: hold)
    }

    private func command(_ name: String, _ arguments: [String], _ probe: WriteLockProbe) throws -> BenchmarkResult {
        _ = probe.takeLongestWait()
        let outcome = try ChildProcess.run(
            [tools.ezh] + arguments, environment: tools.environment, output: tools.scratchFile("footprint.out"),
            errors: tools.scratchFile("footprint.err"), watchingPeak: true
        )
        let hold = probe.takeLongestWait()
        try? FileManager.default.removeItem(atPath: tools.scratchFile("footprint.out"))
        return BenchmarkResult(name: "footprint: \(name)", measured: nil, budget: Self.budget, megabytes: outcome.peakMegabytes,
                               lockHold: hold)
    }
}
