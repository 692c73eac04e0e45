import Foundation
import XCTest

/// `ezh audit log` on a long log, as real processes on a real file: it streams (its memory does
/// not grow with the log), writers from other processes are not blocked while it is still
/// reading, and what it prints names things instead of showing internal ids.
final class AuditLogStreamingTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    override class var needsSQLite3: Bool { true }

    override func setUpWithError() throws {
        try super.setUpWithError()
        let created = try ezh([
            "init", "--db", database, "--school", "Школа № 1", "--timezone", "Europe/Moscow", "--admin", "admin", "--password-stdin",
        ], input: "Пароль-администратора\n")
        XCTAssertEqual(created.status, 0, created.errors)
    }

    /// Appends `count` change entries (their chain is not the point here) after sequence `from`.
    private func appendEntries(_ count: Int, from: Int) throws {
        let sql = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(count))
            INSERT INTO access_log (seq, at, login, role, terminal, action, object, prev_hash, hash)
            SELECT \(from) + i, strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-09-01', '+' || (\(from) + i) || ' seconds'),
                   'teacher', 'teacher', 'pts/1', 'change', 'mark assignment=' || i || ';pupil=' || (i % 40) || ' value', '',
                   printf('%064d', \(from) + i)
            FROM n;
            """
        let result = try CommandRun.run([Self.sqlite3, database, sql])
        XCTAssertEqual(result.status, 0, result.errors)
    }

    func testTheWholeLogStreamsInMemoryThatDoesNotGrowWithTheLog() throws {
        try appendEntries(20_000, from: 1_000)
        let small = try Self.peakMemory(ezhBinary, ["audit", "log", "--db", database, "--format", "csv"])
        XCTAssertEqual(small.status, 0)
        try appendEntries(200_000, from: 100_000)
        let large = try Self.peakMemory(ezhBinary, ["audit", "log", "--db", database, "--format", "csv"])
        XCTAssertEqual(large.status, 0)
        XCTAssertLessThan(large.kilobytes - small.kilobytes, 20_000,
                          "ten times the log, \(small.kilobytes) KB → \(large.kilobytes) KB: rows must not pile up in memory")
    }

    func testAnotherProcessWritesWhileTheLogIsStillBeingRead() throws {
        try appendEntries(50_000, from: 1_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ezhBinary)
        process.arguments = ["audit", "log", "--db", database, "--format", "csv"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Nobody reads the pipe yet: once it is full, ezh waits mid-stream, its read still open.
        let first = output.fileHandleForReading.readData(ofLength: 1 << 10)
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(process.isRunning, "the log is still being read")
        let write = try CommandRun.run([Self.sqlite3, "-cmd", ".timeout 500", database,
                                        "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS probe (n INTEGER); INSERT INTO probe VALUES (1); COMMIT;"])
        XCTAssertEqual(write.status, 0, "a write must not wait for a reader: \(write.errors)")
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)

        let csv = String(decoding: first + rest, as: UTF8.self)
        let lines = csv.split(separator: "\r\n")
        XCTAssertEqual(lines.first, "№,время,пользователь,роль,терминал,действие,объект,класс,предмет,период,урок,разрешение,подробности")
        XCTAssertGreaterThan(lines.count, 50_000)
        XCTAssertTrue(lines[1].contains("os:") && lines[1].contains("ezh audit log"), "the reading itself comes first: \(lines[1])")
        XCTAssertFalse(csv.contains("pupil=") || csv.contains("assignment="), "ids are not what people read")
        XCTAssertTrue(csv.contains(",изменение,оценка: "), String(lines[2]))
    }

    // MARK: Processes

    /// Runs a command with its output to /dev/null and returns its peak resident memory, as the
    /// kernel accounts it for that one child (`wait4`).
    private static func peakMemory(_ binary: String, _ arguments: [String]) throws -> (status: Int32, kilobytes: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xFF, usage.ru_maxrss)
    }
}
