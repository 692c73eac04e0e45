import Foundation
import XCTest

/// A real browser on a phone-sized window: headless Chromium (Debian's chromium and
/// chromedriver, driven by Selenium from Tests/Browser/phone_diary.py) signs in to `ezh serve`
/// as the demo parent and reads the child's marks, week and absences. The screenshots stay in
/// .build/web-screenshots for a person to look at. Outside CI the test is skipped when the
/// browser is not installed (`make deps` installs it); in CI (CI=true) it must run.
final class WebBrowserTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    static let python = "/usr/bin/python3"
    static let script = TmuxSession.packageRoot.appendingPathComponent("Tests/Browser/phone_diary.py").path
    static let screenshots = TmuxSession.packageRoot.appendingPathComponent(".build/web-screenshots").path

    override func setUpWithError() throws {
        try super.setUpWithError()
        try Self.requireBrowser()
    }

    /// Skips the test when the browser is not installed, except in CI, where that fails it.
    static func requireBrowser() throws {
        let browserInstalled = ["/usr/bin/chromium", "/usr/bin/chromedriver", python].allSatisfy(FileManager.default.isExecutableFile)
            && (try? CommandRun.run([python, "-c", "import selenium"]).status) == 0
        if !browserInstalled {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("chromium, chromedriver and python3-selenium must be installed in CI (make deps)")
            }
            throw XCTSkip("chromium, chromedriver or python3-selenium is not installed (make deps)")
        }
    }

    func testAParentReadsTheDiaryOnAPhone() throws {
        let server = try ServedDiary(binary: ezhBinary, database: database, home: folder.path, now: "2026-11-27 15:00")
        defer { server.stop() }
        let run = try CommandRun.run([Self.python, Self.script, server.url, Self.screenshots], environment: ["HOME": folder.path])
        XCTAssertEqual(run.status, 0, run.output + run.errors + server.errors)
        for step in ["ok: marks", "ok: week with homework", "ok: absences", "ok: signed out"] {
            XCTAssertTrue(run.output.contains(step), "\(step) in \(run.output)")
        }
        for name in ["1-sign-in", "2-marks", "3-week", "4-absences"] {
            let shot = Self.screenshots + "/\(name).png"
            XCTAssertGreaterThan((try? FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0, 5_000, shot)
        }
    }
}
