import Foundation
import XCTest

/// `ezh serve` on the demo school as its own process, on a free loopback port: started, read
/// until it says where it listens, and stopped with SIGTERM.
final class ServedDiary {
    let process = Process()
    let url: String
    private let errorPath: String

    init(binary: String, database: String, home: String, now: String, timeout: TimeInterval = 600) throws {
        errorPath = home + "/serve.err"
        FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--demo", "--db", database, "--now", now, "--port", "0"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            if let line = errors.split(separator: "\n").first(where: { $0.hasPrefix("ezh serve: listening on ") }),
               let range = line.range(of: "http://") {
                // Browsers keep a Secure cookie over plain http only for "localhost".
                url = String(line[range.lowerBound...]).trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: "http://127.0.0.1:", with: "http://localhost:")
                return
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        process.terminate()
        let said = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        throw NSError(domain: "ezh serve", code: 1, userInfo: [NSLocalizedDescriptionKey: "did not start: \(said)"])
    }

    var errors: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit { stop() }
}
