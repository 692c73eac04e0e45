import Foundation
import XCTest

/// Several real `ezh` processes on one database file at once, as on a staff-room server: every
/// write lands, and the access log's chain still holds.
final class ConcurrentProcessesTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    func testFourProcessesWritingAtOnceKeepEveryEntryAndTheChain() throws {
        let db = database
        let created = try ezh([
            "init", "--db", db, "--school", "Школа № 1", "--timezone", "Asia/Yekaterinburg", "--admin", "admin",
            "--password-stdin",
        ], input: "Пароль-администратора\n")
        XCTAssertEqual(created.status, 0, created.errors)

        // Each `ezh audit log` appends one entry (the reading itself) in its own write transaction.
        let rounds = 10
        let command = [ezhBinary, "audit", "log", "--db", db, "--action", "sign_in"]
        let home = ["HOME": folder.path]
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<rounds {
                let result = try? CommandRun.run(command, environment: home)
                XCTAssertEqual(result?.status, 0, result?.errors ?? "did not run")
            }
        }
        let verified = try ezh(["audit", "verify", "--db", db])
        XCTAssertEqual(verified.status, 0, verified.errors)
        // The school's creation and its signing key are the first two entries.
        XCTAssertTrue(verified.output.contains("\(4 * rounds + 2) записей"), verified.output)
    }

    func testBadInputGetsAClearMessageAndAnExitCodeScriptsCanTrust() throws {
        let db = database

        let badZone = try ezh([
            "init", "--db", db, "--school", "Школа", "--timezone", "Europe/Atlantis", "--admin", "admin", "--password-stdin",
        ], input: "Пароль-администратора\n")
        XCTAssertEqual(badZone.status, 1)
        XCTAssertTrue(badZone.errors.contains("Europe/Atlantis"), badZone.errors)

        let shortPassword = try ezh([
            "init", "--db", db, "--school", "Школа", "--timezone", "Europe/Moscow", "--admin", "admin", "--password-stdin",
        ], input: "123\n")
        XCTAssertEqual(shortPassword.status, 1)
        XCTAssertTrue(shortPassword.errors.contains("не короче 8"), shortPassword.errors)

        XCTAssertEqual(try ezh(["init", "--db", db, "--school", "Школа", "--timezone", "Europe/Moscow",
                                "--admin", "admin", "--password-stdin"], input: "Пароль-администратора\n").status, 0)
        let movedClock = try ezh(["demo", "--db", db, "--now", "2026-11-27 20:55"])
        XCTAssertEqual(movedClock.status, 1, "a real school's database refuses the demo clock")
        XCTAssertTrue(movedClock.errors.contains("демонстрационн"), movedClock.errors)

        let missing = try ezh(["audit", "verify", "--db", folder.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("ezh init"), missing.errors)

        let usage = try ezh(["init", "--school", "Школа"])
        XCTAssertEqual(usage.status, 64, usage.errors)
    }
}
