import EzhCore
internal import EzhStore
import Foundation

/// The administrator's view of the backups: each destination's last run and last good copy, and
/// whether the newest good copy anywhere is older than the school allows.
public struct BackupStatus: Sendable {
    public struct Destination: Sendable {
        public let destination: String
        public let lastAt: Date
        public let lastSucceeded: Bool
        /// Why the last run failed, or what it made.
        public let lastDetail: BilingualText
        public let lastGoodAt: Date?
        public let lastGoodFolder: String?

        public init(
            destination: String, lastAt: Date, lastSucceeded: Bool, lastDetail: BilingualText, lastGoodAt: Date?, lastGoodFolder: String?
        ) {
            self.destination = destination
            self.lastAt = lastAt
            self.lastSucceeded = lastSucceeded
            self.lastDetail = lastDetail
            self.lastGoodAt = lastGoodAt
            self.lastGoodFolder = lastGoodFolder
        }
    }

    public let destinations: [Destination]
    public let lastGoodAt: Date?
    public let warnAfterDays: Int
    /// Whole days since the last good copy (nil when there never was one).
    public let daysSinceLastGood: Int?

    public init(destinations: [Destination], lastGoodAt: Date?, warnAfterDays: Int, daysSinceLastGood: Int?) {
        self.destinations = destinations
        self.lastGoodAt = lastGoodAt
        self.warnAfterDays = warnAfterDays
        self.daysSinceLastGood = daysSinceLastGood
    }

    /// The home screen warns: no good copy at all, or none for longer than the setting.
    public var isOverdue: Bool { daysSinceLastGood.map { $0 >= warnAfterDays } ?? true }
}

extension JournalService {
    /// Each destination's last backup and its result, read from the record `ezh backup` keeps;
    /// the administrator's.
    public func backupStatus(_ session: Session) throws -> BackupStatus {
        try read { db in try require(.changeRuleSettings, try viewer(for: session, db)) }
        let settings = try backupSettings()
        let (runs, lastGood) = try read { db in (try BackupQueries.latest(db), try BackupQueries.lastGood(db)) }
        let destinations = runs.map { pair in
            let detail = pair.last.detail.split(separator: "\n", maxSplits: 1).map(String.init)
            return BackupStatus.Destination(
                destination: pair.last.destination,
                lastAt: InstantFormat.date(pair.last.finishedAt) ?? .distantPast,
                lastSucceeded: pair.last.ok,
                lastDetail: detail.count == 2 ? BilingualText(detail[0], detail[1]) : .verbatim(pair.last.detail),
                lastGoodAt: pair.lastGood.flatMap { InstantFormat.date($0.finishedAt) },
                lastGoodFolder: pair.lastGood?.folder
            )
        }
        let lastGoodAt = lastGood.flatMap { InstantFormat.date($0.finishedAt) }
        let days = lastGoodAt.map { Int(now().timeIntervalSince($0) / 86_400) }
        return BackupStatus(destinations: destinations, lastGoodAt: lastGoodAt, warnAfterDays: settings.warnAfterDays, daysSinceLastGood: days)
    }
}
