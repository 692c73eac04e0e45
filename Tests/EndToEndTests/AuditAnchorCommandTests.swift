import Foundation
import XCTest

/// `ezh audit checkpoint` and `ezh audit verify --against` with the real binary on real files:
/// an older copy of the journal and a chain changed with the sqlite3 shell are caught.
final class AuditAnchorCommandTests: XCTestCase {
    private var folder: JournalFolder!

    override func setUpWithError() throws {
        folder = try JournalFolder()
    }

    func testAnOlderCopyAndARewrittenEntryAreCaughtByExportedCheckpoints() throws {
        let sqlite3 = try CommandRun.tool("sqlite3")
        let db = try folder.makeJournal()
        // The key made by `ezh init` is moved away, as it is on a terminal.
        try FileManager.default.moveItem(atPath: db + ".key", toPath: folder.path("key.saved"))
        let refused = try folder.ezh(["audit", "checkpoint", "--db", db])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("ключ школы"), refused.errors)
        try FileManager.default.moveItem(atPath: folder.path("key.saved"), toPath: db + ".key")

        let first = try folder.ezh(["audit", "checkpoint", "--db", db, "--out", folder.path("first.json")])
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertNotNil(first.output.range(of: #"^Контрольная точка: запись № \d+, [0-9a-f]{64} → /"#, options: .regularExpression), first.output)
        let older = folder.path("older.sqlite")
        XCTAssertEqual(try CommandRun.run([sqlite3, db, ".backup '\(older)'"]).status, 0)
        XCTAssertEqual(try folder.ezh(["audit", "log", "--db", db]).status, 0, "a read adds an entry")
        let second = try folder.ezh(["audit", "checkpoint", "--db", db, "--out", folder.path("second.json")])
        XCTAssertEqual(second.status, 0, second.errors)

        let sound = try folder.ezh(["audit", "verify", "--db", db, "--against", folder.path("first.json")])
        XCTAssertEqual(sound.status, 0, sound.errors)
        XCTAssertTrue(sound.output.contains("всеми подписанными контрольными точками: 3"), sound.output)

        let old = try folder.ezh(["audit", "verify", "--db", older, "--against", folder.path("second.json")])
        XCTAssertEqual(old.status, 1, old.output)
        XCTAssertTrue(old.errors.contains("более старой копией"), old.errors)
        XCTAssertTrue(old.errors.contains("second.json"), old.errors)
        XCTAssertTrue(old.output.contains("Журнал доступа цел"), "the older copy is whole by itself: \(old.output)")

        let tampered = try CommandRun.run([sqlite3, db, """
            DROP TRIGGER access_log_is_append_only_update; UPDATE access_log SET detail = 'x' WHERE seq = 1;
            """])
        XCTAssertEqual(tampered.status, 0, tampered.errors)
        let broken = try folder.ezh(["audit", "verify", "--db", db])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.errors.contains("нарушен на записи № 1"), broken.errors)
    }
}
