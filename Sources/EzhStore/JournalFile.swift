import EzhCore
import Foundation
import GRDB

/// What a path holds before SQLite is let near it: the checks that must not write a byte (a
/// file that is not a journal is left exactly as it was), and how SQLite is to open it.
enum JournalFile {
    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// Refuses a missing path, a folder, an unreadable file, an empty one, and one that is not an
    /// SQLite database, by reading its first bytes only.
    static func checkLooksLikeDatabase(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { throw JournalFileError.missing(path: path) }
            throw JournalFileError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw JournalFileError.directory(path: path) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw JournalFileError.cannotOpen(path: path, detail: String(cString: strerror(errno))) }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: sqliteHeader.count)
        let count = read(fd, &header, header.count)
        if count == 0 { throw JournalFileError.notAJournal(path: path, content: .empty) }
        guard count == header.count, header == sqliteHeader else {
            throw JournalFileError.notAJournal(path: path, content: .notSQLite)
        }
    }

    /// Whether SQLite can keep its `-shm` and `-wal` files beside the database: the folder is
    /// writable, or both already exist (SQLite then reads them without writing).
    static func sidecarsUsable(_ path: String) -> Bool {
        access(folder(of: path), W_OK) == 0
            || (FileManager.default.fileExists(atPath: path + "-shm") && FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Whether the process may write the file and create files beside it.
    static func writable(_ path: String) -> Bool {
        access(path, W_OK) == 0 && access(folder(of: path), W_OK) == 0
    }

    /// The name to give SQLite. A read-only open where no `-shm` can be made uses an
    /// `immutable=1` URI: SQLite then reads the file as it is, with no lock or shared-memory
    /// file (a backup on read-only media; a WAL that was never checkpointed cannot be read there).
    static func sqliteName(_ path: String, readOnly: Bool) -> String {
        if readOnly, !sidecarsUsable(path) {
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "?#%")
            let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
            return "file:\(escaped)?mode=ro&immutable=1"
        }
        // The system SQLite takes names starting with "file:" as URIs; a path must stay a path.
        return path.hasPrefix("file:") ? "./" + path : path
    }

    static func hasContent(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_size > 0
    }

    /// "0644".
    static func modeText(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let mode = Int(status.st_mode) & 0o7777
        return "0" + String(mode, radix: 8)
    }

    /// Refuses a file others can read or write, or makes it the owner's alone when asked.
    static func checkPrivate(_ path: String, fix: Bool) throws {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & 0o077 != 0 else { return }
        guard fix else { throw JournalFileError.readableByOthers(path: path, mode: modeText(path) ?? "?") }
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            guard chmod(file, 0o600) == 0 else {
                throw JournalFileError.cannotOpen(path: file, detail: String(cString: strerror(errno)))
            }
        }
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
