import Foundation
import XCTest

/// `ezh demo --lang en`: the demo teacher's account is stored as Russian, and the journal stays
/// English after the sign-in because the flag chose it for this run.
final class LanguageFlagJourneyTests: XCTestCase {
    func testTheLangFlagHoldsAfterSigningInToARussianAccount() throws {
        let folder = try JournalFolder()
        let tmux = try TmuxSession(
            command: [folder.binary, "demo", "--lang", "en", "--db", folder.path("demo.sqlite"), "--now", "2026-11-27 11:00"],
            home: folder.url.path
        )
        try tmux.wait(forText: "Sign in to the class journal", timeout: 60)
        try tmux.type("teacher")
        try tmux.press("Enter")
        try tmux.type("demo")
        try tmux.press("Enter")
        let home = try tmux.wait(forText: "Journals")
        XCTAssertFalse(home.joined(separator: "\n").contains("Журналы"), home.joined(separator: "\n"))
        try tmux.press("F10")
        try tmux.waitForExit()
    }
}
