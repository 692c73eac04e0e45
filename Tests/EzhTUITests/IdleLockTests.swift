import EzhCore
@testable import EzhTUI
import XCTest

final class IdleLockTests: XCTestCase {
    /// A teacher leaves with a cell's history open over the grid; the terminal locks itself and
    /// nothing of them stays in the frame, the overlay included.
    func testTheIdleLockLeavesNoTraceOfThePreviousUserAndSaysWhyOnce() throws {
        let journal = FakeJournal()
        journal.idleMinutes = 0.002
        let terminal = IdleTerminal((Key.typing("teacher") + [.enter] + Key.typing("demo") + [.enter, .enter, .function(6)]).map { .key($0) }
            + [.idle])
        let app = Application(backend: journal, keymaps: KeymapLoader(directories: [keymapFolder], userFile: nil), language: .ru)
        XCTAssertThrowsError(try app.run(on: terminal)) { XCTAssertTrue($0 is ScriptedTerminal.ScriptEnded) }

        let before = terminal.frames[terminal.frames.count - 2].text()
        XCTAssertTrue(before.contains("История: Алексеев Борис"), "the overlay was open: \(before)")
        let after = terminal.frames.last!.text()
        XCTAssertEqual(journal.locks, [true])
        XCTAssertTrue(after.contains("Вход в электронный журнал"), after)
        XCTAssertTrue(after.contains("Терминал заблокирован после 0,002 мин без действий"), after)
        for trace in ["Алексеев", "Петрова", "История", "Математика", "teacher", "•"] {
            XCTAssertFalse(after.contains(trace), "«\(trace)» stayed on screen:\n\(after)")
        }
        app.handle(.character("x"))
        XCTAssertFalse(app.render(size: terminal.size).text().contains("Терминал заблокирован"), "the reason is said once")
    }

    func testTheKeyLockClearsAnOverlayAndTheStatusToo() {
        let t = TestApp()
        t.signIn(as: "admin")
        t.press(.function(4), .function(3), .enter)
        XCTAssertTrue(t.text.contains("Пароль: Rst-55-new"))
        t.press(.function(12))
        XCTAssertFalse(t.text.contains("Rst-55-new"))
        XCTAssertFalse(t.text.contains("Учётные записи"))
        XCTAssertEqual(t.status, "")
        XCTAssertEqual(t.journal.locks, [false])
    }
}
