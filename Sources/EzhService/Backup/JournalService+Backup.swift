import EzhCore
internal import EzhStore
import Foundation

/// One destination's result of `ezh backup`.
public struct BackupOutcome: Sendable {
    public let destination: String
    /// The new backup's folder, or nil when it failed.
    public let folder: String?
    public let manifest: BackupManifest?
    /// Why it failed.
    public let failure: BackupError?
    /// Older backups rotation removed from the destination.
    public let removed: [String]
    /// The last access-log entry the backup's own check of the chain reached, when the copy was
    /// done first (a school's first backup, on a long log); nil: it reached the head.
    public var chainCheckedTo: Int64? = nil

    public var succeeded: Bool { folder != nil }
}

extension JournalService {
    /// The school's backup settings.
    public func backupSettings() throws -> BackupSettings {
        try read { db in
            var stored: [String: String] = [:]
            for key in BackupSettings.Key.all {
                stored[key] = try SettingQueries.value(key, db)
            }
            return BackupSettings(stored: stored)
        }
    }

    /// The administrator changes a backup setting (`ezh backup set`): checked, written with its
    /// history row and access-log entry.
    public func changeBackupSetting(_ session: Session, key: String, value: String) throws {
        let normalized = try BackupSettings.normalize(key: key, value: value)
        try write(session) { db, stamp in
            try require(.changeRuleSettings, try viewer(for: session, db))
            let old = try SettingQueries.value(key, db)
            guard old != normalized else { return }
            try SettingQueries.set(key, to: normalized, db)
            try ChangeLog.record(stamp.change(entity: "setting", key: key, field: "value", from: old, to: normalized), in: db)
        }
    }

    /// Backs the journal up to each destination (`ezh backup`), while everyone keeps working.
    ///
    /// Each copy is made from one snapshot of the journal into a hidden `.partial` folder,
    /// digested (BLAKE2b) as it is written, checked (the access-log chain on the snapshot while
    /// it is copied; its header, schema and head there after), described by a manifest signed
    /// with the school's key, and only then renamed to its `ezh-backup-…` name:
    /// a backup killed at any point leaves at most a `.partial` folder, which counts for nothing
    /// and the next backup removes. Then rotation removes what the policy no longer keeps. Every
    /// destination's result goes to the access log (under the operating-system user) and to the
    /// record the administrator's screen shows. Destinations fail one by one: a missing disk
    /// does not stop the copy to the other.
    public func backUp(to destinations: [String], osUser: String) throws -> [BackupOutcome] {
        guard !destinations.isEmpty else { throw BackupError.noDestinations }
        let key = try ensureSigningKey(osUser: osUser)
        // The head as it is now, signed and kept in the journal, and so in every copy below.
        try recordCheckpoint(reason: "backup", signer: key)
        let settings = try backupSettings()
        return destinations.map { destination in
            let started = now()
            do {
                let (folder, manifest, chain) = try backUp(to: destination, key: key, at: started)
                let removed = rotate(destination, policy: settings.policy)
                record(destination, started: started, osUser: osUser, outcome: .success((folder, manifest, removed, chain.stoppedAfter)))
                return BackupOutcome(destination: destination, folder: folder, manifest: manifest, failure: nil, removed: removed,
                                     chainCheckedTo: chain.stoppedAfter)
            } catch {
                let failure = (error as? BackupError)
                    ?? .cannotWrite(path: destination, detail: (error as? UserFacingError)?.message(in: .ru) ?? String(describing: error))
                record(destination, started: started, osUser: osUser, outcome: .failure(failure))
                return BackupOutcome(destination: destination, folder: nil, manifest: nil, failure: failure, removed: [])
            }
        }
    }

    private func backUp(to destination: String, key: SchoolKey, at started: Date) throws -> (String, BackupManifest, JournalCopy.ChainCheck) {
        guard BackupFiles.isFolder(destination) else { throw BackupError.destinationMissing(path: destination) }
        Self.removeAbandonedPartials(in: destination)
        let name = "ezh-backup-" + BackupFiles.stamp(started)
        let partial = "\(destination)/.\(name).partial-\(getpid())"
        try BackupFiles.makeFolder(partial)
        do {
            let database = partial + "/" + BackupManifest.databaseFileName
            let trusted = (try trustedAnchorKeys()).union([key.publicKeyHex])
            let (made, chain) = try translatingStorageErrors {
                try JournalSnapshotCopy.make(from: store.path, to: database) { snapshot, copyDone in
                    try JournalCopy.checkChain(snapshot, until: copyDone) { checkpoints, verifiedUpTo in
                        checkpoints
                            .filter { $0.anchor.seq <= verifiedUpTo && trusted.contains($0.anchor.publicKey) }
                            .sorted { $0.anchor.seq > $1.anchor.seq }
                            .first(where: LogSignature.verify)?.anchor
                    }
                }
            }
            let facts = try quickCheck(database, made: made, chain: chain, folder: partial)
            BackupFiles.sync(database)
            let manifest = BackupManifest(
                format: BackupManifest.currentFormat, kind: .backup, school: schoolName, createdAt: InstantFormat.string(started),
                schemaVersion: facts.schemaVersion, accessLog: .init(seq: facts.headSeq, hash: facts.headHash),
                lastHistoryID: facts.lastHistoryID, publicKey: key.publicKeyHex,
                files: [.init(name: BackupManifest.databaseFileName, bytes: made.bytes, blake2b: made.blake2b)]
            )
            try BackupFiles.writeManifest(manifest, signedWith: key, into: partial)
            BackupFiles.sync(partial)
            let folder = destination + "/" + name
            try BackupFiles.renameDurably(partial, to: folder)
            return (folder, manifest, chain)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// The checks a new copy passes before it counts: its header and size, its schema, its head
    /// equal to the journal's at the snapshot (`JournalCopy.quickFacts`), and the chain checked
    /// on the snapshot as the copy was written (`JournalCopy.checkChain`): from the newest
    /// checkpoint signed with a key the school vouches for and reached by an earlier good backup's
    /// check, or from the start; to the head, or (a school's first backup, on a long log) as far
    /// as it got while the copy was made. The digest was made as the copy was written. The full
    /// checks are `ezh backup verify`'s, which the timer runs right after.
    private func quickCheck(
        _ database: String, made: JournalSnapshotCopy.Made, chain: JournalCopy.ChainCheck, folder: String
    ) throws -> JournalCopy.Facts {
        let facts: JournalCopy.Facts
        do {
            facts = try JournalCopy.quickFacts(at: database, pageSize: made.pageSize, pageCount: made.pageCount, chain: chain)
        } catch {
            throw BackupError.damaged(path: folder, detail: (error as? UserFacingError)?.message(in: .ru) ?? String(describing: error))
        }
        guard facts.damage.isEmpty else { throw BackupError.damaged(path: folder, detail: facts.damage.joined(separator: "; ")) }
        if case .broken = facts.chain { throw BackupError.chainBroken(path: folder, detail: facts.chain.message(in: .ru)) }
        guard facts.headSeq == made.headSeq, facts.headHash == made.headHash else { throw BackupError.headDiffers(path: folder) }
        return facts
    }

    /// Removes the `.partial` folders of backups whose process is gone (killed, or the machine
    /// went down); a partial of a backup still running is left to it.
    static func removeAbandonedPartials(in destination: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []
        for name in names where name.hasPrefix(".ezh-") && name.contains(".partial-") {
            guard let pid = Int32(name.split(separator: "-").last ?? "") else { continue }
            if pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            try? FileManager.default.removeItem(atPath: destination + "/" + name)
        }
    }

    /// Removes the backups the policy no longer keeps; returns their folder names. Archives are
    /// never removed by rotation.
    private func rotate(_ destination: String, policy: RotationPolicy) -> [String] {
        let backups = Self.backups(in: destination).filter { ($0 as NSString).lastPathComponent.hasPrefix("ezh-backup-") }
        let dated: [BackupRotation.Backup<String>] = backups.compactMap { folder in
            guard let body = FileManager.default.contents(atPath: folder + "/" + BackupManifest.fileName),
                  let manifest = BackupManifest.decode(body), let instant = InstantFormat.date(manifest.createdAt)
            else { return nil }
            return .init(id: folder, day: timeZone.localDate(of: instant), order: manifest.createdAt)
        }
        let kept = BackupRotation.keep(dated, today: today(), policy: policy)
        var removed: [String] = []
        for backup in dated where !kept.contains(backup.id) {
            if (try? FileManager.default.removeItem(atPath: backup.id)) != nil {
                removed.append((backup.id as NSString).lastPathComponent)
            }
        }
        return removed
    }

    private enum RunOutcome {
        case success((folder: String, manifest: BackupManifest, removed: [String], chainStoppedAfter: Int64?))
        case failure(BackupError)
    }

    /// The run goes to the backup record and the access log in one write. A journal too busy to
    /// take it does not undo the copy, which its manifest describes on its own.
    private func record(_ destination: String, started: Date, osUser: String, outcome: RunOutcome) {
        let finished = InstantFormat.string(now())
        let run: BackupQueries.Run
        let detail: String
        switch outcome {
        case .success(let done):
            let name = (done.folder as NSString).lastPathComponent
            let rotation = done.removed.isEmpty ? "" : "; ротация удалила \(done.removed.count)"
            let chain = done.chainStoppedAfter.map { "; цепочка при копировании проверена до записи № \($0), дальше — при полной проверке" } ?? ""
            detail = "\(name): \(done.manifest.database?.bytes ?? 0) байт, запись № \(done.manifest.accessLog.seq)\(chain)\(rotation)"
            run = .init(
                destination: destination, startedAt: InstantFormat.string(started), finishedAt: finished, ok: true,
                folder: name, bytes: done.manifest.database?.bytes ?? 0, headSeq: done.manifest.accessLog.seq, detail: detail,
                chainCheckedTo: done.chainStoppedAfter
            )
        case .failure(let error):
            detail = "не удалось: " + error.message(in: .ru)
            run = .init(
                destination: destination, startedAt: InstantFormat.string(started), finishedAt: finished, ok: false,
                detail: error.message(in: .ru) + "\n" + error.message(in: .en)
            )
        }
        _ = try? translatingWrite { db in
            try BackupQueries.record(run, db)
            try AccessLog.append(AccessLogRow(
                seq: 0, at: finished, accountID: nil, login: "os:\(osUser)", role: "system", terminal: terminal.label,
                action: AuditAction.backup.rawValue, object: destination, detail: detail
            ), db)
        }
    }
}
