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

    // MARK: The backup's own checks and the full one

    /// Changes an entry's `detail` behind ezh's back, leaving its stored hash as it was.
    private func tamper(entry seq: Int64) throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS access_log_is_append_only_update;
                UPDATE access_log SET detail = detail || ' (правка)' WHERE seq = ?
                """, arguments: [seq])
        }
    }

    private func head() throws -> Int64 {
        Int64(try school.count("SELECT max(seq) FROM access_log"))
    }

    func testAnEntryTamperedAfterTheLastCheckpointMakesTheBackupFail() throws {
        _ = try backUp()
        _ = try school.service.setTopic(try school.signIn("teacher"), lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
        try tamper(entry: try head())
        school.clock.advance(by: 60)
        let outcome = try XCTUnwrap(try school.service.backUp(to: [usb], osUser: "ezh").first)
        guard case .chainBroken = outcome.failure else { return XCTFail("expected a broken chain, got \(String(describing: outcome.failure))") }
        XCTAssertEqual(JournalService.backups(in: usb).count, 1, "the failed copy does not count")
    }

    func testAnEntryTamperedBeforeTheLastCheckpointPassesTheBackupButNotTheFullVerify() throws {
        _ = try school.signIn("admin")
        let first = try backUp()
        let checkedUpTo = try XCTUnwrap(first.manifest).accessLog.seq
        XCTAssertGreaterThan(checkedUpTo, 1)
        _ = try school.service.setTopic(try school.signIn("teacher"), lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
        try tamper(entry: checkedUpTo - 1)
        school.clock.advance(by: 60)
        // The second copy checks the chain only after the checkpoint the first one reached.
        let folder = try XCTUnwrap(try backUp().folder)
        XCTAssertThrowsError(try JournalService.verifyBackup(at: folder, trustedKeys: try school.service.schoolPublicKeys().map(\.hex))) { error in
            guard case .chainBroken(_, let detail) = error as? BackupError else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.contains("№ \(checkedUpTo - 1)"), detail)
        }
        XCTAssertEqual(try school.service.verifyAccessLog(), .broken(seq: checkedUpTo - 1, reason: .changed))
    }

    func testTheFirstBackupChecksTheChainFromItsStart() throws {
        _ = try school.signIn("teacher")
        XCTAssertGreaterThan(try head(), 0)
        try tamper(entry: 1)
        let outcome = try XCTUnwrap(try school.service.backUp(to: [usb], osUser: "ezh").first)
        guard case .chainBroken = outcome.failure else { return XCTFail("expected a broken chain, got \(String(describing: outcome.failure))") }
    }

    func testABackupWhoseCheckStoppedShortIsNotACheckedStartForTheNext() throws {
        _ = try school.signIn("admin")
        _ = try school.signIn("teacher")
        let first = try backUp()
        let firstHead = try XCTUnwrap(first.manifest).accessLog.seq
        XCTAssertGreaterThan(firstHead, 2)
        // As a first backup of a long log records it when the copy was done before its check of
        // the chain got past entry 1.
        try school.store.pool.write { try $0.execute(sql: "UPDATE backup_run SET chain_checked_to = 1") }
        _ = try school.service.setTopic(try school.signIn("teacher"), lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
        try tamper(entry: firstHead - 1)
        school.clock.advance(by: 60)
        // Unlike after a check that reached the head, the second copy checks from the start.
        let outcome = try XCTUnwrap(try school.service.backUp(to: [usb], osUser: "ezh").first)
        guard case .chainBroken(_, let detail) = outcome.failure else {
            return XCTFail("expected a broken chain, got \(String(describing: outcome.failure))")
        }
        XCTAssertTrue(detail.contains("№ \(firstHead - 1)"), detail)
    }

    func testOnlyAFullyVerifiedBackupKeepsTheWarningAway() throws {
        let admin = try school.signIn("admin")
        let folder = try XCTUnwrap(try backUp().folder)
        var status = try school.service.backupStatus(admin)
        XCTAssertTrue(status.isOverdue, "a digest-checked copy alone does not count")
        XCTAssertNil(status.destinations.first?.lastGoodVerifiedAt)
        _ = try JournalService.verifyBackup(at: folder, trustedKeys: try school.service.schoolPublicKeys().map(\.hex))
        XCTAssertTrue(try school.service.recordFullVerification(of: folder, osUser: "ezh"))
        status = try school.service.backupStatus(admin)
        XCTAssertFalse(status.isOverdue)
        XCTAssertNotNil(status.destinations.first?.lastGoodVerifiedAt)
        XCTAssertEqual(try school.service.fullVerifications().keys.sorted(), [(folder as NSString).lastPathComponent])
        XCTAssertFalse(try school.service.recordFullVerification(of: usb + "/ezh-backup-elsewhere", osUser: "ezh"))
    }

    func testACopyMadeWhileAnotherReaderHoldsTheWALIsMadeWithTheBackupAPIAndHoldsTheSameJournal() throws {
        _ = try school.service.setTopic(try school.signIn("teacher"), lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
        // Another connection reading an older snapshot keeps the WAL from being folded away.
        let reader = try DatabaseQueue(path: school.store.path)
        defer { try? reader.close() }
        let copy = school.directory.appendingPathComponent("held.sqlite").path
        let made: JournalSnapshotCopy.Made = try reader.inDatabase { db in
            try db.execute(sql: "BEGIN")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM access_log")
            defer { try? db.execute(sql: "ROLLBACK") }
            return try JournalSnapshotCopy.make(from: school.store.path, to: copy) { _, _ in }.made
        }
        XCTAssertFalse(made.streamed)
        let streamedCopy = school.directory.appendingPathComponent("free.sqlite").path
        let streamed = try JournalSnapshotCopy.make(from: school.store.path, to: streamedCopy) { _, _ in }.made
        XCTAssertTrue(streamed.streamed)
        XCTAssertEqual(made.headSeq, streamed.headSeq)
        XCTAssertEqual(made.headHash, streamed.headHash)
        for path in [copy, streamedCopy] {
            let facts = try JournalCopy.facts(at: path)
            XCTAssertEqual(facts.damage, [])
            XCTAssertEqual(facts.headSeq, made.headSeq)
            XCTAssertEqual(StreamingDigestProbe.blake2b(of: path), path == copy ? made.blake2b : streamed.blake2b)
            XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    func testTheCheckBesideTheCopyReadsTheSnapshotTheCopyHoldsWhileATeacherWrites() throws {
        let teacher = try school.signIn("teacher")
        let copy = school.directory.appendingPathComponent("beside.sqlite").path
        let (made, seen) = try JournalSnapshotCopy.make(from: school.store.path, to: copy) { snapshot, _ in
            // A teacher's change lands while the pages are being copied.
            _ = try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
            return try Int64.fetchOne(snapshot, sql: "SELECT max(seq) FROM access_log")
        }
        XCTAssertTrue(made.streamed)
        XCTAssertEqual(seen, made.headSeq, "the check saw the copy's snapshot")
        XCTAssertGreaterThan(try head(), made.headSeq, "the change is in the journal")
        let facts = try JournalCopy.facts(at: copy)
        XCTAssertEqual(facts.damage, [])
        XCTAssertEqual(facts.headSeq, made.headSeq, "and not in the copy")
        XCTAssertEqual(StreamingDigestProbe.blake2b(of: copy), made.blake2b)
    }
}

/// The digest of a file by coreutils' `b2sum`, to hold the streamed one against.
private enum StreamingDigestProbe {
    static func blake2b(of path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/b2sum")
        process.arguments = ["-l", "256", path]
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: " ").first.map(String.init)
    }
}
