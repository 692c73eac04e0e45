/// Why the journal's file cannot be used: it is not a journal, it is newer than this program,
/// others can read it, or the disk or file system refused. Each case says what is wrong and what
/// to do, in place of SQLite's bare result codes.
public enum JournalFileError: UserFacingError, Equatable {
    /// What a file that is not an ezh journal turned out to be.
    public enum Content: Sendable, Equatable {
        case empty
        case notSQLite
        case otherDatabase
    }

    case missing(path: String)
    case directory(path: String)
    case notAJournal(path: String, content: Content)
    case newerSchema(path: String, fileVersion: Int, supportedVersion: Int)
    case readableByOthers(path: String, mode: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case busy(path: String)
    case corrupted(path: String, detail: String)
    case cannotOpen(path: String, detail: String)
    case ioError(path: String, detail: String)

    public func message(in language: Language) -> String {
        language == .ru ? russian : english
    }

    private var russian: String {
        switch self {
        case .missing(let path):
            "Файла базы \(path) нет. Проверьте путь (--db или $EZH_DB) или создайте школу: ezh init --db \(path) … (или ezh init --demo)."
        case .directory(let path):
            "\(path) — это папка, а не файл базы. Укажите файл журнала, например --db \(path)/journal.sqlite."
        case .notAJournal(let path, let content):
            "\(path) — не журнал ezh (\(content.russian)). Файл не изменён; проверьте путь --db."
        case .newerSchema(let path, let fileVersion, let supportedVersion):
            "База \(path) создана более новой версией ezh (схема версии \(fileVersion)), а эта программа знает схему до версии \(supportedVersion). Обновите ezh; файл не изменён."
        case .readableByOthers(let path, let mode):
            "Файл базы \(path) доступен не только владельцу (права \(mode)), а в нём персональные данные детей. Выполните chmod 600 \(path) или запустите ezh с ключом --fix-permissions."
        case .readOnly(let path):
            "База \(path) доступна только для чтения (файл, папка или диск защищены от записи): журнал не может сохранить изменения. Проверьте права или откройте рабочую копию; копию только для чтения проверяет ezh audit verify."
        case .diskFull(let path):
            "На диске с базой \(path) нет места: запись не удалась, ничего не изменено. Освободите место и повторите."
        case .busy(let path):
            "База \(path) слишком долго занята другой программой. Повторите позже; если не помогает, закройте программу, которая держит базу (например, sqlite3)."
        case .corrupted(let path, let detail):
            "База \(path) повреждена (\(detail)). Восстановите её из резервной копии; копию проверяет ezh audit verify --db КОПИЯ."
        case .cannotOpen(let path, let detail):
            "Не удаётся открыть базу \(path) (\(detail)). Проверьте путь и права на файл и его папку."
        case .ioError(let path, let detail):
            "Ошибка чтения или записи базы \(path) (\(detail)). Проверьте диск; ничего не изменено."
        }
    }

    private var english: String {
        switch self {
        case .missing(let path):
            "There is no database file \(path). Check the path (--db or $EZH_DB) or create a school: ezh init --db \(path) … (or ezh init --demo)."
        case .directory(let path):
            "\(path) is a folder, not a database file. Name the journal's file, e.g. --db \(path)/journal.sqlite."
        case .notAJournal(let path, let content):
            "\(path) is not an ezh journal (\(content.english)). The file was not changed; check the --db path."
        case .newerSchema(let path, let fileVersion, let supportedVersion):
            "The database \(path) was made by a newer ezh (schema version \(fileVersion)); this program knows schema versions up to \(supportedVersion). Update ezh; the file was not changed."
        case .readableByOthers(let path, let mode):
            "The database file \(path) can be read by others (mode \(mode)), and it holds children's personal data. Run chmod 600 \(path), or start ezh with --fix-permissions."
        case .readOnly(let path):
            "The database \(path) is read-only (the file, its folder or the disk is write-protected): the journal cannot save changes. Check the permissions or open a working copy; ezh audit verify checks a read-only copy."
        case .diskFull(let path):
            "The disk holding \(path) is full: the write failed and nothing was changed. Free some space and try again."
        case .busy(let path):
            "The database \(path) has been held by another program for too long. Try again later; if that does not help, close the program holding it (sqlite3, for example)."
        case .corrupted(let path, let detail):
            "The database \(path) is corrupted (\(detail)). Restore it from a backup; ezh audit verify --db COPY checks a copy."
        case .cannotOpen(let path, let detail):
            "Cannot open the database \(path) (\(detail)). Check the path and the permissions of the file and its folder."
        case .ioError(let path, let detail):
            "Reading or writing the database \(path) failed (\(detail)). Check the disk; nothing was changed."
        }
    }
}

extension JournalFileError.Content {
    var russian: String {
        switch self {
        case .empty: "файл пуст"
        case .notSQLite: "это не база SQLite"
        case .otherDatabase: "это база SQLite другой программы"
        }
    }

    var english: String {
        switch self {
        case .empty: "the file is empty"
        case .notSQLite: "it is not an SQLite database"
        case .otherDatabase: "it is another program's SQLite database"
        }
    }
}
