import Foundation
import XCTest

/// The demo journal in a tmux pane, for tests of one person at one terminal: start it on a
/// folder's database, sign in, open 5А · Математика, read a grid cell.
struct DemoTerminal {
    let tmux: TmuxSession
    let database: String

    init(folder: URL, now: String = "2026-11-27 11:00") throws {
        database = folder.appendingPathComponent("journal.sqlite").path
        tmux = try TmuxSession.demo(database: database, home: folder.path, now: now)
    }

    func signIn(as login: String) throws {
        try tmux.signInToDemo(as: login)
    }

    /// From the start screen, down the list until the status line names 5А · Математика.
    func openMath() throws {
        try tmux.openDemoMath()
    }

    /// The first pupil's cell (screen row 5) under the column of `day` (the date header, row 2).
    static func firstPupilCell(_ screen: [String], day: String) -> String? {
        cell(screen, day: day, row: 5)
    }

    /// The text under the first column of `day` (the date header, screen row 2) on a screen
    /// row: a pupil's cell (row 5 is the first pupil) or a header line (row 3 is the lesson number).
    static func cell(_ screen: [String], day: String, row: Int) -> String? {
        guard screen.count > row, let range = screen[2].range(of: day) else { return nil }
        let column = screen[2].distance(from: screen[2].startIndex, to: range.lowerBound)
        let characters = Array(screen[row])
        guard characters.count > column else { return "" }
        return String(characters[column..<min(characters.count, column + 5)]).trimmingCharacters(in: .whitespaces)
    }

    func waitForFirstCell(_ value: String, day: String = "27.11") throws {
        try tmux.waitForFirstCell(value, day: day)
    }

    /// The screen as one line of words, so a message wrapped over two lines reads whole.
    static func flat(_ screen: [String]) -> String {
        screen.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }
}

/// The demo steps on any pane running `ezh demo`, for tests with several terminals at once.
extension TmuxSession {
    /// `ezh demo` on `database` at the demo clock `now`, with extra environment variables
    /// (`NAME=value`); the first one started on a new file seeds it, the next ones open it as it is.
    static func demo(database: String, home: String, now: String = "2026-11-27 11:00",
                     environment: [String] = []) throws -> TmuxSession {
        let ezh = [TmuxSession.ezhBinary!, "demo", "--db", database, "--now", now]
        return try TmuxSession(command: environment.isEmpty ? ezh : ["/usr/bin/env"] + environment + ezh, home: home)
    }

    /// Signs in with the demo password. `timeout` is for the login screen: the first process on
    /// a new file seeds the demo school first, which takes a while on a busy machine.
    func signInToDemo(as login: String, timeout: TimeInterval = 60) throws {
        try wait(forText: "Пароль:", timeout: timeout)
        try type(login)
        try press("Enter")
        try type("demo")
        try press("Enter")
        try wait(forText: "Журналы")
    }

    /// From the start screen, down the list until the status line names 5А · Математика (a
    /// today's lesson or the journal itself), then opens it.
    func openDemoMath() throws {
        for _ in 0..<40 {
            let screen = try capture()
            if screen[TmuxSession.rows - 2].contains("5А · Математика") { break }
            try press("Down")
            try wait(for: "the selection to move") { $0[TmuxSession.rows - 2] != screen[TmuxSession.rows - 2] }
        }
        try press("Enter")
        try wait(forText: "[Оценки]")
    }

    /// Signs in as the demo teacher, waiting up to `timeout` for the login screen, and opens
    /// 5А · Математика.
    func signInAndOpenDemoMath(timeout: TimeInterval = 120) throws {
        try signInToDemo(as: "teacher", timeout: timeout)
        try openDemoMath()
    }

    func waitForFirstCell(_ value: String, day: String = "27.11") throws {
        try wait(for: "«\(value)» in the first pupil's cell on \(day)") { DemoTerminal.firstPupilCell($0, day: day) == value }
    }

    /// Types the first mark of a lesson that has no assignment yet: the work-type list comes up
    /// first, and Enter keeps its preselected default («Работа на уроке»).
    func typeFirstMark(_ value: String) throws {
        try type(value)
        try wait(forText: "Вид работы нового столбца")
        try press("Enter")
    }
}
