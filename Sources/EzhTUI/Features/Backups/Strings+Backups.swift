import EzhCore

/// The texts of the backup screen and the home screen's backup warning.
extension Strings {
    var backupsTitle: String { ruEn("Резервные копии", "Backups") }
    var noBackupsYet: String { ruEn("Резервных копий ещё не было.", "There have been no backups yet.") }
    var backupSucceeded: String { ruEn("удалась", "succeeded") }
    var backupFailed: String { ruEn("НЕ УДАЛАСЬ", "FAILED") }
    var noGoodBackup: String { ruEn("удачных копий сюда не было", "no good backup here yet") }
    var backupsHowTo: String {
        ruEn(
            "Копии делает ezh backup (таймер ezh-backup.timer, каждую ночь); проверка: ezh backup verify. Подробно: docs/operations.md.",
            "Backups are made by ezh backup (the ezh-backup.timer, nightly); check them with ezh backup verify. See docs/operations.md."
        )
    }

    func lastGoodBackup(_ when: String) -> String { ruEn("последняя удачная: \(when)", "last good: \(when)") }
    func backupFullyVerified(_ when: String) -> String {
        ruEn("проверена полностью: \(when)", "fully verified: \(when)")
    }
    var backupOnlyDigestChecked: String {
        ruEn(
            "проверена только при копировании (дайджест, цепочка с последней отметки); полная проверка: ezh backup verify --latest",
            "checked only while copied (digest, the chain since the last checkpoint); full check: ezh backup verify --latest"
        )
    }

    func backupAge(days: Int) -> String {
        switch days {
        case 0: ruEn("сегодня", "today")
        default: ruEn("\(days) дн. назад", "\(days) d ago")
        }
    }

    /// The home screen's warning: no fully verified backup for `days` (nil: never) of the allowed `limit`.
    func backupOverdue(days: Int?, limit: Int, key: String) -> String {
        let open = key.isEmpty ? "" : ruEn(" — \(key): копии", " — \(key): backups")
        guard let days else {
            return ruEn("! Полностью проверенных копий журнала нет", "! The journal has no fully verified backups") + open
        }
        return ruEn(
            "! Последней полностью проверенной копии \(days) дн. (допустимо \(limit))",
            "! The last fully verified backup is \(days) days old (allowed \(limit))"
        ) + open
    }
}
