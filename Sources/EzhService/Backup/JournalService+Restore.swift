import EzhCore
internal import EzhStore
import Foundation

/// What a restore would do, worked out before anything is touched.
public struct RestorePlan: Sendable {
    /// What would be lost: changes in the journal made after the backup, by kind.
    public struct Loss: Sendable, Equatable {
        public let kind: BilingualText
        public let count: Int
    }

    public let backup: VerifiedBackup
    public let journalPath: String
    /// Whether there is a journal to replace (none after a disk died).
    public let journalExists: Bool
    public let losses: [Loss]
    /// Access-log entries after the backup's head (the backup's own entry among them).
    public let lostLogEntries: Int
}

/// What a restore did.
public struct RestoreResult: Sendable {
    /// Where the journal that was replaced now is, with its `-wal` beside it; nil when there was none.
    public let safetyCopy: String?
}

extension JournalService {
    /// Checks the backup and works out what restoring it over `journal` would lose, touching
    /// nothing: the signature must be by one of the school's keys (the journal's own, or its
    /// `<db>.key`); only with `trustCopyKey` (no journal and no key at hand) is the copy's own key
    /// accepted. Then every file's digest, SQLite's integrity_check and the copy's chain.
    public static func planRestore(backup path: String, journal: String, trustCopyKey: Bool) throws -> RestorePlan {
        let exists = FileManager.default.fileExists(atPath: journal)
        var trusted: [String] = []
        var losses: [RestorePlan.Loss] = []
        var lostEntries = 0
        var current: JournalStore?
        if exists {
            let store = try JournalStore(path: journal, access: .readOnly)
            current = store
            trusted += try store.pool.read { db in
                try SchoolKeyQueries.exists(db) ? SchoolKeyQueries.all(db).map(\.publicKeyHex) : []
            }
        }
        if let key = try? SchoolKey.load(forJournalAt: journal), !trusted.contains(key.publicKeyHex) {
            trusted.append(key.publicKeyHex)
        }
        if trusted.isEmpty, !trustCopyKey {
            try current?.pool.close()
            throw SchoolKeyError.missing(path: SchoolKey.path(forJournalAt: journal))
        }
        let backup: VerifiedBackup
        do {
            backup = try verifyBackup(at: path, trustedKeys: trusted)
            // Checked before anything is moved: once in place, this ezh could not open it.
            guard backup.manifest.schemaVersion <= JournalCopy.supportedSchemaVersion else {
                throw JournalFileError.newerSchema(
                    path: backup.databasePath, fileVersion: backup.manifest.schemaVersion,
                    supportedVersion: JournalCopy.supportedSchemaVersion
                )
            }
        } catch {
            try current?.pool.close()
            throw error
        }
        if let store = current {
            let changes = try store.pool.read { db in
                try JournalCopy.changesSince(historyID: backup.manifest.lastHistoryID, seq: backup.manifest.accessLog.seq, db)
            }
            losses = RestoreKinds.losses(changes.changes)
            lostEntries = changes.logEntries
            // Closed before the journal is locked: this process must hold no connection to it then.
            try store.pool.close()
        }
        return RestorePlan(
            backup: backup, journalPath: journal, journalExists: exists, losses: losses, lostLogEntries: lostEntries
        )
    }

    /// Puts the backup in place of the journal: refused while any other process (ezh or sqlite3)
    /// has the journal open, and it stays closed to them until the copy is in place. The journal
    /// that was there is kept as `<db>.before-restore-<time>` with its `-wal`; the copy goes in
    /// under a temporary name and is renamed over, so a restore killed halfway leaves either the
    /// old journal (moved aside, put back) or the new one. The restore is the restored journal's
    /// next access-log entry, naming the backup, the safety copy and what was lost.
    public static func restore(
        _ plan: RestorePlan, osUser: String, terminal: TerminalInfo, clock: any JournalClock = SystemClock()
    ) throws -> RestoreResult {
        let journal = plan.journalPath
        guard let lock = try JournalExclusiveLock(journal: journal) else { throw BackupError.journalInUse(path: journal) }
        var safety: String?
        do {
            let incoming = "\(journal).restoring-\(getpid())"
            unlink(incoming)
            try FileManager.default.copyItem(atPath: plan.backup.databasePath, toPath: incoming)
            chmod(incoming, 0o600)
            BackupFiles.sync(incoming)
            guard BackupFiles.digest(of: incoming)?.blake2b == plan.backup.manifest.database?.blake2b else {
                unlink(incoming)
                throw BackupError.fileChanged(path: plan.backup.folder, file: BackupManifest.databaseFileName)
            }
            if FileManager.default.fileExists(atPath: journal) {
                let aside = "\(journal).before-restore-\(BackupFiles.stamp(clock.now()))"
                try BackupFiles.renameDurably(journal, to: aside)
                if FileManager.default.fileExists(atPath: journal + "-wal") {
                    try BackupFiles.renameDurably(journal + "-wal", to: aside + "-wal")
                }
                safety = aside
            }
            do {
                try BackupFiles.renameDurably(incoming, to: journal)
            } catch {
                if let safety {
                    _ = rename(safety, journal)
                    _ = rename(safety + "-wal", journal + "-wal")
                }
                unlink(incoming)
                throw error
            }
        } catch {
            lock.release()
            throw error
        }
        // Released before SQLite opens the journal in this process (see JournalExclusiveLock).
        lock.release()
        try logRestore(plan, safety: safety, osUser: osUser, terminal: terminal, clock: clock)
        return RestoreResult(safetyCopy: safety)
    }

    private static func logRestore(
        _ plan: RestorePlan, safety: String?, osUser: String, terminal: TerminalInfo, clock: any JournalClock
    ) throws {
        let store = try JournalStore(path: plan.journalPath)
        let lost = plan.losses.map { "\($0.kind.russian) \($0.count)" }.joined(separator: ", ")
        let detail = [
            "из копии \((plan.backup.folder as NSString).lastPathComponent) (\(plan.backup.manifest.createdAt), запись № \(plan.backup.manifest.accessLog.seq))",
            safety.map { "прежняя база: \($0)" },
            lost.isEmpty ? nil : "потеряно: \(lost); записей журнала доступа \(plan.lostLogEntries)",
        ].compactMap { $0 }.joined(separator: "; ")
        try store.pool.write { db in
            try AccessLog.append(AccessLogRow(
                seq: 0, at: InstantFormat.string(clock.now()), accountID: nil, login: "os:\(osUser)", role: "system",
                terminal: terminal.label, action: AuditAction.restore.rawValue, object: plan.journalPath, detail: detail
            ), db)
        }
    }
}

/// The kinds of change a person recognises, from the history's entity and field.
enum RestoreKinds {
    static func losses(_ changes: [String: Int]) -> [RestorePlan.Loss] {
        var counts: [Int: Int] = [:]
        for (entityField, count) in changes {
            counts[kindIndex(entityField), default: 0] += count
        }
        return counts.keys.sorted().map { RestorePlan.Loss(kind: kinds[$0], count: counts[$0]!) }
    }

    private static let kinds = [
        BilingualText("оценки", "marks"),
        BilingualText("посещаемость", "attendance"),
        BilingualText("темы уроков", "lesson topics"),
        BilingualText("домашние задания", "homework"),
        BilingualText("итоговые оценки", "finals"),
        BilingualText("прочие изменения", "other changes"),
    ]

    private static func kindIndex(_ entityField: String) -> Int {
        let entity = entityField.split(separator: " ").first.map(String.init) ?? ""
        switch (entity, entityField) {
        case ("mark", _): return 0
        case ("attendance", _), (_, "lesson attendance_taken"): return 1
        case (_, "lesson topic"): return 2
        case (_, "lesson homework"): return 3
        case ("period_final", _): return 4
        default: return 5
        }
    }
}
