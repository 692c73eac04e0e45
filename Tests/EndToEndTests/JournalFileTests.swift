import Foundation
import XCTest

/// The journal's file through the real binary: read-only checking of a backup, files that are
/// not journals, a newer schema, a damaged page, permissions, and SQLite's failures in words.
final class JournalFileTests: JournalFolderCase {
    /// One `ezh:` line on stderr, in words, with no raw SQLite text.
    private func assertOneClearLine(_ run: CommandRun, contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status, 1, run.errors, file: file, line: line)
        XCTAssertEqual(run.errorLines.count, 1, run.errors, file: file, line: line)
        XCTAssertTrue(run.errors.hasPrefix("ezh: "), run.errors, file: file, line: line)
        XCTAssertTrue(run.errors.contains(text), "expected «\(text)» in: \(run.errors)", file: file, line: line)
        XCTAssertFalse(run.errors.contains("SQLite error"), run.errors, file: file, line: line)
    }

    // MARK: Read-only media

    func testVerifyChecksACopyOnAReadOnlyMountAndTheJournalRefusesToOpenThere() throws {
        let db = try folder.makeJournal()
        let media = try folder.mountTmpfs("media")
        try FileManager.default.copyItem(atPath: db, toPath: media + "/backup.sqlite")
        try folder.remountReadOnly(media)

        let verified = try folder.ezh(["audit", "verify", "--db", media + "/backup.sqlite"])
        XCTAssertEqual(verified.status, 0, verified.errors)
        XCTAssertTrue(verified.output.contains("цел: 2 записей"), verified.output)
        XCTAssertEqual(try folder.listing("media"), ["backup.sqlite"], "no -wal or -shm on read-only media")

        assertOneClearLine(try folder.ezh(["--db", media + "/backup.sqlite"]), contains: "только для чтения")
    }

    /// A copy taken while a program still had entries only in the WAL: with its `-shm` the WAL
    /// is read (a forged entry in it is found); without one, on read-only media, SQLite cannot
    /// read the WAL and verify says so instead of passing it over in silence.
    func testVerifyReadsTheWALOfACopyOrSaysItCannot() throws {
        let db = try folder.makeJournal()
        let (holder, input) = try startSQLiteShell(on: db)
        input.fileHandleForWriting.write(Data("""
            PRAGMA wal_autocheckpoint = 0;
            INSERT INTO access_log (at, login, role, terminal, action, object, prev_hash, hash)
            VALUES ('2026-11-27T08:00:00.000Z', 'intruder', 'system', 'x', 'read', 'forged', 'x', 'forged');
            SELECT 'written';

            """.utf8))
        let walWritten = Date().addingTimeInterval(10)
        while (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? NSNumber)?.intValue ?? 0 == 0,
              Date() < walWritten {
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 0.3)
        let withShm = try folder.mountTmpfs("with-shm")
        let withoutShm = try folder.mountTmpfs("without-shm")
        for suffix in ["", "-wal", "-shm"] {
            try FileManager.default.copyItem(atPath: db + suffix, toPath: withShm + "/copy.sqlite" + suffix)
        }
        for suffix in ["", "-wal"] {
            try FileManager.default.copyItem(atPath: db + suffix, toPath: withoutShm + "/copy.sqlite" + suffix)
        }
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        try folder.remountReadOnly(withShm)
        try folder.remountReadOnly(withoutShm)

        let readWAL = try folder.ezh(["audit", "verify", "--db", withShm + "/copy.sqlite"])
        XCTAssertEqual(readWAL.status, 1, readWAL.output)
        XCTAssertTrue(readWAL.errors.contains("нарушен на записи № 3"), readWAL.errors)

        let unreadWAL = try folder.ezh(["audit", "verify", "--db", withoutShm + "/copy.sqlite"])
        XCTAssertEqual(unreadWAL.status, 0, unreadWAL.errors)
        XCTAssertTrue(unreadWAL.errors.contains("не проверяются"), unreadWAL.errors)
    }

    /// As a user who may not write the file or its folder (root may write anything, so the
    /// command runs as `nobody`).
    func testVerifyChecksAFileAndFolderTheUserCannotWrite() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to hand the file to nobody") }
        let setpriv = try CommandRun.tool("setpriv")
        let db = try folder.makeJournal()
        let locked = folder.path("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: db, toPath: locked + "/journal.sqlite")
        try CommandRun.run(["/bin/chown", "-R", "nobody", locked])
        chmod(locked + "/journal.sqlite", 0o400)
        chmod(locked, 0o500)
        chmod(folder.url.path, 0o755)
        let asNobody = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", folder.binary]

        let verified = try CommandRun.run(asNobody + ["audit", "verify", "--db", locked + "/journal.sqlite"], environment: ["HOME": "/nonexistent"])
        XCTAssertEqual(verified.status, 0, verified.errors)
        XCTAssertTrue(verified.output.contains("цел"), verified.output)
        let opened = try CommandRun.run(asNobody + ["--db", locked + "/journal.sqlite"], environment: ["HOME": "/nonexistent"])
        assertOneClearLine(opened, contains: "только для чтения")
        XCTAssertEqual(try folder.listing("locked"), ["journal.sqlite"])
    }

    // MARK: Not a journal

    func testFilesThatAreNotJournalsAreRefusedAndLeftByteIdentical() throws {
        let sqlite3 = try CommandRun.tool("sqlite3")
        let empty = folder.path("empty.sqlite")
        FileManager.default.createFile(atPath: empty, contents: Data())
        let random = folder.path("random.sqlite")
        FileManager.default.createFile(atPath: random, contents: Data((0..<8192).map { _ in UInt8.random(in: 0...255) }))
        let other = folder.path("other.sqlite")
        try CommandRun.run([sqlite3, other, "CREATE TABLE note (text); INSERT INTO note VALUES ('не журнал');"])
        for file in [empty, random, other] { chmod(file, 0o600) }

        for (file, what) in [(empty, "файл пуст"), (random, "не база SQLite"), (other, "другой программы")] {
            let before = folder.bytes(file)
            for command in [["audit", "verify", "--db", file], ["--db", file], ["demo", "--db", file], ["init", "--demo", "--db", file]] {
                assertOneClearLine(try folder.ezh(command), contains: what)
            }
            XCTAssertEqual(folder.bytes(file), before, "\(file) was changed")
        }
        XCTAssertEqual(try folder.listing(), ["empty.sqlite", "other.sqlite", "random.sqlite"], "no -wal, -shm or schema written")
    }

    func testAFolderGivenAsTheDatabaseIsNamedAsAFolder() throws {
        let directory = folder.path("journal.sqlite")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        assertOneClearLine(try folder.ezh(["audit", "verify", "--db", directory]), contains: "это папка")
        assertOneClearLine(try folder.ezh(["--db", directory]), contains: "это папка")
    }

    // MARK: Schema version

    func testAJournalWithANewerSchemaIsRefusedNamingBothVersions() throws {
        let sqlite3 = try CommandRun.tool("sqlite3")
        let db = try folder.makeJournal()
        // The newest schema this binary knows is the one it just made the journal with.
        let known = try CommandRun.run([sqlite3, db, "PRAGMA user_version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try CommandRun.run([sqlite3, db, "PRAGMA user_version = 99; INSERT INTO grdb_migrations VALUES ('v99: from the future');"])
        let before = folder.bytes(db)
        for command in [["audit", "verify", "--db", db], ["--db", db], ["audit", "log", "--db", db]] {
            let refused = try folder.ezh(command)
            assertOneClearLine(refused, contains: "схема версии 99")
            XCTAssertTrue(refused.errors.contains("до версии \(known)"), refused.errors)
        }
        XCTAssertEqual(folder.bytes(db), before)
    }

    // MARK: Damage

    func testVerifyReportsACorruptedPage() throws {
        let sqlite3 = try CommandRun.tool("sqlite3")
        let db = try folder.makeJournal()
        let copy = folder.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let root = try CommandRun.run([sqlite3, copy, "SELECT rootpage FROM sqlite_master WHERE name = 'school'"])
        let page = try XCTUnwrap(Int(root.output.trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(try folder.ezh(["audit", "verify", "--db", copy]).status, 0, "the copy is sound before the damage")

        // A b-tree page whose header is garbage: the chain itself is untouched.
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: copy))
        try handle.seek(toOffset: UInt64((page - 1) * 4096))
        handle.write(Data([0x0D] + [UInt8](repeating: 0xFF, count: 7)))
        try handle.close()

        assertOneClearLine(try folder.ezh(["audit", "verify", "--db", copy]), contains: "повреждена")
    }

    // MARK: init leaves nothing when it fails

    func testAFailedInitLeavesNoFileBehind() throws {
        let db = folder.path("school/journal.sqlite")
        let weak = try folder.ezh(["init", "--db", db, "--school", "Школа", "--timezone", "Europe/Moscow", "--admin", "admin",
                                   "--password-stdin"], input: "123\n")
        assertOneClearLine(weak, contains: "не короче 8")
        let badZone = try folder.ezh(["init", "--db", db, "--school", "Школа", "--timezone", "Europe/Atlantis", "--admin", "admin",
                                      "--password-stdin"], input: "Пароль-администратора\n")
        assertOneClearLine(badZone, contains: "Europe/Atlantis")
        XCTAssertFalse(FileManager.default.fileExists(atPath: db))
        XCTAssertEqual(try folder.listing(), [], "no journal, -wal, -shm or folder made for them")
    }

    func testInitOnAFullDiskSaysSoAndLeavesNothing() throws {
        let small = try folder.mountTmpfs("small", size: "2m")
        let demo = try folder.ezh(["init", "--demo", "--db", small + "/demo.sqlite", "--now", "2026-11-27 11:00"])
        XCTAssertEqual(demo.status, 1)
        XCTAssertTrue(demo.errors.contains("нет места"), demo.errors)
        XCTAssertFalse(demo.errors.contains("SQLite error"), demo.errors)
        XCTAssertEqual(try folder.listing("small"), [], "no journal and no WAL left on the full disk")
    }

    // MARK: Dates

    func testDatesOutsideTheSaneYearsAreRefused() throws {
        let demo = folder.path("demo.sqlite")
        for now in ["0000-01-01 00:00", "1999-12-31 23:59", "2101-01-01 00:00"] {
            assertOneClearLine(try folder.ezh(["init", "--demo", "--db", demo, "--now", now]), contains: "от 2000 до 2100")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: demo))
        let db = try folder.makeJournal()
        assertOneClearLine(try folder.ezh(["audit", "log", "--db", db, "--since", "0001-01-01"]), contains: "2000–2100")
        XCTAssertEqual(try folder.ezh(["audit", "log", "--db", db, "--since", "2026-01-01"]).status, 0)
    }

    // MARK: Permissions

    func testAJournalOthersCanReadIsRefusedOrMadePrivate() throws {
        let db = try folder.makeJournal()
        chmod(db, 0o644)
        let refused = try folder.ezh(["--db", db])
        assertOneClearLine(refused, contains: "права 0644")
        XCTAssertTrue(refused.errors.contains("--fix-permissions"), refused.errors)
        XCTAssertEqual(try mode(db), 0o644, "refusing changes nothing")

        // With the flag the file is fixed before the terminal is needed (there is none here).
        let fixed = try folder.ezh(["--db", db, "--fix-permissions"])
        XCTAssertEqual(fixed.status, 1)
        XCTAssertTrue(fixed.errors.contains("не терминал"), fixed.errors)
        XCTAssertEqual(try mode(db), 0o600)
    }

    /// The sqlite3 shell on `db`, reading statements from the returned pipe: another program
    /// holding the file open, as a test needs it.
    private func startSQLiteShell(on db: String) throws -> (Process, Pipe) {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: try CommandRun.tool("sqlite3"))
        shell.arguments = [db]
        let input = Pipe()
        shell.standardInput = input
        shell.standardOutput = FileHandle.nullDevice
        try shell.run()
        return (shell, input)
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    // MARK: A lock held too long

    func testADatabaseLockedTooLongIsNamedAsBusy() throws {
        let db = try folder.makeJournal()
        let (holder, input) = try startSQLiteShell(on: db)
        defer {
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE; INSERT INTO setting VALUES ('held', 'x');\n".utf8))
        Thread.sleep(forTimeInterval: 0.5)
        // `audit log` writes its own entry: it waits the busy timeout (1 s here), then says why.
        let waited = try folder.ezh(["audit", "log", "--db", db], environment: ["EZH_BUSY_TIMEOUT": "1"])
        assertOneClearLine(waited, contains: "занят")
    }
}
