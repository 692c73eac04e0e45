import EzhCore
import Foundation

/// What only a whole process shows: start-up to the first frame in a real terminal, the first
/// grid of a process, and the commands that read the whole access log. Each is interleaved with
/// its baseline, also a whole process.
struct ProcessBenchmarks {
    let databasePath: String
    let facts: SchoolFacts
    let counts: SampleCounts
    let tools: BenchmarkTools

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        progress("start-up")
        var results = [try startUp()]
        progress("cold grid")
        results.append(try coldGrid())
        progress("ezh audit log --format csv")
        results.append(try auditLogCSV())
        progress("ezh audit verify")
        results.append(try auditVerify())
        return results
    }

    /// `ezh demo` started in a 100×30 pseudo-terminal until the login screen is shown, against
    /// `echo` started in one until its word is shown.
    private func startUp() throws -> BenchmarkResult {
        let environment = tools.environment
        let (measured, baseline) = try Samples.interleavedTimings(counts.processes, {
            let terminal = try PseudoTerminal()
            let child = try terminal.start(tools.ezhDemo(databasePath), environment: environment)
            let shown: ContinuousClock.Instant
            do {
                shown = try terminal.wait(for: ScreenText.loginScreen)
            } catch {
                child.kill()
                throw error
            }
            terminal.type(UserKeys.bytes(UserKeys.quit))
            terminal.waitUntilQuiet()
            let outcome = try child.wait()
            guard outcome.exitCode == 0 else { throw ChildProcess.Failure(description: "ezh exited with \(outcome.exitCode) after F10") }
            return shown - child.started
        }, baseline: {
            let terminal = try PseudoTerminal()
            let child = try terminal.start(["/bin/echo", "baseline-ready"], environment: environment)
            let shown = try terminal.wait(for: "baseline-ready")
            _ = try child.wait()
            return shown - child.started
        })
        return BenchmarkResult(
            name: "start-up to the login screen (process)", measured: measured, baseline: baseline,
            baselineName: "echo to its word", budget: .none
        )
    }

    /// The first grid a process opens (signed in, Enter on today's lesson, its frame), each in a
    /// new `ezh-bench` process, against the first plain query of its cells in a new process.
    private func coldGrid() throws -> BenchmarkResult {
        let page = facts.lesson.page
        let pageArguments = [
            String(page.classID.rawValue), String(page.subjectID.rawValue), String(page.subgroupID?.rawValue ?? 0),
            facts.period.span.first.iso, facts.period.span.last.iso,
        ]
        let (measured, baseline) = try Samples.interleavedTimings(counts.processes, {
            try firstInProcess(.grid, [])
        }, baseline: {
            try firstInProcess(.gridCells, pageArguments)
        })
        return BenchmarkResult(
            name: "open a grid, cold: first in a process (UI)", measured: measured, baseline: baseline,
            baselineName: "first plain SQL of its cells", budget: .milliseconds(20)
        )
    }

    private func firstInProcess(_ mode: FirstInProcess, _ arguments: [String]) throws -> Duration {
        let output = tools.scratchFile("first-in-process.txt")
        _ = try ChildProcess.run(
            [tools.ezhBench, "--child", mode.rawValue, databasePath] + arguments, environment: tools.environment,
            output: output, errors: tools.scratchFile("first-in-process.err")
        )
        let text = try String(contentsOfFile: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let microseconds = Int64(text) else { throw ChildProcess.Failure(description: "ezh-bench --child \(mode.rawValue) printed «\(text)»") }
        return .microseconds(microseconds)
    }

    /// The columns `ezh audit log --format csv` prints, as stored.
    static let auditColumns = "seq, at, login, role, terminal, action, object, lesson_date, late_permission_id, detail"

    /// The whole access log as CSV into a file, against `sqlite3 -csv` writing the same rows.
    private func auditLogCSV() throws -> BenchmarkResult {
        let ezhOutput = tools.scratchFile("audit-log.csv")
        let plainOutput = tools.scratchFile("audit-log-sqlite3.csv")
        let errors = tools.scratchFile("audit-log.err")
        var checked = false
        let (measured, baseline) = try Samples.interleavedTimings(counts.commands, {
            let rows = try entries()
            let outcome = try ChildProcess.run(
                [tools.ezh, "audit", "log", "--db", databasePath, "--format", "csv"], environment: tools.environment,
                output: ezhOutput, errors: errors
            )
            if !checked {
                // ezh logs its own reading before the first row, so it prints one entry more.
                let lines = try Self.lineCount(ezhOutput)
                guard lines == rows + 2 else {
                    throw ChildProcess.Failure(description: "ezh audit log printed \(lines) lines for \(rows) entries, its own and a header")
                }
                checked = true
            }
            return outcome.wallTime
        }, baseline: {
            try ChildProcess.run(
                [tools.sqlite3, "-csv", "-header", databasePath, "SELECT \(Self.auditColumns) FROM access_log ORDER BY seq DESC"],
                environment: tools.environment, output: plainOutput, errors: errors
            ).wallTime
        })
        for file in [ezhOutput, plainOutput] { try? FileManager.default.removeItem(atPath: file) }
        return BenchmarkResult(
            name: "ezh audit log --format csv > file", measured: measured, baseline: baseline,
            baselineName: "sqlite3 -csv of the same rows", budget: .ratio(2)
        )
    }

    /// The whole chain checked, against `sqlite3` reading every entry in order; the entries
    /// checked a second (at p50) go with it.
    private func auditVerify() throws -> BenchmarkResult {
        let errors = tools.scratchFile("audit-verify.err")
        let (measured, baseline) = try Samples.interleavedTimings(counts.commands, {
            try ChildProcess.run([tools.ezh, "audit", "verify", "--db", databasePath], environment: tools.environment, errors: errors)
                .wallTime
        }, baseline: {
            try ChildProcess.run([tools.sqlite3, databasePath, "SELECT * FROM access_log ORDER BY seq"],
                                 environment: tools.environment, errors: errors).wallTime
        })
        var result = BenchmarkResult(
            name: "ezh audit verify", measured: measured, baseline: baseline,
            baselineName: "sqlite3 reading every entry", budget: .none
        )
        let checked = try entries()
        result.note = "\(checked) entries, \(Int(Double(checked) / (measured.p50.milliseconds / 1000))) entries/s"
        return result
    }

    private func entries() throws -> Int {
        let output = tools.scratchFile("entries.txt")
        _ = try ChildProcess.run([tools.sqlite3, databasePath, "SELECT count(*) FROM access_log"], environment: tools.environment,
                                 output: output)
        return Int(try String(contentsOfFile: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Lines in a file (a CSV field with a line break would count twice; the log's have none).
    static func lineCount(_ path: String) throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ChildProcess.Failure(description: "cannot read \(path)") }
        defer { try? handle.close() }
        var lines = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        return lines
    }
}
