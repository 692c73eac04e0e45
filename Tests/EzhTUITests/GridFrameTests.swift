import EzhCore
@testable import EzhTUI
import XCTest

/// The grid draws again only the rows a key changed, over its last frame (`GridFrame`). Every
/// frame must be exactly the one a whole drawing gives: the same screen drawn again with its last
/// frame forgotten.
final class GridFrameTests: XCTestCase {
    private typealias Step = (String, (TestApp) -> Void)

    private let steps: [Step] = [
        ("open the grid", { $0.openMathGrid() }),
        ("a mark, the cursor moves down", { $0.type("5") }),
        ("another mark", { $0.type("4") }),
        ("up, onto the mark just typed", { $0.press(.up) }),
        ("a mark over it", { $0.type("3") }),
        ("clear it", { $0.press(.delete) }),
        ("right, to another lesson", { $0.press(.right) }),
        ("down to the last pupils", { t in (0..<30).forEach { _ in t.press(.down) } }),
        ("back up", { t in (0..<30).forEach { _ in t.press(.up) } }),
        ("left", { $0.press(.left) }),
        // Another terminal writes into the cell under the cursor: typing over it is refused and
        // the grid reads the page again, showing what the other terminal wrote.
        ("another terminal's mark", { $0.journal.markElsewhere(.grade(2), pupil: PupilID(1), column: 5) }),
        ("typing over it", { $0.type("5") }),
        ("down, the long refusal gone from the status line", { $0.press(.down) }),
        ("a smaller window", { $0.size = TerminalSize(rows: 24, columns: 90) }),
        ("a mark in it", { $0.type("4") }),
        ("the attendance grid", { $0.press(.tab) }),
        ("absent", { $0.type("н") }),
        ("back to marks", { $0.press(.tab) }),
    ]

    func testEveryFrameIsTheOneAWholeDrawingGives() throws {
        let t = TestApp()
        var reused = 0
        for step in steps {
            step.1(t)
            let grid = try XCTUnwrap(t.app.topScreen as? GridScreen, "after «\(step.0)»")
            if grid.lastFrame != nil { reused += 1 }
            let drawn = t.screen
            grid.lastFrame = nil
            let whole = t.screen
            XCTAssertEqual(drawn.text(), whole.text(), "after «\(step.0)»")
            XCTAssertEqual(drawn.cursor, whole.cursor, "after «\(step.0)»")
            XCTAssertTrue(drawn == whole, "after «\(step.0)»: styles differ")
        }
        // Most keys met a kept frame: the comparison above is of the partial drawing.
        XCTAssertGreaterThan(reused, steps.count / 2)
    }

    /// Another terminal's entry, read again when the grid is refreshed, shows in its cell.
    func testAnotherTerminalsEntryShowsWhenTheGridIsReadAgain() throws {
        let t = TestApp()
        t.openMathGrid()
        let first = t.screen
        t.journal.markElsewhere(.grade(2), pupil: PupilID(2), column: 5)
        let grid = try XCTUnwrap(t.app.topScreen as? GridScreen)
        grid.refresh(app: t.app)
        let after = t.screen
        XCTAssertNotEqual(first.line(6), after.line(6))
        grid.lastFrame = nil
        XCTAssertEqual(after, t.screen)
    }

    /// A drawn mark shows on the frame after the key, in its cell, and the cursor's bar moves.
    func testTypedMarkShowsInTheFrameAfterTheKey() {
        let t = TestApp()
        t.openMathGrid()
        let before = t.screen
        t.type("5")
        let after = t.screen
        XCTAssertNotEqual(before.cursor, after.cursor)
        let row = try? XCTUnwrap(before.cursor?.row)
        XCTAssertTrue(after.line(row ?? 0).contains("5"), after.text())
        XCTAssertEqual(t.journal.writes.count, 1)
    }
}
