import Foundation
import XCTest

/// `--lang en` on the real binary: a refusal before the journal takes the screen is one English
/// `ezh:` line, as the Russian one is without the flag.
final class EnglishRefusalLineTests: XCTestCase {
    func testRefusalsUnderLangEnAreEnglish() throws {
        let folder = try JournalFolder()
        let db = try folder.makeJournal()
        let refusals: [(arguments: [String], text: String)] = [
            (["--lang", "en", "--db", folder.path("none.sqlite")], "has no school"),
            (["demo", "--lang", "en", "--db", db], "this is a school's database, not a demo one"),
            (["demo", "--lang", "en", "--db", folder.path("demo.sqlite"), "--now", "someday"], "--now: “someday”: expected"),
            (["--lang", "en", "--db", db], "the standard input or output is not a terminal"),
            (["keys", "--lang", "en", "--keymap", "emacs"], "there is no keymap “emacs”"),
        ]
        for refusal in refusals {
            let run = try folder.ezh(refusal.arguments)
            XCTAssertEqual(run.status, 1, "\(refusal.arguments): \(run.errors)")
            XCTAssertEqual(run.errorLines.count, 1, "\(refusal.arguments): \(run.errors)")
            XCTAssertTrue(run.errors.hasPrefix("ezh: "), "\(refusal.arguments): \(run.errors)")
            XCTAssertTrue(run.errors.contains(refusal.text), "\(refusal.arguments): expected “\(refusal.text)” in \(run.errors)")
            let words = run.errors.replacingOccurrences(of: "“[^”]*”", with: "", options: .regularExpression)
            XCTAssertFalse(words.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, run.errors)
        }
        XCTAssertEqual(try folder.listing(), ["journal.sqlite", "journal.sqlite.key"], "a refused command leaves no file behind")
    }
}
