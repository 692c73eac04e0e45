@testable import EzhBench
import EzhCore
import EzhDemo
import EzhStore
import EzhTUI
import Foundation
import GRDB
import XCTest

/// Every benchmark runs on a small school with a few samples, so the suite cannot rot; the
/// budgets themselves are judged by `make bench` on the large school, not here.
final class BenchmarkSmokeTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testEveryBenchmarkRunsThroughTheRealPathsAndReportsItsFigures() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/small.sqlite"
        // The benchmarks run on 25 May; a school whose history was simulated only to mid-September
        // has a short access log, so today's whole-log reads stay quick here.
        let small = DemoSize(classesPerGrade: [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1], pupilsPerClass: 8...10)
        let september = BenchmarkSchool.zone.instant(LocalDate(year: 2026, month: 9, day: 15), TimeOfDay(hour: 16, minute: 0))
        _ = try createDemoSchool(at: path, now: september, size: small)
        let tools: BenchmarkTools
        do {
            tools = try BenchmarkTools.built(in: Self.packageRoot + "/.build/debug", packageRoot: Self.packageRoot,
                                             scratch: directory + "/scratch")
        } catch {
            throw XCTSkip("\(error)")
        }
        let counts = SampleCounts.smoke
        let results = try BenchmarkSuite(
            databasePath: path, counts: counts, tools: tools,
            keymaps: KeymapLoader(directories: [tools.keymapDirectory], userFile: nil), stepTimeout: .seconds(60),
            groups: Set(BenchmarkGroup.allCases), importedSchool: LargeSchoolFiles(copies: 2, pupilsPerClass: 5)
        ).run()

        let kinds = ImportKind.allCases.map(\.rawValue)
        XCTAssertEqual(results.map(\.name), [
            "open a grid, warm (UI)", "enter a mark (UI)", "enter attendance (UI)",
            "sign in to the start screen (UI)", "access report: F3, first screen (UI)", "access report: a class and a quarter (UI)",
            "access report: days with no entries (UI)", "access report: a login that never wrote (UI)",
            "access log: filter by class (UI)", "access log: next page, PgDn (UI)", "deputy's overview, F9 (UI)",
            "diary: another week (UI)",
            "start-up to the login screen (process)", "open a grid, cold: first in a process (UI)",
            "ezh audit log --format csv > file", "ezh audit verify",
            "footprint: start-up to the login screen", "footprint: sign in", "footprint: open a grid", "footprint: enter a mark",
            "footprint: enter attendance", "footprint: access report: F3, class and quarter",
            "footprint: access log: F5, filter, 3 pages", "footprint: deputy's overview, F9",
            "footprint: diary: sign in, another week", "footprint: ezh audit log --format csv > file", "footprint: ezh audit verify",
            "school's сводная ведомость, a quarter (data)", "school's сводная ведомость, a quarter (PDF)",
            "web diary page, 10 sessions",
            "ezh backup (process)", "ezh backup, first (chain in idle time)",
            "import a school: 9 files (process)",
        ] + kinds.map { "ezh import \($0) (process)" } + kinds.map { "footprint: ezh import \($0)" })
        let unbaselined: Set = [
            "access report: F3, first screen (UI)", "access report: days with no entries (UI)", "access report: a login that never wrote (UI)",
            "deputy's overview, F9 (UI)", "school's сводная ведомость, a quarter (PDF)",
        ]
        for result in results {
            XCTAssertTrue(result.line.contains("budget"), result.line)
            if result.name.hasPrefix("footprint: ") {
                // A real process: an ezh with a school open takes megabytes, and the probe ran.
                XCTAssertGreaterThan(try XCTUnwrap(result.megabytes, result.name), 5, result.name)
                XCTAssertNotNil(result.lockHold, result.name)
                continue
            }
            let measured = try XCTUnwrap(result.measured, result.name)
            XCTAssertGreaterThan(measured.p50, .zero, result.name)
            XCTAssertEqual(result.baseline == nil, unbaselined.contains(result.name), result.name)
        }
        XCTAssertEqual(results.first { $0.name == "enter a mark (UI)" }?.measured?.count, counts.fast.count)
        // Every class with marks is in the school's сводная ведомость (the small school has 11 grades, grade 1 without marks).
        XCTAssertTrue(try XCTUnwrap(results.first { $0.name == "school's сводная ведомость, a quarter (data)" }?.line).contains("11 classes"))
        XCTAssertTrue(try XCTUnwrap(results.first { $0.name == "school's сводная ведомость, a quarter (PDF)" }?.line).contains("pages/s"))
        XCTAssertEqual(results.first { $0.name == "start-up to the login screen (process)" }?.measured?.count, counts.processes.count)
        // The import's baseline inserts what the import wrote: every file wrote rows, all of them counted.
        for kind in kinds {
            let line = try XCTUnwrap(results.first { $0.name == "ezh import \(kind) (process)" }?.line)
            XCTAssertNil(line.range(of: "its 0 rows"), line)
        }
    }

    func testBudgetsAreJudgedAtP50AndAtP99() {
        let fast = Samples([.milliseconds(1), .milliseconds(2)])
        let slowTail = Samples([.milliseconds(1), .milliseconds(7)])
        let slowMiddle = Samples([.milliseconds(5), .milliseconds(2)])
        XCTAssertFalse(BenchmarkResult(name: "x", measured: slowTail, baseline: fast, budget: .ratio(2)).holds, "p99 7/2")
        XCTAssertFalse(BenchmarkResult(name: "x", measured: slowMiddle, baseline: fast, budget: .ratio(2)).holds, "p50 2/1")
        XCTAssertTrue(BenchmarkResult(name: "x", measured: fast, baseline: fast, budget: .ratio(2)).holds)
        XCTAssertFalse(BenchmarkResult(name: "g", measured: slowTail, budget: .milliseconds(5)).holds)
        XCTAssertTrue(BenchmarkResult(name: "g", measured: slowTail, budget: .milliseconds(7)).holds)
        let budget = BenchmarkResult.Budget.footprint(megabytes: 100, lockMilliseconds: 100)
        XCTAssertTrue(BenchmarkResult(name: "f", measured: nil, budget: budget, megabytes: 99, lockHold: .milliseconds(99)).holds)
        XCTAssertFalse(BenchmarkResult(name: "f", measured: nil, budget: budget, megabytes: 101, lockHold: .zero).holds)
        XCTAssertFalse(BenchmarkResult(name: "f", measured: nil, budget: budget, megabytes: 50, lockHold: .milliseconds(101)).holds)
        XCTAssertTrue(BenchmarkResult(name: "f", measured: nil, budget: budget, megabytes: 50, lockHold: .zero).line.hasSuffix("OK"))
    }

    func testPercentilesByNearestRank() {
        let samples = Samples((1...100).map { Duration.milliseconds($0) }.shuffled())
        XCTAssertEqual(samples.p50, .milliseconds(50))
        XCTAssertEqual(samples.p99, .milliseconds(99))
        XCTAssertEqual(Samples([.milliseconds(7)]).p99, .milliseconds(7))
    }

    /// The probe must see a write transaction held by another connection for as long as it is held.
    func testTheWriteLockProbeSeesHowLongAnotherConnectionHeldTheLock() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        // The probe takes the write lock itself, over and over: the writer waits its turn.
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let writer = try DatabasePool(path: path, configuration: configuration)
        try writer.write { try $0.execute(sql: "CREATE TABLE t (x INTEGER)") }
        let probe = try WriteLockProbe(journal: path)
        defer { probe.stop() }
        usleep(50_000)
        // Loose bounds: a loaded machine may leave the probe's thread waiting for a core.
        XCTAssertLessThan(probe.takeLongestWait(), .milliseconds(50), "nothing held the lock yet")
        try writer.write { db in
            try db.execute(sql: "INSERT INTO t VALUES (1)")
            usleep(200_000)
        }
        usleep(20_000)
        let held = probe.takeLongestWait()
        XCTAssertGreaterThan(held, .milliseconds(150))
        XCTAssertLessThan(held, .milliseconds(600))
    }

    func testTerminalOutputReadsAsTextWithCursorJumpsAsSpaces() {
        var bytes = Array("\u{1B}[?1049h\u{1B}[1;1H\u{1B}[1mВход\u{1B}[m\u{1B}[2;5Hв журнал\r\n".utf8)
        XCTAssertEqual(TerminalText.strip(&bytes), " Вход в журнал  ")
        XCTAssertTrue(bytes.isEmpty)
        // A sequence or a character split between two reads waits for its rest.
        var split = Array("ок\u{1B}[2".utf8)
        XCTAssertEqual(TerminalText.strip(&split), "ок")
        split += Array("H".utf8) + [0xD0]
        XCTAssertEqual(TerminalText.strip(&split), " ")
        split += [0x92]
        XCTAssertEqual(TerminalText.strip(&split), "В")
    }

    func testKeysAreTheBytesAnXtermSends() {
        XCTAssertEqual(UserKeys.bytes([.function(3), .function(9), .pageDown, .up, .tab, .enter]),
                       "\u{1B}OR\u{1B}[20~\u{1B}[6~\u{1B}OA\t\r")
        XCTAssertEqual(UserKeys.bytes(UserKeys.signIn("parent")), "parent\tdemo\r")
    }
}
