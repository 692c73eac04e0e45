import Foundation
import XCTest

/// A terminal that cannot show the journal gets a sentence and exit code 1, not a screen that
/// takes keys but shows nothing useful.
final class TerminalRefusalTests: XCTestCase {
    func testADumbTerminalIsRefusedWithAMessage() throws {
        let folder = try JournalFolder()
        let db = try folder.makeJournal()
        let script = "TERM=dumb '\(folder.binary)' --db '\(db)'; echo \"exit $?\"; sleep 60"
        let tmux = try TmuxSession(command: ["/bin/sh", "-c", script], home: folder.url.path)
        let screen = try tmux.wait(forText: "exit 1")
        let text = screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("TERM=dumb cannot move the cursor"), text)
        XCTAssertEqual(screen.filter { $0.hasPrefix("ezh: ") }.count, 1, text)
    }

    func testNoTerminalAtAllIsRefusedWithAMessage() throws {
        let folder = try JournalFolder()
        let db = try folder.makeJournal()
        let piped = try folder.ezh(["--db", db], environment: ["TERM": "xterm-256color"])
        XCTAssertEqual(piped.status, 1)
        XCTAssertEqual(piped.errorLines.count, 1, piped.errors)
        XCTAssertTrue(piped.errors.contains("не терминал"), piped.errors)
    }
}
