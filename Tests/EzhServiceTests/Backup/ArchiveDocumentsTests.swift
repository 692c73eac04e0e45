import EzhCore
import EzhService
import Foundation
import XCTest

/// The year archive holds each class's сводная ведомость and journal as PDF, listed and signed in
/// its manifest; a document the printer cannot make leaves no archive behind.
final class ArchiveDocumentsTests: XCTestCase {
    private var school: TestSchool!
    private var shelf: String!

    override func setUpWithError() throws {
        school = try TestSchool()
        shelf = school.directory.appendingPathComponent("archive").path
        try FileManager.default.createDirectory(atPath: shelf, withIntermediateDirectories: true)
        try school.store.pool.write { try $0.execute(sql: "UPDATE academic_year SET closed_at = '2027-06-30T12:00:00.000Z'") }
    }

    override func tearDown() {
        school.remove()
    }

    func testEveryClassesPDFsAreInTheSignedManifest() throws {
        var printed: [String] = []
        let archive = try school.service.archiveYear(named: nil, to: shelf, osUser: "ezh") { documents in
            printed.append(documents.className)
            XCTAssertEqual(documents.results.results.titleBlock.title, "Сводная ведомость итоговой успешности")
            XCTAssertTrue(BindingSheet.isBindingSheet(documents.results.bindingSheet))
            return (Array("ведомость \(documents.className)".utf8), Array("журнал \(documents.className) \(documents.journal.pages.count)".utf8))
        }
        XCTAssertEqual(printed, ["1А", "5А"])
        XCTAssertEqual(archive.manifest.files.map(\.name), [
            "journal.sqlite", "README.txt", "1А-сводная-ведомость.pdf", "1А-классный-журнал.pdf", "5А-сводная-ведомость.pdf", "5А-классный-журнал.pdf",
        ])
        XCTAssertEqual(try String(contentsOfFile: archive.folder + "/5А-классный-журнал.pdf", encoding: .utf8), "журнал 5А 4")
        var status = stat()
        XCTAssertEqual(stat(archive.folder + "/5А-сводная-ведомость.pdf", &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o400)
        let note = try String(contentsOfFile: archive.folder + "/README.txt", encoding: .utf8)
        XCTAssertTrue(note.contains("5А-сводная-ведомость.pdf") || note.contains("КЛАСС-сводная-ведомость.pdf"), note)
        let trusted = try school.service.schoolPublicKeys().map(\.hex)
        XCTAssertEqual(try JournalService.verifyBackup(at: archive.folder, trustedKeys: trusted).manifest, archive.manifest)

        chmod(archive.folder + "/5А-классный-журнал.pdf", 0o600)
        try "подмена".write(toFile: archive.folder + "/5А-классный-журнал.pdf", atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try JournalService.verifyBackup(at: archive.folder, trustedKeys: trusted)) { error in
            XCTAssertEqual(error as? BackupError, .fileChanged(path: archive.folder, file: "5А-классный-журнал.pdf"))
        }
    }

    func testAPrinterFailureLeavesNoHalfArchive() throws {
        struct Jammed: Error {}
        XCTAssertThrowsError(try school.service.archiveYear(named: nil, to: shelf, osUser: "ezh") { _ in throw Jammed() })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: shelf), [])
    }
}
