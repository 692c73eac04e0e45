import Foundation
import XCTest

/// The shared-terminal promise on the real binary: a teacher opens a class's journal and walks
/// away; after the school's idle time the terminal locks itself, the login screen says why, and
/// no pupil's name is left for the next person to read.
final class IdleLockJourneyTests: EndToEndCase {
    override class var needsSQLite3: Bool { true }

    func testTheTerminalLocksItselfAndLeavesNoPupilOnScreen() throws {
        let created = try ezh(["init", "--demo", "--db", database])
        XCTAssertEqual(created.status, 0, created.errors)
        // 0.05 min: the terminal locks after 3 s without a key.
        try sql("INSERT INTO setting VALUES ('terminal.idle_lock_minutes','0.05')")
        let tmux = try TmuxSession.demo(database: database, home: folder.path)
        try tmux.signInToDemo(as: "teacher")
        // Open the first journal on the list: its pupils are what must not stay on screen.
        try tmux.press("Enter")
        let grid = try tmux.wait(forText: "[Оценки]")
        let pupils = grid.dropFirst(5).prefix(3).compactMap { row in
            row.split(separator: " ").first { $0.count > 3 && $0.allSatisfy(\.isLetter) }.map(String.init)
        }
        XCTAssertFalse(pupils.isEmpty, "the grid lists pupils:\n\(grid.joined(separator: "\n"))")

        let locked = try tmux.wait(forText: "Терминал заблокирован после 0,05 мин без действий", timeout: 15)
        XCTAssertTrue(locked.contains { $0.contains("Вход в электронный журнал") }, locked.joined(separator: "\n"))
        for pupil in pupils {
            XCTAssertFalse(locked.contains { $0.contains(pupil) }, "«\(pupil)» stayed on screen:\n\(locked.joined(separator: "\n"))")
        }
        XCTAssertFalse(locked.contains { $0.contains("[Оценки]") })
        try tmux.press("F10")
        try tmux.waitForExit()
    }
}
