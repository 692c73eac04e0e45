import EzhCore
import GRDB

extension JournalFileError {
    /// The failure of SQLite that a person can cause and act on (a full disk, a read-only file,
    /// a lock held too long, a damaged file), in words; nil for anything else.
    public static func explaining(_ error: any Error, path: String) -> JournalFileError? {
        guard let error = error as? DatabaseError else { return nil }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CORRUPT: return .corrupted(path: path, detail: detail)
        case .SQLITE_NOTADB: return .notAJournal(path: path, content: .notSQLite)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return .cannotOpen(path: path, detail: detail)
        case .SQLITE_IOERR: return .ioError(path: path, detail: detail)
        default: return nil
        }
    }
}
