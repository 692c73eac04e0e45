import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// The year archive: only of a closed year, read-only, signed, verifiable, and says the PDFs are to come.
final class ArchiveTests: XCTestCase {
    private var school: TestSchool!
    private var shelf: String!

    override func setUpWithError() throws {
        school = try TestSchool()
        shelf = school.directory.appendingPathComponent("archive").path
        try FileManager.default.createDirectory(atPath: shelf, withIntermediateDirectories: true)
    }

    override func tearDown() {
        school.remove()
    }

    func testAnOpenYearIsNotArchived() throws {
        XCTAssertThrowsError(try school.service.archiveYear(named: "2026/2027", to: shelf, osUser: "ezh")) { error in
            XCTAssertEqual(error as? BackupError, .yearNotClosed(year: "2026/2027"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: shelf), [])
    }

    func testAClosedYearsArchiveIsReadOnlySignedAndVerifies() throws {
        try school.store.pool.write { try $0.execute(sql: "UPDATE academic_year SET closed_at = '2027-06-30T12:00:00.000Z'") }
        let archive = try school.service.archiveYear(named: nil, to: shelf, osUser: "ezh")
        XCTAssertEqual(archive.manifest.kind, .archive)
        XCTAssertEqual(archive.manifest.year, "2026/2027")
        XCTAssertEqual(archive.manifest.files.map(\.name), ["journal.sqlite", "README.txt"])
        var status = stat()
        XCTAssertEqual(stat(archive.databasePath, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o400)
        let note = try String(contentsOfFile: archive.folder + "/README.txt", encoding: .utf8)
        XCTAssertTrue(note.contains("PDF") && note.contains("25 лет"), note)
        let trusted = try school.service.schoolPublicKeys().map(\.hex)
        XCTAssertEqual(try JournalService.verifyBackup(at: archive.folder, trustedKeys: trusted).manifest, archive.manifest)

        chmod(archive.folder + "/README.txt", 0o600)
        try "подмена".write(toFile: archive.folder + "/README.txt", atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try JournalService.verifyBackup(at: archive.folder, trustedKeys: trusted)) { error in
            XCTAssertEqual(error as? BackupError, .fileChanged(path: archive.folder, file: "README.txt"))
        }
    }
}
