import Foundation
import XCTest

/// The demo journal in a tmux pane, for tests of one person at one terminal: start it on a
/// folder's database, sign in, open 5А · Математика, read a grid cell.
struct DemoTerminal {
    let tmux: TmuxSession
    let database: String

    init(folder: URL, now: String = "2026-11-27 11:00") throws {
        database = folder.appendingPathComponent("journal.sqlite").path
        tmux = try TmuxSession(command: [TmuxSession.ezhBinary!, "demo", "--db", database, "--now", now], home: folder.path)
    }

    func signIn(as login: String) throws {
        try tmux.wait(forText: "Пароль:", timeout: 60)
        try tmux.type(login)
        try tmux.press("Enter")
        try tmux.type("demo")
        try tmux.press("Enter")
        try tmux.wait(forText: "Журналы")
    }

    /// From the start screen, down the list until the status line names 5А · Математика.
    func openMath() throws {
        for _ in 0..<40 {
            let screen = try tmux.capture()
            if screen[TmuxSession.rows - 2].contains("5А · Математика") { break }
            try tmux.press("Down")
            try tmux.wait(for: "the selection to move") { $0[TmuxSession.rows - 2] != screen[TmuxSession.rows - 2] }
        }
        try tmux.press("Enter")
        try tmux.wait(forText: "[Оценки]")
    }

    /// The first pupil's cell (screen row 5) under the column of `day` (the date header, row 2).
    static func firstPupilCell(_ screen: [String], day: String) -> String? {
        guard screen.count > 5, let range = screen[2].range(of: day) else { return nil }
        let column = screen[2].distance(from: screen[2].startIndex, to: range.lowerBound)
        let characters = Array(screen[5])
        guard characters.count > column else { return "" }
        return String(characters[column..<min(characters.count, column + 5)]).trimmingCharacters(in: .whitespaces)
    }

    func waitForFirstCell(_ value: String, day: String = "27.11") throws {
        try tmux.wait(for: "«\(value)» in the first pupil's cell on \(day)") { Self.firstPupilCell($0, day: day) == value }
    }
}
