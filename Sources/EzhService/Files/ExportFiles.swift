import EzhCore
import Foundation

/// The one way ezh writes a file a person asked for (credential slips, CSV exports), from the
/// interface or the command line. A typed path is only a wish: the journal's own database, its
/// companion files and any other SQLite database are refused, as are symbolic links, folders,
/// devices and pipes; an existing file is replaced only when the caller says so (after asking);
/// the new content appears at once and whole (a temporary file in the same folder, synced, then
/// renamed over the name), readable by its owner only (0600) in a folder created as 0700.
public struct ExportFiles: Sendable {
    /// The per-user folder every export is proposed in; created with mode 0700.
    public static let defaultFolder = "~/ezh-exports"
    /// Longer paths are refused before the file system sees them (the length of a form's line).
    public static let pathLimit = TextLimit.line.maximum

    /// The first 16 bytes of every SQLite database file.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)
    /// Files SQLite keeps beside a database: writing one would corrupt or roll back the database.
    static let companionSuffixes = ["-journal", "-wal", "-shm"]

    private let journalPath: String
    private let home: String

    /// `journalPath` is the database this process has open; `home` spells out a leading «~».
    public init(journalPath: String, home: String? = nil) {
        self.journalPath = journalPath
        self.home = home ?? ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    }

    /// «~/ezh-exports/access-log-2026-11-27.csv» for "access-log-2026-11-27.csv".
    public static func defaultPath(_ name: String) -> String { defaultFolder + "/" + name }

    /// Writes `text` to the file the user typed and returns its full path. Throws `.exists` for
    /// an existing file unless `replacing`, and a refusal for anything that is not a plain file
    /// of the user's own; nothing is written then.
    @discardableResult
    public func write(_ text: String, to typed: String, replacing: Bool) throws(ExportFileError) -> String {
        try write(bytes: Array(text.utf8), to: typed, replacing: replacing)
    }

    /// `write` for content that is not text: a report's PDF or XLSX.
    @discardableResult
    public func write(bytes: [UInt8], to typed: String, replacing: Bool) throws(ExportFileError) -> String {
        let full = try check(typed, replacing: replacing)
        let folder = (full as NSString).deletingLastPathComponent
        try makeFolder(folder)
        try replaceAtomically(full, folder: folder, with: bytes)
        return full
    }

    /// The full path `write` would write to, or the refusal it would throw, without writing:
    /// for work whose result must not be lost afterwards (new accounts' one-time passwords).
    @discardableResult
    public func check(_ typed: String, replacing: Bool) throws(ExportFileError) -> String {
        let full = try resolve(typed)
        let folder = (full as NSString).deletingLastPathComponent
        let name = (full as NSString).lastPathComponent
        if full.hasSuffix("/") || name == "." || name == ".." { throw .notAFile(path: full, kind: .folder) }
        if Self.companionSuffixes.contains(where: name.lowercased().hasSuffix) { throw .databaseCompanion(path: full) }
        try refuseJournal(full, folder: folder, name: name)
        let exists = try inspectExisting(full)
        if exists, !replacing { throw .exists(path: full) }
        return full
    }

    /// The typed path made absolute: «~» is the home folder, a relative path starts in the
    /// working folder.
    func resolve(_ typed: String) throws(ExportFileError) -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .emptyPath }
        guard trimmed.unicodeScalars.count <= Self.pathLimit else { throw .pathTooLong(limit: Self.pathLimit) }
        var full = trimmed
        if trimmed == "~" || trimmed.hasPrefix("~/") { full = home + trimmed.dropFirst() }
        if !full.hasPrefix("/") { full = FileManager.default.currentDirectoryPath + "/" + full }
        return full
    }

    // MARK: Refusals

    /// The journal and its companions, by name (the folder's real path, so another spelling or a
    /// linked folder is caught) and, when the file exists, by identity (a hard link is caught).
    private func refuseJournal(_ full: String, folder: String, name: String) throws(ExportFileError) {
        let journalFiles = [journalPath] + Self.companionSuffixes.map { journalPath + $0 }
        if let realFolder = Self.realPath(folder), let journalFolder = Self.realPath((journalPath as NSString).deletingLastPathComponent) {
            let journalName = (journalPath as NSString).lastPathComponent
            let candidate = realFolder + "/" + name
            let protected = ([journalName] + Self.companionSuffixes.map { journalName + $0 }).map { journalFolder + "/" + $0 }
            if protected.contains(candidate) { throw .journal(path: full) }
        }
        guard let target = Self.identity(full) else { return }
        if journalFiles.contains(where: { Self.identity($0) == target }) { throw .journal(path: full) }
    }

    /// Whether a plain file is already there; throws for anything else at that name, and for a
    /// file that begins like an SQLite database.
    private func inspectExisting(_ full: String) throws(ExportFileError) -> Bool {
        var info = stat()
        guard lstat(full, &info) == 0 else {
            if errno == ENOENT { return false }
            throw .failed(path: full, reason: Self.systemError())
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw .symlink(path: full)
        case S_IFDIR: throw .notAFile(path: full, kind: .folder)
        case S_IFCHR, S_IFBLK: throw .notAFile(path: full, kind: .device)
        case S_IFIFO: throw .notAFile(path: full, kind: .pipe)
        default: throw .notAFile(path: full, kind: .other)
        }
        let descriptor = open(full, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { throw .failed(path: full, reason: Self.systemError()) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: Self.sqliteHeader.count)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count == header.count, header == Self.sqliteHeader { throw .database(path: full) }
        return true
    }

    // MARK: Writing

    private func makeFolder(_ folder: String) throws(ExportFileError) {
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw .failed(path: folder, reason: error.localizedDescription)
        }
    }

    /// A temporary file beside the target (so the rename stays on one file system) takes the
    /// bytes, reaches the disk, then replaces the name in one step: a reader sees the old file
    /// or the new one, never half of it, and a link at the name is replaced, not followed.
    private func replaceAtomically(_ full: String, folder: String, with bytes: [UInt8]) throws(ExportFileError) {
        var template = Array((folder + "/.ezh-export-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .failed(path: full, reason: Self.systemError()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        var failure: String?
        if fchmod(descriptor, 0o600) != 0 { failure = Self.systemError() }
        var written = 0
        while failure == nil, written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if result > 0 { written += result } else if errno != EINTR { failure = Self.systemError() }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = Self.systemError() }
        if close(descriptor) != 0, failure == nil { failure = Self.systemError() }
        if let failure { throw .failed(path: full, reason: failure) }
        guard rename(temporary, full) == 0 else { throw .failed(path: full, reason: Self.systemError()) }
        renamed = true
        // The rename itself reaches the disk with the folder.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    // MARK: File system facts

    private struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    private static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}
