import EzhCore
@testable import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Every file ezh writes on request goes through `ExportFiles`: never over the journal or any
/// database, a link or something that is not a plain file; a new file appears whole with mode
/// 0600; an existing one is replaced only when the caller says so.
final class ExportFilesTests: XCTestCase {
    private var school: TestSchool!
    private var folder: URL!
    private var files: ExportFiles!

    override func setUpWithError() throws {
        school = try TestSchool()
        _ = try school.signIn("admin") // a write, so the WAL exists beside the journal
        folder = school.directory.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        files = school.service.exportFiles
    }

    override func tearDown() {
        school.remove()
    }

    private var journal: String { school.store.path }

    private func assertRefused(_ path: String, _ expected: ExportFileError, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try files.write("Логин: x\nПароль: y\n", to: path, replacing: true), file: file, line: line) {
            XCTAssertEqual($0 as? ExportFileError, expected, file: file, line: line)
        }
    }

    private func assertJournalIntact(file: StaticString = #filePath, line: UInt = #line) throws {
        let header = try FileHandle(forReadingFrom: URL(fileURLWithPath: journal)).read(upToCount: 16)
        XCTAssertEqual(header, Data(ExportFiles.sqliteHeader), file: file, line: line)
        XCTAssertEqual(try school.count("SELECT count(*) FROM account WHERE login = 'admin'"), 1, file: file, line: line)
        XCTAssertEqual(try school.service.verifyAccessLog(), .intact(entries: 1), file: file, line: line)
    }

    func testTheJournalAndItsCompanionsAreRefusedHoweverTheyAreSpelled() throws {
        XCTAssertTrue(FileManager.default.fileExists(atPath: journal + "-wal"))
        assertRefused(journal, .journal(path: journal))
        let dotted = school.directory.path + "/./journal.sqlite"
        assertRefused(dotted, .journal(path: dotted))
        let linkedFolder = folder.appendingPathComponent("linked").path
        try FileManager.default.createSymbolicLink(atPath: linkedFolder, withDestinationPath: school.directory.path)
        assertRefused(linkedFolder + "/journal.sqlite", .journal(path: linkedFolder + "/journal.sqlite"))
        let hardLink = folder.appendingPathComponent("copy.txt").path
        try FileManager.default.linkItem(atPath: journal, toPath: hardLink)
        assertRefused(hardLink, .journal(path: hardLink))
        for suffix in ["-wal", "-shm", "-journal"] {
            assertRefused(journal + suffix, .databaseCompanion(path: journal + suffix))
        }
        assertRefused(folder.appendingPathComponent("other.sqlite-WAL").path,
                      .databaseCompanion(path: folder.appendingPathComponent("other.sqlite-WAL").path))
        try assertJournalIntact()
    }

    func testAnotherDatabaseALinkAndWhatIsNotAFileAreRefusedAndLeftAlone() throws {
        let other = folder.appendingPathComponent("grades.db").path
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        assertRefused(other, .database(path: other))
        XCTAssertEqual(try DatabaseQueue(path: other).read { try Int.fetchOne($0, sql: "SELECT x FROM t") }, 1)

        let target = folder.appendingPathComponent("target.txt").path
        try "keep".write(toFile: target, atomically: false, encoding: .utf8)
        let link = folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        assertRefused(link, .symlink(path: link))
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "keep")

        assertRefused(folder.path, .notAFile(path: folder.path, kind: .folder))
        assertRefused(folder.path + "/", .notAFile(path: folder.path + "/", kind: .folder))
        assertRefused("/dev/null", .notAFile(path: "/dev/null", kind: .device))
        let pipe = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        assertRefused(pipe, .notAFile(path: pipe, kind: .pipe))
        assertRefused("  ", .emptyPath)
        assertRefused(String(repeating: "a", count: 2000), .pathTooLong(limit: ExportFiles.pathLimit))
        try assertJournalIntact()
    }

    func testANewFileIsPrivateInAPrivateFolderAndNothingIsLeftBeside() throws {
        let files = ExportFiles(journalPath: journal, home: folder.path)
        let written = try files.write("a;b\n", to: "~/new/folder/log.csv", replacing: false)
        XCTAssertEqual(written, folder.path + "/new/folder/log.csv")
        XCTAssertEqual(try String(contentsOfFile: written, encoding: .utf8), "a;b\n")
        XCTAssertEqual(try mode(written), 0o600)
        XCTAssertEqual(try mode(folder.path + "/new/folder"), 0o700)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/new/folder"), ["log.csv"])
    }

    func testAnExistingFileIsReplacedOnlyWhenAskedAndThenWholeAndPrivate() throws {
        let path = folder.appendingPathComponent("slips.txt").path
        try "old slips".write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(path, 0o644), 0)
        let oldName = folder.appendingPathComponent("old.txt").path
        try FileManager.default.linkItem(atPath: path, toPath: oldName)

        assertRefusedWithoutReplacing(path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old slips")

        try files.write("new slips", to: path, replacing: true)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new slips")
        XCTAssertEqual(try mode(path), 0o600, "a replaced file is narrowed to its owner")
        XCTAssertEqual(try String(contentsOfFile: oldName, encoding: .utf8), "old slips",
                       "the new content arrived by rename: the old file was never rewritten in place")
    }

    private func assertRefusedWithoutReplacing(_ path: String) {
        XCTAssertThrowsError(try files.write("new", to: path, replacing: false)) {
            XCTAssertEqual($0 as? ExportFileError, .exists(path: path))
        }
    }

    func testTheServiceLogsASavedExportAndNothingForARefusedOne() throws {
        let admin = try school.signIn("admin")
        XCTAssertThrowsError(try school.service.saveExport(admin, "x", to: journal, what: "журнал доступа, CSV", rows: 1, replacing: true))
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'export'"), 0)
        let path = folder.appendingPathComponent("log.csv").path
        XCTAssertEqual(try school.service.saveExport(admin, "x", to: path, what: "журнал доступа, CSV", rows: 1, replacing: false), path)
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'export'"), 1)
    }

    func testEveryRefusalSaysWhatToDoInBothLanguages() {
        let errors: [ExportFileError] = [
            .emptyPath, .pathTooLong(limit: 1024), .journal(path: "/j"), .database(path: "/d"), .databaseCompanion(path: "/w"),
            .symlink(path: "/l"), .notAFile(path: "/f", kind: .folder), .notAFile(path: "/p", kind: .pipe),
            .exists(path: "/e"), .failed(path: "/x", reason: "Permission denied"),
        ]
        for error in errors {
            XCTAssertTrue(error.message(in: .ru).contains { ("а"..."я").contains($0) }, "\(error)")
            XCTAssertNotEqual(error.message(in: .ru), error.message(in: .en))
        }
        XCTAssertTrue(ExportFileError.journal(path: "/j").message(in: .ru).contains("~/ezh-exports"))
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }
}
