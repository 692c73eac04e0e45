import EzhBench
import EzhCore
import EzhDemo
import EzhStore
import EzhTUI
import Foundation
import XCTest

/// Every benchmark runs on a small school so the suite cannot rot; the budgets themselves are
/// checked by `make bench` on the large school, not here.
final class BenchmarkSmokeTests: XCTestCase {
    func testEveryBenchmarkRunsAndReportsItsFigures() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("small.sqlite").path
        let small = DemoSize(classesPerGrade: [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1], pupilsPerClass: 8...10)
        _ = try createDemoSchool(at: path, now: BenchmarkSchool.moment, size: small)

        let keymaps = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Keymaps").path
        let results = try BenchmarkSuite(
            databasePath: path, iterations: 5, keymaps: KeymapLoader(directories: [keymaps], userFile: nil)
        ).run()

        XCTAssertEqual(results.map(\.name), [
            "start-up to the login screen", "open a marks grid (UI, end to end)", "enter one mark (UI, end to end)",
            "redraw an open grid", "enter one mark (service only)", "averages per class and subject", "peak memory, large school open",
        ])
        for result in results.dropLast() {
            XCTAssertGreaterThan(try XCTUnwrap(result.measured).p50, .zero, result.name)
            XCTAssertTrue(result.baseline != nil || result.name == "redraw an open grid", result.name)
            XCTAssertTrue(result.line.contains("budget"), result.line)
        }
        XCTAssertGreaterThan(try XCTUnwrap(results.last?.megabytes), 0)
    }

    func testPercentilesByNearestRank() {
        let samples = Samples((1...100).map { Duration.milliseconds($0) }.shuffled())
        XCTAssertEqual(samples.p50, .milliseconds(50))
        XCTAssertEqual(samples.p99, .milliseconds(99))
        XCTAssertEqual(Samples([.milliseconds(7)]).p99, .milliseconds(7))
    }

    func testABudgetIsJudgedOnTheRatioOfP99s() {
        let fast = Samples([.milliseconds(1), .milliseconds(2)])
        let slow = Samples([.milliseconds(5), .milliseconds(7)])
        XCTAssertFalse(BenchmarkResult(name: "x", measured: slow, baseline: fast, budget: .ratio(3)).holds, "7/2 = 3.5")
        XCTAssertTrue(BenchmarkResult(name: "x", measured: slow, baseline: fast, budget: .ratio(4)).holds)
        XCTAssertTrue(BenchmarkResult(name: "m", measured: nil, budget: .megabytes(100), megabytes: 99).holds)
        XCTAssertFalse(BenchmarkResult(name: "g", measured: slow, budget: .p99Milliseconds(5)).holds)
    }
}
