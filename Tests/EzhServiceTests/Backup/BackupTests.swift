import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// `backUp`, `verifyBackup` and `planRestore` on a real file: what a copy holds, what is logged,
/// and every tampering refused.
final class BackupTests: XCTestCase {
    private var school: TestSchool!
    private var usb: String!

    override func setUpWithError() throws {
        school = try TestSchool()
        usb = school.directory.appendingPathComponent("usb").path
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
    }

    override func tearDown() {
        school.remove()
    }

    private func backUp() throws -> BackupOutcome {
        let outcome = try XCTUnwrap(try school.service.backUp(to: [usb], osUser: "ezh").first)
        XCTAssertNil(outcome.failure)
        return outcome
    }

    func testABackupIsCheckedSignedLoggedAndRecorded() throws {
        let outcome = try backUp()
        let folder = try XCTUnwrap(outcome.folder)
        let verified = try JournalService.verifyBackup(at: folder, trustedKeys: try school.service.schoolPublicKeys().map(\.hex))
        XCTAssertTrue(verified.keyCheckedAgainstSchool)
        XCTAssertEqual(verified.manifest.school, "Тестовая школа")
        XCTAssertEqual(try school.count("SELECT count(*) FROM access_log WHERE action = 'backup' AND login = 'os:ezh'"), 1)
        let last = try XCTUnwrap(try school.service.backupStatus(try school.signIn("admin")).destinations.first)
        XCTAssertEqual(last.destination, usb)
        XCTAssertTrue(last.lastSucceeded)
        XCTAssertEqual(try school.service.verifyAccessLog(), .intact(entries: try school.count("SELECT count(*) FROM access_log")))
    }

    func testAMissingDestinationFailsAloneAndIsRecorded() throws {
        let outcomes = try school.service.backUp(to: [usb + "/unplugged", usb], osUser: "ezh")
        XCTAssertEqual(outcomes.map(\.succeeded), [false, true])
        XCTAssertEqual(outcomes[0].failure, .destinationMissing(path: usb + "/unplugged"))
        let status = try school.service.backupStatus(try school.signIn("admin"))
        XCTAssertEqual(status.destinations.map(\.destination), [usb, usb + "/unplugged"])
        XCTAssertEqual(status.destinations.map(\.lastSucceeded), [true, false])
        XCTAssertEqual(try school.count("SELECT count(*) FROM backup_run WHERE ok = 0"), 1)
    }

    func testAFlippedBitAChangedManifestAndAForeignKeyAreRefused() throws {
        let folder = try XCTUnwrap(try backUp().folder)
        let trusted = try school.service.schoolPublicKeys().map(\.hex)
        let database = folder + "/journal.sqlite"
        let manifestPath = folder + "/manifest.json"
        let signaturePath = folder + "/manifest.sig"
        let original = try Data(contentsOf: URL(fileURLWithPath: database))
        let manifest = try Data(contentsOf: URL(fileURLWithPath: manifestPath))
        let signature = try Data(contentsOf: URL(fileURLWithPath: signaturePath))

        var flipped = original
        flipped[flipped.count / 2] ^= 0x10
        try flipped.write(to: URL(fileURLWithPath: database))
        XCTAssertThrowsError(try JournalService.verifyBackup(at: folder, trustedKeys: trusted)) { error in
            XCTAssertEqual(error as? BackupError, .fileChanged(path: folder, file: "journal.sqlite"))
        }
        try original.write(to: URL(fileURLWithPath: database))

        let edited = String(decoding: manifest, as: UTF8.self).replacingOccurrences(of: "\"seq\" : ", with: "\"seq\" : 1")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: manifestPath))
        XCTAssertThrowsError(try JournalService.verifyBackup(at: folder, trustedKeys: trusted)) { error in
            XCTAssertEqual(error as? BackupError, .badSignature(path: folder))
        }

        // Signed anew by someone else's key, naming that key: a good signature, not the school's.
        let stranger = SchoolKey.generate()
        var forged = try XCTUnwrap(BackupManifest.decode(manifest))
        forged.publicKey = stranger.publicKeyHex
        let forgedBody = try forged.encoded()
        try forgedBody.write(to: URL(fileURLWithPath: manifestPath))
        try Data(Hex.string(stranger.sign(forgedBody)).utf8).write(to: URL(fileURLWithPath: signaturePath))
        XCTAssertThrowsError(try JournalService.verifyBackup(at: folder, trustedKeys: trusted)) { error in
            XCTAssertEqual(error as? BackupError, .untrustedKey(path: folder, fingerprint: stranger.fingerprint))
        }
        XCTAssertThrowsError(try JournalService.verifyBackup(at: folder, trustedKeys: []), "the copy does not know that key either")
        XCTAssertThrowsError(try JournalService.planRestore(backup: folder, journal: school.store.path, trustCopyKey: false))

        try manifest.write(to: URL(fileURLWithPath: manifestPath))
        try signature.write(to: URL(fileURLWithPath: signaturePath))
        XCTAssertNoThrow(try JournalService.verifyBackup(at: folder, trustedKeys: trusted))
    }

    func testARestorePlanCountsWhatWasDoneAfterTheBackup() throws {
        let folder = try XCTUnwrap(try backUp().folder)
        let teacher = try school.signIn("teacher")
        _ = try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
        let plan = try JournalService.planRestore(backup: folder, journal: school.store.path, trustCopyKey: false)
        XCTAssertEqual(plan.losses.map(\.kind.russian), ["темы уроков"])
        XCTAssertEqual(plan.losses.first?.count, 1)
        XCTAssertGreaterThan(plan.lostLogEntries, 1)
    }
}
