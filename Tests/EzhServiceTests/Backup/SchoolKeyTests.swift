import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// The school's signing key: made with the school, kept beside the database (0600), its public
/// half in the journal; a school from before the keys gets one on demand.
final class SchoolKeyTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func newSchool(_ name: String = "journal.sqlite") throws -> JournalService {
        let path = directory.appendingPathComponent(name).path
        let store = try JournalStore.create(at: path) { store in
            try JournalService.createSchool(
                in: store, name: "Школа №1", timeZone: "Europe/Moscow", administrator: "admin",
                password: "Correct-Horse-42", clock: SystemClock()
            )
        }
        return try JournalService(store: store, clock: SystemClock(), terminal: TerminalInfo(tty: "pts/1"))
    }

    func testANewSchoolHasItsKeyBesideTheDatabaseReadableByItsOwnerOnly() throws {
        let service = try newSchool()
        var status = stat()
        XCTAssertEqual(stat(service.schoolKeyPath, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o600)
        let key = try service.signingKey()
        XCTAssertEqual(try service.schoolPublicKeys().map(\.hex), [key.publicKeyHex])
        let keyText = try String(contentsOfFile: service.schoolKeyPath, encoding: .utf8)
        let secretLine = try XCTUnwrap(keyText.split(separator: "\n").first { $0.hasPrefix("secret:") })
        let secret = secretLine.dropFirst("secret:".count).trimmingCharacters(in: .whitespaces)
        let databaseBytes = try Data(contentsOf: directory.appendingPathComponent("journal.sqlite"))
        XCTAssertNil(databaseBytes.range(of: Data(secret.utf8)), "the secret half never enters the database")
        XCTAssertEqual(try service.verifyAccessLog(), .intact(entries: 2))
    }

    func testASignatureVerifiesOnlyForItsMessageAndItsKey() throws {
        let key = SchoolKey.generate()
        let message = Data("head 41 ab12".utf8)
        let signature = key.sign(message)
        XCTAssertTrue(SchoolKey.verify(signature: signature, message: message, publicKey: key.publicKey))
        XCTAssertFalse(SchoolKey.verify(signature: signature, message: Data("head 41 ab13".utf8), publicKey: key.publicKey))
        XCTAssertFalse(SchoolKey.verify(signature: signature, message: message, publicKey: SchoolKey.generate().publicKey))
        var flipped = signature
        flipped[7] ^= 0x01
        XCTAssertFalse(SchoolKey.verify(signature: flipped, message: message, publicKey: key.publicKey))
    }

    func testAKeyFileOthersCanReadIsRefused() throws {
        let service = try newSchool()
        chmod(service.schoolKeyPath, 0o644)
        XCTAssertThrowsError(try service.signingKey()) { error in
            XCTAssertEqual(error as? SchoolKeyError, .notPrivate(path: service.schoolKeyPath))
        }
    }

    func testAKeyFileEditedByHandIsRefused() throws {
        let service = try newSchool()
        var text = try String(contentsOfFile: service.schoolKeyPath, encoding: .utf8)
        let other = SchoolKey.generate().publicKeyHex
        let publicLine = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("public:") })
        text = text.replacingOccurrences(of: String(publicLine), with: "public: \(other)")
        try text.write(toFile: service.schoolKeyPath, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try service.signingKey()) { error in
            XCTAssertEqual(error as? SchoolKeyError, .damaged(path: service.schoolKeyPath))
        }
    }

    func testAnotherSchoolsKeyFileDoesNotSignForThisJournal() throws {
        let service = try newSchool()
        let other = try newSchool("other.sqlite")
        unlink(service.schoolKeyPath)
        XCTAssertThrowsError(try service.signingKey()) { error in
            XCTAssertEqual(error as? SchoolKeyError, .lost(path: service.schoolKeyPath))
        }
        try FileManager.default.copyItem(atPath: other.schoolKeyPath, toPath: service.schoolKeyPath)
        XCTAssertThrowsError(try service.signingKey()) { error in
            XCTAssertEqual(error as? SchoolKeyError, .notThisJournal(path: service.schoolKeyPath))
        }
    }

    func testASchoolFromBeforeTheKeysGetsOneOnDemandAndKeepsIt() throws {
        let school = try TestSchool()
        defer { school.remove() }
        XCTAssertEqual(try school.service.schoolPublicKeys(), [])
        let made = try school.service.ensureSigningKey(osUser: "backup")
        XCTAssertEqual(try school.service.ensureSigningKey(osUser: "backup").publicKeyHex, made.publicKeyHex)
        XCTAssertEqual(try school.service.schoolPublicKeys().map(\.hex), [made.publicKeyHex])
        XCTAssertEqual(
            try school.count("SELECT count(*) FROM access_log WHERE login = 'os:backup' AND object = 'ключ подписи школы'"), 1
        )
        XCTAssertThrowsError(try school.service.createSchoolKey(osUser: "backup", replacing: false)) { error in
            XCTAssertEqual(error as? SchoolKeyError, .exists(path: school.service.schoolKeyPath))
        }
    }

    func testALostKeyIsReplacedAndTheOldPublicHalfIsKept() throws {
        let service = try newSchool()
        let old = try service.signingKey()
        unlink(service.schoolKeyPath)
        let new = try service.createSchoolKey(osUser: "admin", replacing: true)
        XCTAssertNotEqual(new.publicKeyHex, old.publicKeyHex)
        XCTAssertEqual(try service.schoolPublicKeys().map(\.hex), [old.publicKeyHex, new.publicKeyHex])
        XCTAssertEqual(try service.signingKey().publicKeyHex, new.publicKeyHex)
    }

    func testARealSchoolIsNotCreatedOverAStrayKeyFile() throws {
        let path = directory.appendingPathComponent("journal.sqlite").path
        try "keep me".write(toFile: path + ".key", atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try newSchool()) { error in
            XCTAssertEqual(error as? SchoolKeyError, .exists(path: path + ".key"))
        }
        XCTAssertEqual(try String(contentsOfFile: path + ".key", encoding: .utf8), "keep me")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
