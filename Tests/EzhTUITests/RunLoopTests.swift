import EzhCore
@testable import EzhTUI
import XCTest

final class RunLoopTests: XCTestCase {
    private func app(_ journal: FakeJournal) -> Application {
        Application(backend: journal, keymaps: KeymapLoader(directories: [keymapFolder], userFile: nil), language: .ru)
    }

    func testKeysAlreadyQueuedAreHandledBeforeTheNextFrame() throws {
        let journal = FakeJournal()
        let terminal = ScriptedTerminal(keys: Key.typing("teacher") + [.enter] + Key.typing("demo") + [.enter, .enter]
            + Key.typing("555") + [.function(10)])
        try app(journal).run(on: terminal)
        XCTAssertEqual(journal.writes.count, 3)
        XCTAssertEqual(terminal.frames.count, 1, "one frame before the keys, none while they were queued")
    }

    func testAResizeRedrawsAtTheNewSize() throws {
        let terminal = ScriptedTerminal(keys: [.resize])
        let application = app(FakeJournal())
        XCTAssertThrowsError(try application.run(on: terminal)) { XCTAssertTrue($0 is ScriptedTerminal.ScriptEnded) }
        terminal.size = TerminalSize(rows: 20, columns: 60)
        let frame = application.render(size: terminal.size)
        XCTAssertEqual(frame.columns, 60)
        XCTAssertTrue(frame.text().contains("слишком маленькое"))
    }
}
