import Foundation
import XCTest

/// A teacher's morning on the real binary: sign in on a demo database, put a 5 and an Н on the
/// first pupil in today's lesson of 5А mathematics, quit, start again, and find both still there.
final class TeacherJourneyTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        guard TmuxSession.ezhBinary != nil else { throw XCTSkip("build ezh first: swift build") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Both runs use the same command: `ezh demo` seeds the demo journal only into a new file
    /// and opens an existing one as it is.
    private func startDemo() throws -> TmuxSession {
        let database = folder.appendingPathComponent("journal.sqlite").path
        return try TmuxSession(command: [TmuxSession.ezhBinary!, "demo", "--db", database, "--now", "2026-11-27 11:00"],
                               home: folder.path)
    }

    /// Signs in as the demo teacher and opens 5А · Математика from the start screen, going down
    /// the list until the status line names that page (a today's lesson or the journal itself).
    private func signInAndOpenMath(_ tmux: TmuxSession) throws {
        try tmux.wait(forText: "Пароль:")
        try tmux.type("teacher")
        try tmux.press("Enter")
        try tmux.type("demo")
        try tmux.press("Enter")
        try tmux.wait(forText: "Журналы")
        for _ in 0..<40 {
            let screen = try tmux.capture()
            if screen[TmuxSession.rows - 2].contains("5А · Математика") { break }
            try tmux.press("Down")
            try tmux.wait(for: "the selection to move") { $0[TmuxSession.rows - 2] != screen[TmuxSession.rows - 2] }
        }
        try tmux.press("Enter")
        try tmux.wait(forText: "[Оценки]")
    }

    /// The text of the first pupil's cell in the first column of `day`: the grid's date header
    /// is screen row 2 and the first pupil is row 5 (the layout of GridLayout).
    private func firstPupilCell(_ screen: [String], day: String) -> String? {
        guard screen.count > 5, let range = screen[2].range(of: day) else { return nil }
        let column = screen[2].distance(from: screen[2].startIndex, to: range.lowerBound)
        let row = Array(screen[5])
        guard row.count > column else { return "" }
        return String(row[column..<min(row.count, column + 5)]).trimmingCharacters(in: .whitespaces)
    }

    private func waitForCell(_ tmux: TmuxSession, _ value: String) throws {
        try tmux.wait(for: "«\(value)» in the first pupil's cell on 27.11") { self.firstPupilCell($0, day: "27.11") == value }
    }

    func testMarkAndAbsenceSurviveARestart() throws {
        var tmux: TmuxSession? = try startDemo()
        try signInAndOpenMath(tmux!)
        try tmux!.type("5")
        try waitForCell(tmux!, "5")
        try tmux!.press("Up", "Tab")
        try tmux!.wait(forText: "[Посещаемость]")
        try tmux!.type("н")
        try waitForCell(tmux!, "Н")
        try tmux!.press("F10")
        try tmux!.waitForExit()
        tmux = nil

        let again = try startDemo()
        try signInAndOpenMath(again)
        try waitForCell(again, "5")
        try again.press("Tab")
        try again.wait(forText: "[Посещаемость]")
        try waitForCell(again, "Н")
        try again.press("F10")
        try again.waitForExit()
    }
}
