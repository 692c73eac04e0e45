import Foundation
import XCTest

/// `ezh audit log` on a long log, as real processes on a real file: it streams (its memory does
/// not grow with the log), writers from other processes are not blocked while it is still
/// reading, and what it prints names things instead of showing internal ids.
final class AuditLogStreamingTests: XCTestCase {
    private var directory: URL!
    private var db: String { directory.appendingPathComponent("journal.sqlite").path }

    override func setUpWithError() throws {
        guard TmuxSession.ezhBinary != nil else { throw XCTSkip("the ezh binary is not built") }
        guard FileManager.default.isExecutableFile(atPath: Self.sqlite3) else { throw XCTSkip("sqlite3 is not installed") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let created = try Self.run(TmuxSession.ezhBinary!, [
            "init", "--db", db, "--school", "Школа № 1", "--timezone", "Europe/Moscow", "--admin", "admin", "--password-stdin",
        ], input: "Пароль-администратора\n")
        XCTAssertEqual(created.status, 0, created.output)
    }

    override func tearDown() {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    private static let sqlite3 = "/usr/bin/sqlite3"

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
        let result = try Self.run(Self.sqlite3, [db, sql])
        XCTAssertEqual(result.status, 0, result.output)
    }

    func testTheWholeLogStreamsInMemoryThatDoesNotGrowWithTheLog() throws {
        try appendEntries(20_000, from: 1_000)
        let small = try Self.peakMemory(TmuxSession.ezhBinary!, ["audit", "log", "--db", db, "--format", "csv"])
        XCTAssertEqual(small.status, 0)
        try appendEntries(200_000, from: 100_000)
        let large = try Self.peakMemory(TmuxSession.ezhBinary!, ["audit", "log", "--db", db, "--format", "csv"])
        XCTAssertEqual(large.status, 0)
        XCTAssertLessThan(large.kilobytes - small.kilobytes, 20_000,
                          "ten times the log, \(small.kilobytes) KB → \(large.kilobytes) KB: rows must not pile up in memory")
    }

    func testAnotherProcessWritesWhileTheLogIsStillBeingRead() throws {
        try appendEntries(50_000, from: 1_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.ezhBinary!)
        process.arguments = ["audit", "log", "--db", db, "--format", "csv"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Nobody reads the pipe yet: once it is full, ezh waits mid-stream, its read still open.
        let first = output.fileHandleForReading.readData(ofLength: 1 << 10)
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(process.isRunning, "the log is still being read")
        let write = try Self.run(Self.sqlite3, ["-cmd", ".timeout 500", db,
                                                "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS probe (n INTEGER); INSERT INTO probe VALUES (1); COMMIT;"])
        XCTAssertEqual(write.status, 0, "a write must not wait for a reader: \(write.output)")
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
