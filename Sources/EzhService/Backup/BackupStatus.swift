import EzhCore
internal import EzhStore
import Foundation

/// The administrator's view of the backups: each destination's last run and last good copy, and
/// whether the newest fully verified copy anywhere is older than the school allows. A copy
/// `ezh backup` made passed the checks that fit the time of the copy; only `ezh backup verify`
/// (the timer runs it right after) checks it fully, and only then does it count as good here.
public struct BackupStatus: Sendable {
    public struct Destination: Sendable {
        public let destination: String
        public let lastAt: Date
        public let lastSucceeded: Bool
        /// Why the last run failed, or what it made.
        public let lastDetail: BilingualText
        public let lastGoodAt: Date?
        public let lastGoodFolder: String?
        /// When `ezh backup verify` checked the last good copy fully; nil: not yet.
        public let lastGoodVerifiedAt: Date?

        public init(
            destination: String, lastAt: Date, lastSucceeded: Bool, lastDetail: BilingualText, lastGoodAt: Date?, lastGoodFolder: String?,
            lastGoodVerifiedAt: Date? = nil
        ) {
            self.destination = destination
            self.lastAt = lastAt
            self.lastSucceeded = lastSucceeded
            self.lastDetail = lastDetail
            self.lastGoodAt = lastGoodAt
            self.lastGoodFolder = lastGoodFolder
            self.lastGoodVerifiedAt = lastGoodVerifiedAt
        }
    }

    public let destinations: [Destination]
    /// The newest copy anywhere that was verified fully.
    public let lastGoodAt: Date?
    public let warnAfterDays: Int
    /// Whole days since the last fully verified copy (nil when there never was one).
    public let daysSinceLastGood: Int?

    public init(destinations: [Destination], lastGoodAt: Date?, warnAfterDays: Int, daysSinceLastGood: Int?) {
        self.destinations = destinations
        self.lastGoodAt = lastGoodAt
        self.warnAfterDays = warnAfterDays
        self.daysSinceLastGood = daysSinceLastGood
    }

    /// The home screen warns: no fully verified copy at all, or none for longer than the setting.
    public var isOverdue: Bool { daysSinceLastGood.map { $0 >= warnAfterDays } ?? true }
}

extension JournalService {
    /// Each destination's last backup and its result, read from the record `ezh backup` keeps;
    /// the administrator's.
    public func backupStatus(_ session: Session) throws -> BackupStatus {
        try read { db in try require(.changeRuleSettings, try viewer(for: session, db)) }
        let settings = try backupSettings()
        let (runs, lastGood) = try read { db in (try BackupQueries.latest(db), try BackupQueries.lastFullyVerified(db)) }
        let destinations = runs.map { pair in
            let detail = pair.last.detail.split(separator: "\n", maxSplits: 1).map(String.init)
            return BackupStatus.Destination(
                destination: pair.last.destination,
                lastAt: InstantFormat.date(pair.last.finishedAt) ?? .distantPast,
                lastSucceeded: pair.last.ok,
                lastDetail: detail.count == 2 ? BilingualText(detail[0], detail[1]) : .verbatim(pair.last.detail),
                lastGoodAt: pair.lastGood.flatMap { InstantFormat.date($0.finishedAt) },
                lastGoodFolder: pair.lastGood?.folder,
                lastGoodVerifiedAt: pair.lastGood?.verifiedAt.flatMap(InstantFormat.date)
            )
        }
        let lastGoodAt = lastGood.flatMap { InstantFormat.date($0.finishedAt) }
        let days = lastGoodAt.map { Int(now().timeIntervalSince($0) / 86_400) }
        return BackupStatus(destinations: destinations, lastGoodAt: lastGoodAt, warnAfterDays: settings.warnAfterDays, daysSinceLastGood: days)
    }
}

extension JournalService {
    /// Notes in the backup record that `ezh backup verify` checked the backup in `folder` fully
    /// (and says so in the access log); false when no backup of this journal made that folder.
    @discardableResult
    public func recordFullVerification(of folder: String, osUser: String) throws -> Bool {
        let destination = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        let at = InstantFormat.string(now())
        return try translatingWrite { db in
            guard try BackupQueries.markFullyVerified(destination: destination, folder: name, at: at, db) else { return false }
            try AccessLog.append(AccessLogRow(
                seq: 0, at: at, accountID: nil, login: "os:\(osUser)", role: "system", terminal: terminal.label,
                action: AuditAction.backup.rawValue, object: destination, detail: "\(name): проверена полностью"
            ), db)
            return true
        }
    }

    /// When each backup folder (by name) was verified fully.
    public func fullVerifications() throws -> [String: Date] {
        try read { db in try BackupQueries.fullVerifications(db) }.compactMapValues(InstantFormat.date)
    }
}
