import Foundation
import XCTest

/// `make help` is how a newcomer finds the project's targets: it must name each one with what it does.
final class MakefileTests: XCTestCase {
    func testMakeHelpDescribesEveryTarget() throws {
        let root = TmuxSession.packageRoot
        let makefile = try String(contentsOf: root.appendingPathComponent("Makefile"), encoding: .utf8)
        let phony = try XCTUnwrap(makefile.split(separator: "\n").first { $0.hasPrefix(".PHONY:") })
        let targets = phony.dropFirst(".PHONY:".count).split(separator: " ").map(String.init)
        XCTAssertTrue(targets.contains("help") && targets.contains("test") && targets.contains("demo"), "\(targets)")

        let help = try CommandRun.run([try CommandRun.tool("make"), "-s", "help"], directory: root)
        XCTAssertEqual(help.status, 0, help.errors)
        let described = help.output.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ", maxSplits: 1)
            return line.hasPrefix("  ") && !line.hasPrefix("   ") && words.count == 2 ? String(words[0]) : nil
        }
        XCTAssertEqual(described.sorted(), targets.sorted(), "each target has one `## name: what it does` line:\n\(help.output)")
    }
}
