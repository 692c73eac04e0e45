import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB
import XCTest

/// Tampering with the journal's file behind ezh's back, with the sqlite3 shell as someone who
/// holds the file would (triggers dropped first): each change is caught by the audit check once
/// a signed checkpoint exists, naming the first bad entry, checkpoint or value.
final class AuditAnchorTests: XCTestCase {
    private var school: TestSchool!
    /// The school's key, made as `ezh key create` makes it (`<db>.key`, its public half in the journal).
    private var signer: SchoolKey!
    /// The sequence of the head the checkpoint signed.
    private var anchored: Int64 = 0

    private static let sqlite3 = "/usr/bin/sqlite3"

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.sqlite3), "the sqlite3 shell is not installed")
        school = try TestSchool()
        let teacher = try school.signIn("teacher")
        let grid = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        var column = try XCTUnwrap(grid.columns.last)
        for (pupil, mark) in [(TestSchool.ivanova, 5), (TestSchool.alexeev, 4), (TestSchool.yakovleva, 3)] {
            column = try school.service.setMark(
                teacher, page: TestSchool.mathPage, column: column, pupil: pupil, value: .grade(mark), replacing: nil
            )
        }
        column = try school.service.setMark(
            teacher, page: TestSchool.mathPage, column: column, pupil: TestSchool.alexeev, value: .grade(2), replacing: .grade(4)
        )
        try school.service.setAttendance(
            teacher, page: TestSchool.mathPage, lesson: TestSchool.todaysMath, pupil: TestSchool.yakovleva, code: .absent, replacing: nil
        )
        _ = try school.service.setTopic(teacher, lesson: TestSchool.todaysMath, topic: "Дроби", replacing: "")
        _ = try school.service.setHomework(teacher, lesson: TestSchool.todaysMath, homework: "№ 12", replacing: "")
        signer = try school.service.createSchoolKey(osUser: "test", replacing: false)
        anchored = try school.service.recordCheckpoint(reason: "test", signer: signer).seq
        // Entries after the checkpoint: a later read and sign-out.
        _ = try school.service.marksGrid(teacher, page: TestSchool.mathPage, period: TestSchool.quarter2)
        school.service.signOut(teacher)
    }

    override func tearDown() {
        school?.remove()
    }

    // MARK: - Tools

    /// Runs `sql` on the journal's file with the sqlite3 shell, the append-only triggers dropped.
    private func tamper(_ sql: String, file: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.sqlite3)
        let errors = Pipe()
        process.standardError = errors
        process.arguments = [file ?? school.store.path, """
            DROP TRIGGER IF EXISTS access_log_is_append_only_update; DROP TRIGGER IF EXISTS access_log_is_append_only_delete;
            DROP TRIGGER IF EXISTS change_history_is_append_only_update; DROP TRIGGER IF EXISTS change_history_is_append_only_delete;
            DROP TRIGGER IF EXISTS log_checkpoint_is_append_only_update; DROP TRIGGER IF EXISTS log_checkpoint_is_append_only_delete;
            \(sql)
            """]
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, message)
    }

    /// Recomputes the chain from `seq` on with the real algorithm and writes it with the shell:
    /// what someone who read ezh's source would do after changing a row.
    private func recomputeChain(from seq: Int64) throws {
        let rows = try school.store.pool.read { db -> [AccessLogRow] in
            var rows: [AccessLogRow] = []
            try AccessLogQueries.forEach(db) { rows.append($0) }
            return rows
        }
        var previous = rows.last { $0.seq < seq }?.hash ?? AccessLog.genesis
        var sql = "CREATE TEMP TABLE rehash (seq INTEGER PRIMARY KEY, prev_hash TEXT, hash TEXT);\n"
        for var row in rows where row.seq >= seq {
            row.prevHash = previous
            row.hash = AccessLog.hash(of: row)
            previous = row.hash
            sql += "INSERT INTO rehash VALUES (\(row.seq), '\(row.prevHash)', '\(row.hash)');\n"
        }
        // Two steps, so that the UNIQUE hash column never sees a duplicate halfway.
        sql += """
            UPDATE access_log SET hash = 'tmp' || seq WHERE seq IN (SELECT seq FROM rehash);
            UPDATE access_log SET prev_hash = (SELECT prev_hash FROM rehash r WHERE r.seq = access_log.seq),
                                  hash = (SELECT hash FROM rehash r WHERE r.seq = access_log.seq)
             WHERE seq IN (SELECT seq FROM rehash);
            """
        try tamper(sql)
    }

    private func report(against files: [String] = [], service: JournalService? = nil) throws -> AuditReport {
        try (service ?? school.service).verifyAudit(against: files)
    }

    private func assertRewrittenCaught(file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try report()
        XCTAssertEqual(report.chain, .intact(entries: try entryCount()), "the recomputed chain holds by itself", file: file, line: line)
        let failure = try XCTUnwrap(report.anchors.failures.first, "the checkpoint catches it", file: file, line: line)
        XCTAssertEqual(failure.found.anchor.seq, anchored, file: file, line: line)
        XCTAssertFalse(report.holds, file: file, line: line)
        XCTAssertTrue(report.anchors.message(in: .ru).contains("№ \(anchored)"), report.anchors.message(in: .ru), file: file, line: line)
    }

    private func entryCount() throws -> Int {
        try school.store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM access_log") } ?? 0
    }

    // MARK: - An untouched journal

    func testAnUntouchedJournalHoldsEverywhere() throws {
        let report = try report()
        XCTAssertTrue(report.holds, "\(report)")
        XCTAssertEqual(report.anchors.inDatabase, 1)
        XCTAssertEqual(report.values, ValueVerification(mismatches: 0, first: nil))
        XCTAssertEqual(try school.service.checkpoints().map(\.reason), ["test"])
    }

    // MARK: - The access log's rows

    func testEveryHashedColumnChangedIsNamed() throws {
        let columns: [(name: String, value: String)] = [
            ("at", "'2026-11-27T08:00:00.000Z'"), ("account_id", "2"), ("login", "'director'"), ("role", "'administrator'"),
            ("terminal", "'pts/9'"), ("action", "'read'"), ("object", "'mark assignment=1;pupil=3 value'"), ("class_id", "2"),
            ("subject_id", "2"), ("lesson_date", "'2026-11-26'"), ("period_id", "2"), ("history_id", "1"),
            ("late_permission_id", "1"), ("detail", "'x'"), ("prev_hash", "'" + String(repeating: "1", count: 64) + "'"),
            ("hash", "'" + String(repeating: "2", count: 64) + "'"),
        ]
        let original = school.store.path
        for (column, value) in columns {
            let copy = school.directory.appendingPathComponent("\(column).sqlite").path
            try tamper("VACUUM INTO '\(copy)';", file: original)
            try tamper("UPDATE access_log SET \(column) = \(value) WHERE seq = 4;", file: copy)
            let store = try JournalStore(path: copy, access: .readOnly)
            let service = try JournalService(store: store, clock: school.clock, terminal: TerminalInfo(tty: "pts/7"))
            let chain = try service.verifyAudit(against: []).chain
            guard case .broken(let seq, _) = chain else { XCTFail("a changed \(column) is not noticed"); continue }
            XCTAssertEqual(seq, 4, "\(column): \(chain)")
        }
    }

    func testAChangedSequenceNumberIsNamed() throws {
        try tamper("UPDATE access_log SET seq = 1000 WHERE seq = 4;")
        XCTAssertEqual(try report().chain, .broken(seq: 5, reason: .removedBefore(expected: 4)))
    }

    func testAChainRecomputedFromTheMiddleIsCaught() throws {
        try tamper("UPDATE access_log SET login = 'director' WHERE seq = 3;")
        try recomputeChain(from: 3)
        try assertRewrittenCaught()
    }

    func testDeletedRowsWithTheChainRecomputedAreCaught() throws {
        // The rows after the deleted one move down, as a careful forger would do.
        try tamper("""
            DELETE FROM access_log WHERE seq = 2;
            UPDATE access_log SET seq = -seq WHERE seq > 2;
            UPDATE access_log SET seq = -seq - 1 WHERE seq < 0;
            """)
        try recomputeChain(from: 2)
        try assertRewrittenCaught()
    }

    func testAnInsertedRowWithTheChainRecomputedIsCaught() throws {
        try tamper("""
            UPDATE access_log SET seq = -seq WHERE seq >= 3;
            UPDATE access_log SET seq = -seq + 1 WHERE seq < 0;
            INSERT INTO access_log SELECT 3, at, account_id, 'intruder', role, terminal, 'read', object, class_id, subject_id,
                lesson_date, period_id, NULL, late_permission_id, detail, '', 'forged' FROM access_log WHERE seq = 2;
            """)
        try recomputeChain(from: 3)
        try assertRewrittenCaught()
    }

    func testReorderedRowsWithTheChainRecomputedAreCaught() throws {
        try tamper("""
            UPDATE access_log SET seq = -3 WHERE seq = 3;
            UPDATE access_log SET seq = 3 WHERE seq = 4;
            UPDATE access_log SET seq = 4 WHERE seq = -3;
            """)
        try recomputeChain(from: 3)
        try assertRewrittenCaught()
    }

    func testTheWholeChainRecomputedAfterTheCheckpointsAreDeletedIsCaughtByAnExportedAnchor() throws {
        let exported = school.directory.appendingPathComponent("anchor.json").path
        let anchor = try XCTUnwrap(try school.service.checkpoints().last)
        try AnchorFiles.json(anchor).write(toFile: exported, atomically: true, encoding: .utf8)
        try tamper("UPDATE access_log SET object = 'ничего' WHERE seq = 1; DELETE FROM log_checkpoint;")
        try recomputeChain(from: 1)
        let withoutAnchor = try report()
        XCTAssertTrue(withoutAnchor.chain == .intact(entries: try entryCount()) && withoutAnchor.anchors.count == 0)
        let withAnchor = try report(against: [exported])
        XCTAssertEqual(withAnchor.anchors.failures.map(\.problem), [.rewritten(since: nil)])
        XCTAssertTrue(withAnchor.anchors.message(in: .ru).contains(exported))
    }

    // MARK: - Checkpoints and older copies

    func testACheckpointWithABadSignatureIsNamed() throws {
        try tamper("UPDATE log_checkpoint SET seq = seq + 1;")
        let report = try report()
        XCTAssertEqual(report.anchors.failures.map(\.problem), [.badSignature])
        XCTAssertTrue(report.anchors.message(in: .ru).contains("подпись"), report.anchors.message(in: .ru))
        XCTAssertTrue(report.anchors.message(in: .ru).contains("контрольная точка № 1 в базе"), report.anchors.message(in: .ru))
    }

    func testAFileReplacedByAnOlderCopyIsCaughtByTheBackupManifests() throws {
        let older = school.directory.appendingPathComponent("older.sqlite").path
        let destination = school.directory.appendingPathComponent("media-b").path
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        try school.store.pool.write { try SettingQueries.set("backup.destinations", to: destination, $0) }
        try tamper("VACUUM INTO '\(older)';")
        let olderEnd = try entryCount()
        // Later work, then a backup whose manifest anchors it.
        let teacher = try school.signIn("teacher")
        school.service.signOut(teacher)
        let outcome = try XCTUnwrap(try school.service.backUp(to: [destination], osUser: "test").first)
        let head = try XCTUnwrap(outcome.manifest?.accessLog.seq)
        XCTAssertTrue(try report().holds)

        let service = try JournalService(
            store: try JournalStore(path: older, access: .readOnly), clock: school.clock, terminal: TerminalInfo(tty: "pts/7")
        )
        let report = try report(service: service)
        XCTAssertEqual(report.chain, .intact(entries: olderEnd), "the older copy is whole by itself")
        XCTAssertEqual(report.anchors.failures.map(\.problem), [.beyondEnd(logEnd: Int64(olderEnd))])
        XCTAssertEqual(report.anchors.failures.first?.found.anchor.seq, head)
        let text = report.anchors.message(in: .ru)
        XCTAssertTrue(text.contains("более старой копией") && text.contains("manifest.json"), text)
    }

    func testAnAgainstFileWithoutAnAnchorIsRefused() throws {
        let path = school.directory.appendingPathComponent("notes.json").path
        try "{\"school\": 1}".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try report(against: [path])) { error in
            XCTAssertTrue("\(error)".contains("notes.json"), "\(error)")
        }
    }

    func testClosingAPeriodMakesASignedCheckpointWhenTheSchoolKeyIsThere() throws {
        let admin = try school.signIn("admin")
        try school.service.closePeriod(admin, TestSchool.quarter2)
        let checkpoints = try school.service.checkpoints()
        XCTAssertEqual(checkpoints.map(\.reason), ["test", "period_closed period=2"])
        let head = try school.store.pool.read { try AccessLogQueries.head($0) }
        XCTAssertEqual(checkpoints.last?.seq, head?.seq, "the closing's own entry is anchored")
        XCTAssertTrue(try report().holds)
    }

    func testWithoutTheKeyFileClosingAPeriodStillClosesIt() throws {
        try FileManager.default.removeItem(atPath: school.service.schoolKeyPath)
        let admin = try school.signIn("admin")
        try school.service.closePeriod(admin, TestSchool.quarter2)
        XCTAssertEqual(try school.service.checkpoints().map(\.reason), ["test"])
        XCTAssertTrue(try report().holds, "the journal's own public key still checks the earlier checkpoint")
    }

    func testACheckpointSignedWithAnotherKeyThanTheSchoolsIsNamed() throws {
        try school.service.recordCheckpoint(reason: "forged", signer: SchoolKey.generate())
        let report = try report()
        XCTAssertEqual(report.anchors.failures.map(\.problem), [.foreignKey])
        XCTAssertTrue(report.anchors.message(in: .ru).contains("чужим ключом"), report.anchors.message(in: .ru))
    }

    func testABackupMakesACheckpointAndItsManifestAnchorsTheChain() throws {
        let destination = school.directory.appendingPathComponent("media-a").path
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        let outcome = try XCTUnwrap(try school.service.backUp(to: [destination], osUser: "test").first)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(try school.service.checkpoints().map(\.reason), ["test", "backup"])
        let folder = try XCTUnwrap(outcome.folder)
        let fromManifest = try AnchorFiles.anchors(at: folder)
        XCTAssertEqual(fromManifest.map(\.anchor.seq), [try XCTUnwrap(outcome.manifest).accessLog.seq])
        XCTAssertTrue(try report(against: [folder]).holds)

        try tamper("UPDATE access_log SET role = 'x' WHERE seq = 1; DELETE FROM log_checkpoint;")
        try recomputeChain(from: 1)
        let report = try report(against: [folder + "/manifest.json"])
        XCTAssertEqual(report.anchors.failures.map(\.problem), [.rewritten(since: nil)])
    }

    // MARK: - Values behind ezh's back

    func testAMarkChangedWithoutHistoryIsNamed() throws {
        try tamper("UPDATE mark SET value = '2' WHERE pupil_id = 1;")
        let values = try report().values
        XCTAssertEqual(values.mismatches, 1)
        let first = try XCTUnwrap(values.first)
        XCTAssertEqual(first.kind, .mark)
        XCTAssertEqual(first.stored, "2")
        XCTAssertEqual(first.recorded, "5")
        let text = values.message(in: .ru)
        XCTAssertTrue(text.contains("Иванова Анна") && text.contains("5А Математика") && text.contains("27.11.2026"), text)
    }

    func testAMarkAddedWithoutHistoryIsNamed() throws {
        try tamper("""
            INSERT INTO mark (assignment_id, pupil_id, value, changed_at, changed_by)
                SELECT assignment_id, 4, '5', changed_at, changed_by FROM mark LIMIT 1;
            """)
        let values = try report().values
        XCTAssertEqual(values.mismatches, 1)
        XCTAssertEqual(values.first?.hasHistory, false)
    }

    func testAHistoryRowRemovedIsNamed() throws {
        try tamper("""
            DELETE FROM change_history WHERE id = (SELECT max(id) FROM change_history WHERE entity = 'mark');
            """)
        let values = try report().values
        XCTAssertEqual(values.first?.stored, "2")
        XCTAssertEqual(values.first?.recorded, "4", "the history now ends at the earlier value")
        XCTAssertTrue(values.message(in: .ru).contains("Алексеев Борис"), values.message(in: .ru))
    }

    func testValueRowsDeletedAreNamed() throws {
        try tamper("DELETE FROM attendance; DELETE FROM mark WHERE pupil_id = 3;")
        let values = try report().values
        XCTAssertEqual(values.mismatches, 2)
        XCTAssertEqual(values.first?.kind, .mark)
        XCTAssertNil(values.first?.stored)
        XCTAssertTrue(values.message(in: .ru).contains("удалено"), values.message(in: .ru))
    }

    func testTopicHomeworkAndFinalsChangedAreNamed() throws {
        try tamper("""
            UPDATE lesson SET topic = 'Другая тема' WHERE id = 1;
            UPDATE lesson SET homework = '' WHERE id = 1;
            UPDATE lesson SET topic = 'Новая' WHERE id = 2;
            INSERT INTO period_final (pupil_id, class_id, subject_id, kind, period_id, value, changed_at, changed_by)
                VALUES (1, 1, 1, 'period', 2, '5', '2026-11-27T09:00:00.000Z', 1);
            """)
        let values = try report().values
        XCTAssertEqual(values.mismatches, 4)
        XCTAssertEqual(values.first?.kind, .periodFinal)
        XCTAssertTrue(values.message(in: .ru).contains("и ещё 3"), values.message(in: .ru))
    }
}
