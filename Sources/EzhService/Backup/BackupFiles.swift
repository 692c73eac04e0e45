import CSodium
import EzhCore
import Foundation

/// The file work of backups, restores and archives: digests, durable writes and renames, names.
enum BackupFiles {
    private static let initialized: Bool = sodium_init() >= 0

    /// BLAKE2b-256 of a file's bytes, read a megabyte at a time; nil when it cannot be read.
    static func digest(of path: String) -> (bytes: Int64, blake2b: String)? {
        precondition(initialized, "libsodium failed to initialise")
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // The state's C type is aligned beyond what Swift imports: raw memory of its size.
        let memory = UnsafeMutableRawPointer.allocate(byteCount: crypto_generichash_statebytes(), alignment: 64)
        defer { memory.deallocate() }
        let state = OpaquePointer(memory)
        crypto_generichash_init(state, nil, 0, 32)
        var total: Int64 = 0
        while true {
            let chunk: Data
            do {
                // nil or empty: the end of the file.
                guard let read = try handle.read(upToCount: 1 << 20), !read.isEmpty else { break }
                chunk = read
            } catch {
                return nil
            }
            total += Int64(chunk.count)
            chunk.withUnsafeBytes { bytes in
                _ = crypto_generichash_update(state, bytes.bindMemory(to: UInt8.self).baseAddress, UInt64(chunk.count))
            }
        }
        var digest = [UInt8](repeating: 0, count: 32)
        crypto_generichash_final(state, &digest, 32)
        return (total, Hex.string(Data(digest)))
    }

    /// Writes `data` to a new file (mode 0600) and puts it on disk before returning.
    static func writeDurably(_ data: Data, to path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw BackupError.cannotWrite(path: path, detail: String(cString: strerror(errno))) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(fd) == 0 else {
            throw BackupError.cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
    }

    /// Puts a file's (or a folder's) content on disk.
    static func sync(_ path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Renames `from` to `to` and puts the rename on disk (the folder's entry), so after a crash
    /// the name is either the old one or the new one. Never replaces an existing folder.
    static func renameDurably(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw BackupError.cannotWrite(path: to, detail: String(cString: strerror(errno)))
        }
        sync((to as NSString).deletingLastPathComponent)
    }

    /// Makes a private folder (0700).
    static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o700) == 0 else {
            throw BackupError.cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A name made of an instant that sorts as time does: 20261130T130512.345Z.
    static func stamp(_ instant: Date) -> String {
        InstantFormat.string(instant).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// Writes the signed manifest into `folder`: the body and its signature, each on disk.
    static func writeManifest(_ manifest: BackupManifest, signedWith key: SchoolKey, into folder: String) throws {
        let body = try manifest.encoded()
        try writeDurably(body, to: folder + "/" + BackupManifest.fileName)
        try writeDurably(Data((Hex.string(key.sign(body)) + "\n").utf8), to: folder + "/" + BackupManifest.signatureFileName)
    }
}
