import Foundation
import XCTest

/// Without --kiosk too, the terminal is raw: Ctrl-Z is the grid's undo, not the shell's
/// suspend; Ctrl-C does not kill the journal; Ctrl-S does not freeze its output.
final class RawKeysTests: EndToEndCase {
    func testCtrlZUndoesInTheGridAndNoControlKeyStopsTheJournal() throws {
        let demo = try DemoTerminal(folder: folder)
        try demo.signIn(as: "teacher")
        try demo.openMath()
        let before = try XCTUnwrap(DemoTerminal.firstPupilCell(try demo.tmux.capture(), day: "27.11"))
        try demo.tmux.typeFirstMark("5")
        try demo.waitForFirstCell("5")

        try demo.tmux.press("C-z")
        // A stopped process would leave the pane as it was, the 5 still in the cell.
        try demo.waitForFirstCell(before)
        XCTAssertTrue(demo.tmux.isRunning)
        XCTAssertTrue(try demo.tmux.capture().contains { $0.contains("[Оценки]") })

        for key in ["C-c", "C-\\", "C-s"] {
            try demo.tmux.press(key)
            Thread.sleep(forTimeInterval: 0.3)
            XCTAssertTrue(demo.tmux.isRunning, "\(key) ended the journal")
        }
        // After Ctrl-S (XOFF to a cooked terminal) the screen still follows the keys.
        try demo.tmux.type("4")
        try demo.waitForFirstCell("4")
        try demo.tmux.press("F10")
        try demo.tmux.waitForExit()
    }
}
