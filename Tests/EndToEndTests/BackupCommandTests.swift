import Foundation
import XCTest

/// `ezh backup`, `backup verify` and `restore` as real processes on a real file: a copy made
/// while four processes write, backups killed with SIGKILL, tampered copies refused.
final class BackupCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    override class var needsSQLite3: Bool { true }

    private var usb: String { folder.appendingPathComponent("usb").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
        let created = try ezh([
            "init", "--db", database, "--school", "Школа № 1", "--timezone", "Europe/Moscow", "--admin", "admin",
            "--password-stdin",
        ], input: "Пароль-администратора\n")
        XCTAssertEqual(created.status, 0, created.errors)
    }

    private func backups() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: usb).filter { $0.hasPrefix("ezh-backup-") }.sorted()
    }

    /// A writer: `ezh audit log` in a loop, each run one committed access-log entry.
    private func startWriter(stopFile: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "while [ ! -e \"$2\" ]; do \"$0\" audit log --db \"$1\" --action sign_in >/dev/null || exit 1; done",
                             ezhBinary, database, stopFile]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path]
        try process.run()
        return process
    }

    func testABackupWhileFourProcessesWriteVerifiesAndHoldsEverythingCommittedBeforeItBegan() throws {
        let stop = folder.appendingPathComponent("stop").path
        let writers = try (0..<4).map { _ in try startWriter(stopFile: stop) }
        defer {
            FileManager.default.createFile(atPath: stop, contents: nil)
            writers.forEach { $0.waitUntilExit() }
        }
        Thread.sleep(forTimeInterval: 1)
        for _ in 0..<3 {
            let before = try sql("SELECT max(seq) || ' ' || (SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1) FROM access_log")
            let beforeSeq = try XCTUnwrap(Int(before.split(separator: " ")[0]))
            let made = try ezh(["backup", "--db", database, "--to", usb])
            XCTAssertEqual(made.status, 0, made.errors)
            let copy = usb + "/" + (try XCTUnwrap(try backups().last)) + "/journal.sqlite"
            let copied = try CommandRun.run([Self.sqlite3, copy, "SELECT hash FROM access_log WHERE seq = \(beforeSeq)"])
            XCTAssertEqual(copied.output.trimmingCharacters(in: .whitespacesAndNewlines), String(before.split(separator: " ")[1]),
                           "the entry committed before the backup began is in the copy, unchanged")
            let checked = try ezh(["backup", "verify", (copy as NSString).deletingLastPathComponent, "--db", database])
            XCTAssertEqual(checked.status, 0, checked.errors)
            Thread.sleep(forTimeInterval: 0.3)
        }
        FileManager.default.createFile(atPath: stop, contents: nil)
        writers.forEach { $0.waitUntilExit() }
        XCTAssertEqual(writers.map(\.terminationStatus), [0, 0, 0, 0], "no writer was refused meanwhile")
        // The last copy is the journal as it stood at the copy's head: the live file's rows, less
        // the entries written after that head (and the record of backups), row for row.
        let lastCopy = usb + "/" + (try XCTUnwrap(try backups().last)) + "/journal.sqlite"
        let head = try XCTUnwrap(Int(try CommandRun.run([Self.sqlite3, lastCopy, "SELECT max(seq) FROM access_log"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)))
        let copyDump = try CommandRun.run([Self.sqlite3, lastCopy, ".dump"]).output.split(separator: "\n")
            .filter { !$0.hasPrefix("INSERT INTO backup_run") }
        let liveDump = try sql(".dump").split(separator: "\n").filter { line in
            guard !line.hasPrefix("INSERT INTO backup_run") else { return false }
            guard line.hasPrefix("INSERT INTO access_log VALUES("),
                  let seq = Int(line.dropFirst("INSERT INTO access_log VALUES(".count).prefix { $0 != "," }) else { return true }
            return seq <= head
        }
        XCTAssertEqual(copyDump, liveDump)
        let verified = try ezh(["backup", "verify", usb, "--db", database])
        XCTAssertEqual(verified.status, 0, verified.errors)
        XCTAssertEqual(verified.output.components(separatedBy: "в порядке").count - 1, 1, "rotation keeps a day's newest: \(verified.output)")
        XCTAssertEqual(try ezh(["audit", "verify", "--db", database]).status, 0)
    }

    func testABackupKilledAtAnyMomentLeavesTheSourceAsItWasAndNoCopyThatCounts() throws {
        // A few megabytes of padding outside the chain, so a backup takes long enough to be caught.
        try sql("INSERT INTO setting VALUES ('test.padding', hex(randomblob(4000000)))")
        let headBefore = try sql("SELECT max(seq) FROM access_log")
        let contentBefore = try sql(".dump")
        for delay in [0.02, 0.05, 0.1, 0.15, 0.2, 0.3] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ezhBinary)
            process.arguments = ["backup", "--db", database, "--to", usb]
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whatever got its final name is whole and verifies; the rest are hidden partials.
            for name in try backups() {
                let checked = try ezh(["backup", "verify", usb + "/" + name, "--db", database])
                XCTAssertEqual(checked.status, 0, "\(name) after a kill at \(delay) s: \(checked.errors)")
            }
        }
        XCTAssertEqual(try sql("PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try ezh(["audit", "verify", "--db", database]).status, 0)
        // The source's content is as it was, but for the log entries, the backups' checkpoints and the
        // records of backups that finished.
        let contentAfter = try sql(".dump").split(separator: "\n").filter { line in
            guard !line.hasPrefix("INSERT INTO backup_run"), !line.hasPrefix("INSERT INTO log_checkpoint") else { return false }
            guard line.hasPrefix("INSERT INTO access_log VALUES("),
                  let seq = Int(line.dropFirst("INSERT INTO access_log VALUES(".count).prefix { $0 != "," }) else { return true }
            return seq <= Int(headBefore)!
        }
        XCTAssertEqual(contentAfter, contentBefore.split(separator: "\n"))
        let clean = try ezh(["backup", "--db", database, "--to", usb])
        XCTAssertEqual(clean.status, 0, clean.errors)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: usb).filter { $0.contains(".partial-") }
        XCTAssertEqual(leftovers, [], "the next backup removes the killed ones' partial folders")
    }

    func testAFlippedBitOrAnEditedManifestIsRefusedByVerifyAndRestore() throws {
        XCTAssertEqual(try ezh(["backup", "--db", database, "--to", usb]).status, 0)
        let backup = usb + "/" + (try XCTUnwrap(try backups().first))
        let copy = backup + "/journal.sqlite"
        let original = try Data(contentsOf: URL(fileURLWithPath: copy))
        var flipped = original
        flipped[4096 + 100] ^= 0x01
        try flipped.write(to: URL(fileURLWithPath: copy))
        for command in [["backup", "verify", backup, "--db", database], ["restore", backup, "--db", database, "--yes"]] {
            let refused = try ezh(command)
            XCTAssertEqual(refused.status, 1, "\(command)")
            XCTAssertTrue(refused.errors.contains("изменён после создания"), refused.errors)
        }
        try original.write(to: URL(fileURLWithPath: copy))

        let manifest = backup + "/manifest.json"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "Школа № 1", with: "Школа № 2").write(toFile: manifest, atomically: false, encoding: .utf8)
        for command in [["backup", "verify", backup, "--db", database], ["restore", backup, "--db", database, "--yes"]] {
            let refused = try ezh(command)
            XCTAssertEqual(refused.status, 1, "\(command)")
            XCTAssertTrue(refused.errors.contains("Подпись описи"), refused.errors)
        }
        XCTAssertEqual(try ezh(["audit", "verify", "--db", database]).status, 0, "the journal was not touched")
    }

    func testVerifyLatestChecksTheNewestCopyInFullAndListSaysWhichAreFullyVerified() throws {
        XCTAssertEqual(try ezh(["audit", "log", "--db", database]).status, 0)
        XCTAssertEqual(try ezh(["backup", "--db", database, "--to", usb]).status, 0)
        let listed = try ezh(["backup", "list", "--db", database, "--to", usb])
        XCTAssertTrue(listed.output.contains("проверена при копировании"), listed.output)
        let verified = try ezh(["backup", "verify", "--latest", "--db", database, "--to", usb])
        XCTAssertEqual(verified.status, 0, verified.errors)
        XCTAssertTrue(verified.output.contains("в порядке: " + usb + "/" + (try XCTUnwrap(try backups().last))), verified.output)
        let relisted = try ezh(["backup", "list", "--db", database, "--to", usb])
        XCTAssertTrue(relisted.output.contains("проверена полностью"), relisted.output)
        XCTAssertFalse(relisted.output.contains("проверена при копировании"), relisted.output)
        XCTAssertEqual(try sql("SELECT count(*) FROM backup_run WHERE verified_at IS NOT NULL"), "1")

        // An entry edited in the journal before the checkpoint the last backup reached: the next
        // backup checks only after it and passes; the full check of that copy refuses it.
        try sql("DROP TRIGGER access_log_is_append_only_update; UPDATE access_log SET detail = 'правка' WHERE seq = 1")
        let next = try ezh(["backup", "--db", database, "--to", usb])
        XCTAssertEqual(next.status, 0, next.errors)
        let refused = try ezh(["backup", "verify", "--latest", "--db", database, "--to", usb])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("на записи № 1"), refused.errors)
        XCTAssertTrue(try ezh(["backup", "list", "--db", database, "--to", usb]).output.contains("проверена при копировании"))
        XCTAssertEqual(try ezh(["backup", "verify", "--db", database]).status, 64, "a path or --latest is needed")
    }

    func testAnotherSchoolsBackupIsNotRestoredHere() throws {
        let other = folder.appendingPathComponent("other.sqlite").path
        XCTAssertEqual(try ezh(["init", "--db", other, "--school", "Чужая школа", "--timezone", "Europe/Moscow", "--admin", "admin",
                                "--password-stdin"], input: "Пароль-администратора\n").status, 0)
        XCTAssertEqual(try ezh(["backup", "--db", other, "--to", usb]).status, 0)
        let backup = usb + "/" + (try XCTUnwrap(try backups().first))
        let refused = try ezh(["restore", backup, "--db", database, "--yes"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("которого нет у этой школы"), refused.errors)
    }

    func testARestoreSaysWhatIsLostRefusesWhileTheJournalIsOpenAndIsLogged() throws {
        XCTAssertEqual(try ezh(["backup", "--db", database, "--to", usb]).status, 0)
        let backup = usb + "/" + (try XCTUnwrap(try backups().first))
        XCTAssertEqual(try ezh(["audit", "log", "--db", database]).status, 0)

        let cancelled = try ezh(["restore", backup, "--db", database], input: "нет\n")
        XCTAssertEqual(cancelled.status, 1)
        XCTAssertTrue(cancelled.output.contains("записей журнала доступа после копии: 2"), cancelled.output)
        XCTAssertNotNil(cancelled.output.range(of: #"сделана \d\d\.\d\d\.\d{4} \d\d:\d\d, журнал"#, options: .regularExpression),
                        "the backup's time as the school reads it: \(cancelled.output)")

        // Another program holding the journal open (the sqlite3 shell, mid-statement).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: Self.sqlite3)
        holder.arguments = [database, """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000)
            SELECT count(*) FROM n, (SELECT seq FROM access_log LIMIT 1)
            """]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        Thread.sleep(forTimeInterval: 0.3)
        let busy = try ezh(["restore", backup, "--db", database, "--yes"])
        holder.waitUntilExit()
        XCTAssertEqual(busy.status, 1)
        XCTAssertTrue(busy.errors.contains("открывают другие программы"), busy.errors)

        let restored = try ezh(["restore", backup, "--db", database, "--yes"])
        XCTAssertEqual(restored.status, 0, restored.errors)
        XCTAssertTrue(restored.output.contains("Прежняя база сохранена"), restored.output)
        XCTAssertEqual(try sql("SELECT action FROM access_log ORDER BY seq DESC LIMIT 1"), "restore")
        XCTAssertEqual(try ezh(["audit", "verify", "--db", database]).status, 0)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".before-restore-") }
        XCTAssertFalse(kept.isEmpty)
    }
}
