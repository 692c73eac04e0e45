import EzhCore

/// Why a backup, a check of one, a restore or an archive did not go through, each saying what to
/// do. A backup that fails leaves no copy that counts; a check that fails names what is wrong.
public enum BackupError: UserFacingError, Equatable {
    case noDestinations
    case destinationMissing(path: String)
    case cannotWrite(path: String, detail: String)
    case notABackup(path: String)
    case badManifest(path: String)
    case badSignature(path: String)
    case untrustedKey(path: String, fingerprint: String)
    case fileChanged(path: String, file: String)
    case damaged(path: String, detail: String)
    case chainBroken(path: String, detail: String)
    case headDiffers(path: String)
    case journalInUse(path: String)
    case restoreUnderWay(path: String)
    case notConfirmed
    case yearNotClosed(year: String)

    public func message(in language: Language) -> String {
        language == .ru ? russian : english
    }

    private var russian: String {
        switch self {
        case .noDestinations:
            "Не указано, куда копировать: --to ПАПКА или настройка backup.destinations (ezh backup set backup.destinations …)."
        case .destinationMissing(let path):
            "Папки \(path) нет (диск не подключён?). Подключите носитель или создайте папку; копия туда не сделана."
        case .cannotWrite(let path, let detail):
            "Не удалось записать \(path) (\(detail)). Проверьте права и место на носителе."
        case .notABackup(let path):
            "\(path) — не резервная копия ezh (нет manifest.json и manifest.sig): копия не завершена или это другая папка."
        case .badManifest(let path):
            "Опись копии \(path) не читается: копия испорчена."
        case .badSignature(let path):
            "Подпись описи копии \(path) неверна: опись или подпись изменены после создания. Копии доверять нельзя."
        case .untrustedKey(let path, let fingerprint):
            "Копия \(path) подписана ключом \(fingerprint), которого нет у этой школы. Копии доверять нельзя."
        case .fileChanged(let path, let file):
            "Файл \(file) в копии \(path) изменён после создания (не сходится размер или BLAKE2b). Копии доверять нельзя."
        case .damaged(let path, let detail):
            "База в копии \(path) повреждена (\(detail)). Возьмите другую копию."
        case .chainBroken(let path, let detail):
            "Журнал доступа в копии \(path) нарушен: \(detail)"
        case .headDiffers(let path):
            "Конец журнала доступа в копии \(path) не совпадает с описью: база в копии подменена."
        case .journalInUse(let path):
            "Базу \(path) сейчас открывают другие программы (ezh или sqlite3). Попросите всех выйти из журнала, остановите службы (systemctl stop ezh-backup.timer) и повторите; кто держит файл, покажет fuser -v \(path)."
        case .restoreUnderWay(let path):
            "Базу \(path) сейчас восстанавливают из резервной копии. Подождите несколько минут и войдите снова."
        case .notConfirmed:
            "Восстановление отменено: база не изменена."
        case .yearNotClosed(let year):
            "Учебный год \(year) ещё не закрыт: архив делают после ezh year close."
        }
    }

    private var english: String {
        switch self {
        case .noDestinations:
            "Nowhere to copy to: give --to FOLDER or the setting backup.destinations (ezh backup set backup.destinations …)."
        case .destinationMissing(let path):
            "The folder \(path) does not exist (is the disk attached?). Attach the media or create the folder; no copy was made there."
        case .cannotWrite(let path, let detail):
            "Could not write \(path) (\(detail)). Check the permissions and the free space on the media."
        case .notABackup(let path):
            "\(path) is not an ezh backup (no manifest.json and manifest.sig): the copy did not finish or this is another folder."
        case .badManifest(let path):
            "The manifest of the backup \(path) cannot be read: the backup is spoiled."
        case .badSignature(let path):
            "The manifest signature of the backup \(path) is wrong: the manifest or the signature changed after it was made. Do not trust this backup."
        case .untrustedKey(let path, let fingerprint):
            "The backup \(path) is signed with the key \(fingerprint), which this school does not have. Do not trust this backup."
        case .fileChanged(let path, let file):
            "The file \(file) in the backup \(path) changed after it was made (its size or BLAKE2b differs). Do not trust this backup."
        case .damaged(let path, let detail):
            "The database in the backup \(path) is damaged (\(detail)). Take another backup."
        case .chainBroken(let path, let detail):
            "The access log in the backup \(path) is broken: \(detail)"
        case .headDiffers(let path):
            "The end of the access log in the backup \(path) differs from its manifest: the database in it was replaced."
        case .journalInUse(let path):
            "The database \(path) is open in other programs (ezh or sqlite3). Ask everyone to leave the journal, stop the services (systemctl stop ezh-backup.timer) and try again; fuser -v \(path) shows who holds it."
        case .restoreUnderWay(let path):
            "The database \(path) is being restored from a backup. Wait a few minutes and sign in again."
        case .notConfirmed:
            "The restore was cancelled: the database is unchanged."
        case .yearNotClosed(let year):
            "The school year \(year) is not closed yet: the archive is made after ezh year close."
        }
    }
}
