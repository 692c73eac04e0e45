import EzhCore

/// What can be wrong with the school's signing key, each saying what to do.
public enum SchoolKeyError: UserFacingError, Equatable {
    case missing(path: String)
    case notPrivate(path: String)
    case damaged(path: String)
    case exists(path: String)
    case cannotWrite(path: String, detail: String)
    /// The key file's public half is not one the journal knows: a key of another school.
    case notThisJournal(path: String)
    /// The journal has a key but its file is gone.
    case lost(path: String)

    public func message(in language: Language) -> String {
        language == .ru ? russian : english
    }

    private var russian: String {
        switch self {
        case .missing(let path):
            "Нет ключа подписи школы \(path). Создайте его: ezh key create --db БАЗА."
        case .notPrivate(let path):
            "Ключ подписи \(path) доступен не только владельцу. Выполните chmod 600 \(path)."
        case .damaged(let path):
            "Ключ подписи \(path) повреждён или изменён вручную. Верните его из отдельной копии (см. docs/operations.md)."
        case .exists(let path):
            "Файл ключа \(path) уже есть: он может подписывать резервные копии. Ключ не перезаписан; перенесите файл сами, если он не нужен."
        case .cannotWrite(let path, let detail):
            "Не удалось записать ключ подписи \(path) (\(detail)). Проверьте права на папку и место на диске."
        case .notThisJournal(let path):
            "Ключ \(path) не принадлежит этой базе (его открытой части нет в журнале). Верните ключ этой школы из отдельной копии."
        case .lost(let path):
            "У журнала есть ключ подписи, но файла \(path) нет. Верните его из отдельной копии; если ключ утерян, создайте новый: ezh key create --replace (старые копии останутся проверяемыми)."
        }
    }

    private var english: String {
        switch self {
        case .missing(let path):
            "There is no school signing key \(path). Create it: ezh key create --db DATABASE."
        case .notPrivate(let path):
            "The signing key \(path) can be read by others. Run chmod 600 \(path)."
        case .damaged(let path):
            "The signing key \(path) is damaged or was edited by hand. Bring it back from its separate copy (see docs/operations.md)."
        case .exists(let path):
            "The key file \(path) exists already: it may sign backups. It was not overwritten; move it yourself if it is not needed."
        case .cannotWrite(let path, let detail):
            "Could not write the signing key \(path) (\(detail)). Check the folder's permissions and the free space."
        case .notThisJournal(let path):
            "The key \(path) does not belong to this database (the journal does not know its public half). Bring back this school's key from its separate copy."
        case .lost(let path):
            "The journal has a signing key but the file \(path) is gone. Bring it back from its separate copy; if the key is lost, make a new one: ezh key create --replace (older copies stay verifiable)."
        }
    }
}
