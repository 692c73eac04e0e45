import ArgumentParser
import EzhCore
import EzhService
import EzhStore
import EzhWeb
import Foundation

/// `ezh serve`: the web diary for parents and pupils (docs/web.md, docs/operations.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serves the web diary for parents and pupils (localhost by default).",
        discussion: """
            Parents and pupils sign in with their journal accounts and see only their own children's \
            diary and messages. It listens on 127.0.0.1 unless --host says otherwise: put nginx with TLS \
            in front of it (docs/operations.md) and pass --behind-proxy, so the client's address comes \
            from the proxy's X-Real-IP. Stops on SIGTERM or Ctrl-C.
            """
    )

    @Option(name: .long, help: "The journal database file (with --demo: the demo school's file).")
    var db: String?

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The TCP port to listen on (0: any free port, said on stderr).")
    var port = 8080

    @Flag(name: .long, help: "Trust X-Real-IP from a proxy on this machine (nginx) for the client's address.")
    var behindProxy = false

    @Option(name: .long, help: "Minutes without a request after which a web session ends.")
    var idleMinutes = 30

    @Option(name: .long, help: "Hours after sign-in after which a web session ends in any case.")
    var sessionHours = 12

    @Option(name: .long, help: "A folder of static files to serve under /files/ (a school's logo, a notice to print).")
    var files: String?

    @Flag(name: .long, help: "Serve the demo school (created first when the file has none), on the demo clock.")
    var demo = false

    @Option(help: "With --demo: the demo school's time, \"YYYY-MM-DD HH:MM\" in the school's zone.")
    var now: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535 (0: any free port).") }
        guard (1...1440).contains(idleMinutes), (1...720).contains(sessionHours) else {
            throw ValidationError("--idle-minutes must be 1–1440 and --session-hours 1–720.")
        }
        if now != nil && !demo { throw ValidationError("--now is for the demo school only (--demo).") }
    }

    func run() throws {
        let path = demo ? DatabaseLocation.demo(db) : DatabaseLocation.journal(db)
        try reportingFailures(database: path) {
            let service: JournalService
            if demo {
                service = try DemoLauncher.openOrCreate(path: path, now: now).service
            } else {
                service = try ShellService.open(path)
            }
            let app = WebApp(
                journal: service, policy: WebSessionPolicy(idleMinutes: idleMinutes, absoluteHours: sessionHours),
                trustsProxy: behindProxy, filesFolder: files
            )
            let (host, port) = (host, port)
            let failure = LockedFailure()
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await WebServer.run(app: app, host: host, port: port) } catch { failure.set(error) }
                done.signal()
            }
            done.wait()
            if let error = failure.error { throw error }
        }
    }
}

/// The server task's error, handed back to the command's thread.
private final class LockedFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
