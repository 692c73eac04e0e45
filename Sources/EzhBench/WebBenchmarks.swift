import EzhCore
import EzhService
import Foundation

/// The web diary under load (issue 14): `ezh serve` as its own process on loopback, 200 signed-in
/// family sessions (pupil accounts across the large school) asking for their diary's marks page
/// at once, measured by wrk against the same server sending a static file of the same size.
/// Every diary page is the service's logged read (an access-log entry, a short write), so the
/// ratio is the price of reading and logging.
struct WebBenchmarks {
    let databasePath: String
    let service: JournalService
    let tools: BenchmarkTools
    /// Concurrent sessions and connections: 200 in `make bench`, a few in the smoke test.
    let sessions: Int
    /// How long each wrk run lasts.
    let seconds: Int

    init(databasePath: String, service: JournalService, tools: BenchmarkTools, counts: SampleCounts) {
        self.databasePath = databasePath
        self.service = service
        self.tools = tools
        let full = counts.fast.count >= 200
        sessions = full ? 200 : 10
        seconds = full ? 15 : 2
    }

    static let password = "Нагрузка-веб-2027"

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        progress("web diary: \(sessions) sessions")
        let wrk = try Self.tool("wrk"), curl = try Self.tool("curl")
        let cookies = try signInSessions()
        let folder = tools.scratchFile("web")
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder + "/files", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cookieFile = folder + "/sessions.txt"
        try cookies.map { "\($0.token) \($0.pupil.rawValue)" }.joined(separator: "\n").write(toFile: cookieFile, atomically: true, encoding: .utf8)
        try Self.script.write(toFile: folder + "/diary.lua", atomically: true, encoding: .utf8)

        let errors = folder + "/serve.err"
        let server = try ChildProcess.start(
            [tools.ezh, "serve", "--demo", "--db", databasePath, "--now", BenchmarkSchool.momentText, "--port", "0",
             "--files", folder + "/files"],
            environment: tools.environment, errors: errors
        )
        defer { server.kill(); _ = try? server.wait() }
        let url = try Self.listeningURL(errors)

        // The static file is exactly as long as one diary page.
        let page = folder + "/page.html"
        let first = cookies[0]
        try ChildProcess.run(
            [curl, "-sf", "-o", page, "-H", "Cookie: ezh_session=\(first.token)", url + "pupil/\(first.pupil.rawValue)"],
            environment: tools.environment
        )
        let size = (try FileManager.default.attributesOfItem(atPath: page)[.size] as? Int) ?? 0
        guard size > 1000 else { throw ChildProcess.Failure(description: "the diary page is \(size) bytes: not signed in?") }
        try FileManager.default.copyItem(atPath: page, toPath: folder + "/files/page.html")

        let diary = try runWrk(wrk, [url, "-s", folder + "/diary.lua", "--", cookieFile], folder: folder, name: "diary")
        let plain = try runWrk(wrk, [url + "files/page.html", "-s", folder + "/diary.lua", "--", "static"], folder: folder, name: "static")
        return [BenchmarkResult(
            name: "web diary page, \(sessions) sessions", measured: diary.samples, baseline: plain.samples,
            baselineName: "\(diary.perSecond) req/s; a static file of \(size) B, \(plain.perSecond) req/s",
            budget: .milliseconds(Self.p99Budget)
        )]
    }

    /// docs/performance.md: a parent waits no longer than this for the page at the 99th percentile.
    static let p99Budget = 1000.0

    /// One web session per pupil account, made through the service as the sign-in page makes
    /// them; the accounts are made once (by the administrator) and kept for the next run.
    private func signInSessions() throws -> [(token: String, pupil: PupilID)] {
        let admin = try service.signIn(login: "admin", password: "demo")
        let policy = WebSessionPolicy(idleMinutes: 60, absoluteHours: 2)
        var opened: [(token: String, pupil: PupilID)] = []
        var number: Int64 = 0
        var misses = 0
        while opened.count < sessions && misses < 1000 {
            // Pupils from across the school, not one class.
            number += sessions >= 100 ? 3 : 1
            let pupil = PupilID(number)
            let login = "webbench.\(number)"
            // Each account signs in from a "terminal" of its own: the first run's unknown logins
            // would otherwise lock this one terminal after ten.
            let family = try service.seen(from: TerminalInfo(tty: "bench-web", remoteAddress: login))
            var session = try? family.signIn(login: login, password: Self.password)
            if session == nil {
                guard let issued = try? service.createFamilyAccount(admin, holder: .pupil(pupil), login: login) else {
                    misses += 1
                    continue
                }
                let first = try family.signIn(login: login, password: issued.oneTimePassword)
                session = try family.changePassword(first, old: issued.oneTimePassword, new: Self.password)
            }
            guard let session, try service.diaryPupils(session).contains(where: { $0.id == pupil }) else {
                misses += 1
                continue
            }
            opened.append((try service.openWebSession(session, policy: policy), pupil))
        }
        guard opened.count == sessions else {
            throw ChildProcess.Failure(description: "only \(opened.count) pupils of the school could sign in to the web")
        }
        return opened
    }

    private func runWrk(_ wrk: String, _ target: [String], folder: String, name: String) throws -> (samples: Samples, perSecond: Int) {
        let output = folder + "/\(name).out"
        try ChildProcess.run(
            [wrk, "-t2", "-c\(sessions)", "-d\(seconds)s", "--timeout", "10s"] + target,
            environment: tools.environment, output: output, errors: output
        )
        let text = try String(contentsOfFile: output, encoding: .utf8)
        var percentiles: [Duration] = []
        var requests = 0, failed = 0, microseconds = 1
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            switch words.first {
            case "pct": if let value = Int(words.last ?? "") { percentiles.append(.microseconds(value)) }
            case "requests": requests = Int(words.last ?? "") ?? 0
            case "failed": failed = Int(words.last ?? "") ?? 0
            case "duration": microseconds = max(1, Int(words.last ?? "") ?? 1)
            default: break
            }
        }
        guard percentiles.count == 100, requests > 0, failed == 0 else {
            throw ChildProcess.Failure(description: "wrk on the \(name): \(failed) failed of \(requests) requests\n\(text)")
        }
        return (Samples(percentiles), requests * 1_000_000 / microseconds)
    }

    private static func listeningURL(_ errors: String) throws -> String {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            if let line = said.split(separator: "\n").first(where: { $0.hasPrefix("ezh serve: listening on ") }),
               let start = line.range(of: "http://") {
                return String(line[start.lowerBound...])
            }
            usleep(100_000)
        }
        throw ChildProcess.Failure(description: "ezh serve did not start: " + ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""))
    }

    private static func tool(_ name: String) throws -> String {
        guard let path = ["/usr/bin/", "/bin/"].map({ $0 + name }).first(where: FileManager.default.isExecutableFile) else {
            throw ChildProcess.Failure(description: "\(name) is not installed (make deps)")
        }
        return path
    }

    /// wrk's script: each request takes the next session in turn (its cookie and its pupil's
    /// page); "static" asks for the file with no cookie. At the end: the latency at every
    /// percentile (so the report's p50 and p99 are wrk's own), the count and the failures.
    static let script = """
        local sessions = {}
        local next_one = 0
        function init(args)
          if args[1] ~= "static" then
            for line in io.lines(args[1]) do
              local token, pupil = line:match("(%S+) (%S+)")
              table.insert(sessions, { token = token, pupil = pupil })
            end
            next_one = math.random(#sessions)
          end
        end
        function request()
          if #sessions == 0 then return wrk.format("GET") end
          next_one = next_one % #sessions + 1
          local s = sessions[next_one]
          return wrk.format("GET", "/pupil/" .. s.pupil, { ["Cookie"] = "ezh_session=" .. s.token })
        end
        local threads = {}
        function setup(thread) table.insert(threads, thread) end
        not_ok = 0
        function response(status, headers, body)
          if status ~= 200 then not_ok = not_ok + 1 end
        end
        function done(summary, latency, requests)
          for p = 1, 100 do io.write(string.format("pct %d %d\\n", p, latency:percentile(p))) end
          local e = summary.errors
          local failed = e.connect + e.read + e.write + e.timeout
          for _, thread in ipairs(threads) do failed = failed + thread:get("not_ok") end
          io.write(string.format("requests %d\\nfailed %d\\nduration %d\\n", summary.requests, failed, summary.duration))
        end
        """
}
