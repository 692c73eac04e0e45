import EzhCore
import EzhService
import EzhTUI
import Foundation

/// The backups the fake journal reports: by default a good one this morning to /mnt/usb1/ezh.
extension FakeJournal: BackupsBackend {
    func backupStatus(_ session: Session) throws -> BackupStatus {
        backups ?? Self.freshBackups(now: now())
    }

    static func freshBackups(now: Date) -> BackupStatus {
        let morning = now.addingTimeInterval(-6 * 3600)
        return BackupStatus(
            destinations: [.init(destination: "/mnt/usb1/ezh", lastAt: morning, lastSucceeded: true,
                                 lastDetail: .verbatim("ezh-backup-20261127T023000.000Z: 1048576 байт, запись № 41"),
                                 lastGoodAt: morning, lastGoodFolder: "ezh-backup-20261127T023000.000Z", lastGoodVerifiedAt: morning)],
            lastGoodAt: morning, warnAfterDays: 7, daysSinceLastGood: 0
        )
    }
}
