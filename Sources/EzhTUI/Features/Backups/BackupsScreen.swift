import EzhCore
import EzhService
import Foundation

/// The administrator's view of the backups (C-a on the home screen): each destination's last
/// backup, its age and result, and the last good one when the last failed. Read-only: backups are
/// made by `ezh backup` (the nightly timer), whose record this shows.
enum BackupsScreen {
    static func make(app: Application) -> TextOverlayScreen {
        TextOverlayScreen(title: app.strings.backupsTitle, read: lines)
    }

    private static func lines(app: Application) throws -> [HelpText.Line] {
        guard let session = app.session else { throw JournalError.notSignedIn }
        let status = try app.backend.backupStatus(session)
        let strings = app.strings
        let zone = app.backend.timeZone
        let now = app.backend.now()
        var lines: [HelpText.Line] = []
        if let warning = warning(status, app: app, namingTheKey: false) { lines.append(HelpText.Line(text: warning, isTitle: true)) }
        if status.destinations.isEmpty { lines.append(HelpText.Line(text: strings.noBackupsYet, isTitle: false)) }
        for destination in status.destinations {
            if !lines.isEmpty { lines.append(HelpText.Line(text: "", isTitle: false)) }
            lines.append(HelpText.Line(text: destination.destination, isTitle: true))
            let age = strings.backupAge(days: days(from: destination.lastAt, to: now))
            let when = zone.russianDateTime(destination.lastAt)
            let result = destination.lastSucceeded ? strings.backupSucceeded : strings.backupFailed
            lines.append(HelpText.Line(text: "  \(when) (\(age)): \(result)", isTitle: false))
            lines.append(HelpText.Line(text: "  " + destination.lastDetail.text(in: strings.language), isTitle: false))
            if !destination.lastSucceeded {
                let good = destination.lastGoodAt.map { strings.lastGoodBackup(zone.russianDateTime($0)) } ?? strings.noGoodBackup
                lines.append(HelpText.Line(text: "  " + good, isTitle: false))
            }
            if destination.lastGoodAt != nil {
                let check = destination.lastGoodVerifiedAt.map { strings.backupFullyVerified(zone.russianDateTime($0)) }
                    ?? strings.backupOnlyDigestChecked
                lines.append(HelpText.Line(text: "  " + check, isTitle: false))
            }
        }
        lines.append(HelpText.Line(text: "", isTitle: false))
        lines.append(HelpText.Line(text: strings.backupsHowTo, isTitle: false))
        return lines
    }

    /// The home screen's warning line, when the newest good backup is older than the setting;
    /// it names the key of this screen, except on this screen.
    static func warning(_ status: BackupStatus, app: Application, namingTheKey: Bool = true) -> String? {
        guard status.isOverdue else { return nil }
        let key = namingTheKey ? app.keymap.effectiveKeys(for: .backups, in: .home).first.map(KeyName.name) ?? "" : ""
        return app.strings.backupOverdue(days: status.daysSinceLastGood, limit: status.warnAfterDays, key: key)
    }

    private static func days(from: Date, to: Date) -> Int { max(0, Int(to.timeIntervalSince(from) / 86_400)) }
}
