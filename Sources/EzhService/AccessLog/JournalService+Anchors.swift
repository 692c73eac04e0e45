import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Signs the access log's head as it is now and keeps the checkpoint in the database; the
    /// caller (a backup) may copy the returned anchor into its manifest. Adds no log entry: the
    /// checkpoint is its own record, and an entry would move the head it signs.
    @discardableResult
    public func recordCheckpoint(reason: String, signer: any LogSigner) throws -> LogAnchor {
        try translatingWrite { db in
            let head = try LogCheckpoints.head(db)
            let at = InstantFormat.string(now())
            let message = LogAnchor.message(seq: head.seq, hash: head.hash, at: at, reason: reason)
            let anchor = LogAnchor(
                seq: head.seq, hash: head.hash, at: at, reason: reason, publicKey: signer.publicKeyHex,
                signature: Hex.string(Data(try signer.signature(of: message)))
            )
            try LogCheckpoints.insert(anchor, db)
            return anchor
        }
    }

    /// The same with the school's key when this machine holds it; nil (and nothing written)
    /// when it does not.
    @discardableResult
    public func recordCheckpoint(reason: String) throws -> LogAnchor? {
        guard let signer = try schoolSigner() else { return nil }
        return try recordCheckpoint(reason: reason, signer: signer)
    }

    /// The database's own signed checkpoints, oldest first.
    public func checkpoints() throws -> [LogAnchor] {
        try read { try LogCheckpoints.all($0).map(\.anchor) }
    }

    /// A period was closed: its state from then on is anchored. The closing itself has already
    /// committed, so a checkpoint that cannot be made (no key on this machine, the key file
    /// unreadable) leaves the closing as it is; `ezh audit verify` says when there are none.
    func anchorPeriodClosing(_ period: PeriodID) {
        _ = try? recordCheckpoint(reason: "period_closed period=\(period)")
    }

    /// Checks the chain against itself, against every anchor it can find (the database's
    /// checkpoints, the manifests in the backup destinations of the settings when
    /// `searchBackups`, the files named in `files`), and every journal value against its
    /// newest history row. Read-only. Throws when a file named in `files` holds no anchor.
    public func verifyAudit(against files: [String], searchBackups: Bool = true) throws -> AuditReport {
        var fromFiles: [FoundAnchor] = []
        var unreadable: [String] = []
        for path in files {
            fromFiles += try AnchorFiles.anchors(at: path)
        }
        if searchBackups {
            for folder in try backupDestinations() {
                let scan = AnchorFiles.scan(folder: folder)
                fromFiles += scan.found
                unreadable += scan.unreadable
            }
        }
        let trusted = try trustedAnchorKeys()
        // Its own read transaction on another core: both walk the whole file, and a change
        // committed between the two snapshots is whole in each.
        let values = BackgroundResult { try self.read(JournalValueCheck.run) }
        let (chain, anchors) = try read { db in
            let chain = try AccessLog.verify(db)
            let own = try LogCheckpoints.all(db)
            var failures: [AnchorVerification.Failure] = []
            var signed: [FoundAnchor] = []
            for found in own + fromFiles {
                if !LogSignature.verify(found) {
                    failures.append(.init(found: found, problem: .badSignature))
                } else if !trusted.isEmpty, !trusted.contains(found.anchor.publicKey) {
                    failures.append(.init(found: found, problem: .foreignKey))
                } else {
                    signed.append(found)
                }
            }
            failures += try LogCheckpoints.check(signed, db)
            failures.sort { $0.found.anchor.seq < $1.found.anchor.seq }
            return (chain, AnchorVerification(inDatabase: own.count, inFiles: fromFiles.count, unreadable: unreadable, failures: failures))
        }
        return AuditReport(chain: chain, anchors: anchors, values: try values.value())
    }

    /// The folders of the setting `backup.destinations`.
    func backupDestinations() throws -> [String] {
        try backupSettings().destinations
    }
}
