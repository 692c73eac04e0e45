import EzhCore
@testable import EzhTUI
import XCTest

/// The save forms (slips, CSV exports): a path that is not a plain file of the user's own is
/// refused with the reason and the form stays; an existing file is replaced only after a yes.
final class SaveFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private let defaultPath = "~/ezh-exports/access-log-2026-11-27.csv"

    private func openExport() -> TestApp {
        let t = TestApp()
        t.signIn(as: "admin")
        t.press(.function(5), .function(7))
        return t
    }

    func testAnExistingFileIsReplacedOnlyAfterAYes() throws {
        let path = folder.appendingPathComponent("log.csv").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        let t = openExport()
        t.saveTo(path, replacing: defaultPath)
        XCTAssertTrue(t.text.contains("Файл уже есть"), t.text)
        XCTAssertTrue(t.text.contains("Заменить его?"), t.text)
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Заменить его?"))
        XCTAssertTrue(t.text.contains("Файл: " + path), "a no leaves the form open with the name typed")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old")
        XCTAssertEqual(t.journal.exports, [])

        t.press(.enter, .enter)
        XCTAssertTrue(t.status.hasPrefix("Выгружено строк:"), t.status)
        XCTAssertFalse(t.text.contains("Файл:"), "the form closed")
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("№,Время"))
        XCTAssertEqual(try permissions(of: path), 0o600)
        XCTAssertEqual(t.journal.exports.count, 1)
    }

    func testTheJournalADatabaseALinkAndAFolderAreRefusedAndTheFormStays() throws {
        let journal = folder.appendingPathComponent("journal.sqlite").path
        let other = folder.appendingPathComponent("other.db").path
        for database in [journal, other] {
            FileManager.default.createFile(atPath: database, contents: Data("SQLite format 3\0 and pages".utf8))
        }
        let link = folder.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: other)
        let t = openExport()
        t.journal.journalPath = journal
        var typed = defaultPath
        for (path, reason) in [
            (journal, "Это файл самого журнала"), (journal + "-wal", "служебного файла"), (other, "Это база данных SQLite"),
            (link, "Это символическая ссылка"), (folder.path, "Это папка, а не файл"),
        ] {
            t.saveTo(path, replacing: typed)
            typed = path
            XCTAssertTrue(t.wholeStatus.contains(reason), "\(path): \(t.wholeStatus)")
            XCTAssertTrue(t.text.contains("Файл:"), "the form stays open")
        }
        for database in [journal, other] {
            XCTAssertEqual(try String(contentsOfFile: database, encoding: .utf8), "SQLite format 3\0 and pages")
        }
        XCTAssertEqual(t.journal.exports, [])
    }

    func testATextFieldStopsAtItsLimit() {
        var field = TextField(limit: .orderNumber)
        for _ in 0..<60 { _ = field.edit(with: .character("7")) }
        XCTAssertEqual(field.text.count, TextLimit.orderNumber.maximum)
        _ = field.edit(with: .backspace)
        _ = field.edit(with: .character("№"))
        XCTAssertEqual(field.text.last, "№")
        XCTAssertEqual(field.text.count, TextLimit.orderNumber.maximum)
    }
}
