import Foundation
import XCTest

/// In kiosk mode the keys that would drop a user to the staff-room terminal's shell (Ctrl-C,
/// Ctrl-Z, Ctrl-\) reach the journal instead; only F10 ends it.
final class KioskModeTests: EndToEndCase {
    func testInterruptAndSuspendKeysDoNotLeaveTheJournal() throws {
        let tmux = try TmuxSession(
            command: [ezhBinary, "demo", "--kiosk", "--db", database, "--now", "2026-11-27 11:00"], home: folder.path
        )
        try tmux.wait(forText: "Пароль:", timeout: 60)
        for key in ["C-c", "C-z", "C-\\"] {
            try tmux.press(key)
            Thread.sleep(forTimeInterval: 0.5)
            XCTAssertTrue(tmux.isRunning, "\(key) ended the journal")
        }
        try tmux.wait(forText: "Вход в электронный журнал")
        try tmux.press("F10")
        try tmux.waitForExit()
    }
}
