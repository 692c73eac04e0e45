import EzhCore

/// Why a file the user asked for was not written, in words that say what to do instead. The
/// refusals speak of «this» path: the user has it in front of them, and a long path would push
/// the reason off the status line.
public enum ExportFileError: UserFacingError, Equatable {
    /// What an existing path turned out to be, when it is not a plain file.
    public enum Kind: Sendable, Equatable {
        case folder, device, pipe, other
    }

    case emptyPath
    case pathTooLong(limit: Int)
    case journal(path: String)
    case database(path: String)
    case databaseCompanion(path: String)
    case symlink(path: String)
    case notAFile(path: String, kind: Kind)
    /// Not a refusal: the file is there, and replacing it needs the user's yes (`--force`, a
    /// confirm step).
    case exists(path: String)
    case failed(path: String, reason: String)

    public func message(in language: Language) -> String {
        let ru = language == .ru
        let folder = ExportFiles.defaultFolder
        switch self {
        case .emptyPath:
            return ru ? "Укажите имя файла, например \(folder)/выгрузка.csv."
                : "Type a file name, for example \(folder)/export.csv."
        case .pathTooLong(let limit):
            return ru ? "Путь к файлу длиннее \(limit) символов. Укажите путь короче, например в папке \(folder)."
                : "The file path is longer than \(limit) characters. Type a shorter one, for example in \(folder)."
        case .journal:
            return ru ? "Это файл самого журнала: запись в него уничтожила бы журнал. Укажите другой файл, например в папке \(folder)."
                : "This is the journal's own database: writing to it would destroy the journal. Choose another file, for example in \(folder)."
        case .database:
            return ru ? "Это база данных SQLite; ezh не записывает поверх баз данных. Укажите другой файл, например в папке \(folder)."
                : "This is an SQLite database; ezh never writes over a database. Choose another file, for example in \(folder)."
        case .databaseCompanion:
            return ru ? "Это имя служебного файла базы данных (-journal, -wal, -shm); в такие файлы ezh не записывает. Укажите другое имя."
                : "This is named like a database's companion file (-journal, -wal, -shm); ezh never writes such files. Choose another name."
        case .symlink:
            return ru ? "Это символическая ссылка; ezh записывает только обычные файлы. Укажите сам файл или другое имя."
                : "This is a symbolic link; ezh writes plain files only. Name the file itself or another one."
        case .notAFile(let path, .folder):
            return ru ? "Это папка, а не файл. Допишите имя файла, например «\(path)/выгрузка.csv»."
                : "This is a folder, not a file. Add a file name, for example “\(path)/export.csv”."
        case .notAFile:
            return ru ? "Это не обычный файл (устройство, канал или сокет). Укажите обычный файл, например в папке \(folder)."
                : "This is not a plain file (a device, pipe or socket). Choose a plain file, for example in \(folder)."
        case .exists(let path):
            return ru ? "Файл «\(path)» уже есть. Заменить его можно только с подтверждением (в командной строке — с флагом --force)."
                : "The file “\(path)” already exists. It is replaced only when you confirm (on the command line, with --force)."
        case .failed(let path, let reason):
            return ru ? "Не удалось записать «\(path)»: \(reason). Проверьте папку и права на неё или укажите другой файл."
                : "Could not write “\(path)”: \(reason). Check the folder and its permissions, or choose another file."
        }
    }
}
