import Foundation
import XCTest

/// Several real `ezh` processes on one database file at once, as on a staff-room server: every
/// write lands, and the access log's chain still holds.
final class ConcurrentProcessesTests: XCTestCase {
    private static func run(_ binary: String, _ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testFourProcessesWritingAtOnceKeepEveryEntryAndTheChain() throws {
        guard let binary = TmuxSession.ezhBinary else { throw XCTSkip("the ezh binary is not built") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-procs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("journal.sqlite").path

        let created = try Self.run(binary, [
            "init", "--db", db, "--school", "Школа № 1", "--timezone", "Asia/Yekaterinburg", "--admin", "admin",
            "--password-stdin",
        ], input: "Пароль-администратора\n")
        XCTAssertEqual(created.status, 0, created.output)

        // Each `ezh audit log` appends one entry (the reading itself) in its own write transaction.
        let rounds = 10
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<rounds {
                let result = try? Self.run(binary, ["audit", "log", "--db", db, "--action", "sign_in"])
                XCTAssertEqual(result?.status, 0, result?.output ?? "did not run")
            }
        }
        let verified = try Self.run(binary, ["audit", "verify", "--db", db])
        XCTAssertEqual(verified.status, 0, verified.output)
        XCTAssertTrue(verified.output.contains("\(4 * rounds + 1) записей"), verified.output)
    }

    func testBadInputGetsAClearMessageAndAnExitCodeScriptsCanTrust() throws {
        guard let binary = TmuxSession.ezhBinary else { throw XCTSkip("the ezh binary is not built") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("journal.sqlite").path

        let badZone = try Self.run(binary, [
            "init", "--db", db, "--school", "Школа", "--timezone", "Europe/Atlantis", "--admin", "admin", "--password-stdin",
        ], input: "Пароль-администратора\n")
        XCTAssertEqual(badZone.status, 1)
        XCTAssertTrue(badZone.output.contains("Europe/Atlantis"), badZone.output)

        let shortPassword = try Self.run(binary, [
            "init", "--db", db, "--school", "Школа", "--timezone", "Europe/Moscow", "--admin", "admin", "--password-stdin",
        ], input: "123\n")
        XCTAssertEqual(shortPassword.status, 1)
        XCTAssertTrue(shortPassword.output.contains("не короче 8"), shortPassword.output)

        XCTAssertEqual(try Self.run(binary, ["init", "--db", db, "--school", "Школа", "--timezone", "Europe/Moscow",
                                        "--admin", "admin", "--password-stdin"], input: "Пароль-администратора\n").status, 0)
        let movedClock = try Self.run(binary, ["demo", "--db", db, "--now", "2026-11-27 20:55"])
        XCTAssertEqual(movedClock.status, 1, "a real school's database refuses the demo clock")
        XCTAssertTrue(movedClock.output.contains("демонстрационн"), movedClock.output)

        let missing = try Self.run(binary, ["audit", "verify", "--db", directory.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.output.contains("ezh init"), missing.output)

        let usage = try Self.run(binary, ["init", "--school", "Школа"])
        XCTAssertEqual(usage.status, 64, usage.output)
    }
}
