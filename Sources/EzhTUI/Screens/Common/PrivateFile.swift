import EzhCore
import Foundation

/// Files the user asked for that hold personal data or one-time passwords: readable by their
/// owner only, so another account on the school server cannot read them.
enum PrivateFile {
    struct Failure: Error, UserFacingError {
        let path: String
        let reason: String

        func message(in language: Language) -> String {
            language == .ru ? "Не удалось записать \(path): \(reason)" : "Could not write \(path): \(reason)"
        }
    }

    /// The path with a leading «~» spelled out as the home folder.
    static func expand(_ path: String) -> String {
        let trimmed = path.trimmingCharacters(in: .whitespaces)
        guard trimmed == "~" || trimmed.hasPrefix("~/") else { return trimmed }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + trimmed.dropFirst()
    }

    /// Writes `text` to `path` (after `expand`), replacing the file: a missing folder is created
    /// with mode 0700, the file with 0600 from its first byte. Returns the path written.
    @discardableResult
    static func write(_ text: String, to path: String) throws -> String {
        let full = expand(path)
        guard !full.isEmpty else { throw Failure(path: path, reason: "пустой путь") }
        let folder = (full as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
                )
            }
        } catch {
            throw Failure(path: folder, reason: error.localizedDescription)
        }
        let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw Failure(path: full, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // A file that already existed keeps its old mode through O_CREAT: narrow it first.
        guard fchmod(descriptor, 0o600) == 0 else { throw Failure(path: full, reason: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { throw Failure(path: full, reason: String(cString: strerror(errno))) }
            written += result
        }
        return full
    }
}
