import EzhCore
import Foundation

/// Anchors kept outside the journal: backup (and archive) manifests, whose signed bytes name the
/// access log's head, and exported checkpoint files (`ezh audit checkpoint --out`, one anchor as
/// JSON).
public enum AnchorFiles {
    /// The anchors at `path`: a backup's folder, its manifest, or an exported checkpoint; a
    /// refusal saying why when there are none.
    public static func anchors(at path: String) throws -> [FoundAnchor] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw JournalError.notFound(BilingualText("файл «\(path)»", "file “\(path)”"))
        }
        let file = isFolder.boolValue ? path + "/" + BackupManifest.fileName : path
        if let found = read(file), !found.isEmpty { return found }
        throw JournalError.invalidInput(field: .verbatim(path), problem: BilingualText(
            "здесь нет подписанной контрольной точки журнала доступа (ожидается резервная копия, её manifest.json или файл `ezh audit checkpoint --out`)",
            "there is no signed access-log checkpoint here (a backup, its manifest.json or a file of `ezh audit checkpoint --out` is expected)"
        ))
    }

    /// The anchors in the file at `path`; nil when it cannot be read or holds none.
    static func read(_ path: String) -> [FoundAnchor]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        if let manifest = BackupManifest.decode(data), manifest.format == BackupManifest.currentFormat {
            // The manifest's own signature covers its exact bytes, the head among them.
            let signatureFile = (path as NSString).deletingLastPathComponent + "/" + BackupManifest.signatureFileName
            let signature = FileManager.default.contents(atPath: signatureFile)
                .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            let anchor = LogAnchor(
                seq: manifest.accessLog.seq, hash: manifest.accessLog.hash, at: manifest.createdAt, reason: manifest.kind.rawValue,
                publicKey: manifest.publicKey, signature: signature
            )
            return [FoundAnchor(anchor: anchor, source: .file(path: path), signedMessage: Array(data))]
        }
        guard let anchor = try? JSONDecoder().decode(LogAnchor.self, from: data) else { return nil }
        return [FoundAnchor(anchor: anchor, source: .file(path: path))]
    }

    /// Every anchor under `folder` (a backup destination: a folder per backup, each with its
    /// manifest; exported checkpoints beside them). A manifest that cannot be read is listed.
    static func scan(folder: String) -> (found: [FoundAnchor], unreadable: [String]) {
        var found: [FoundAnchor] = []
        var unreadable: [String] = []
        guard let walk = FileManager.default.enumerator(
            at: URL(fileURLWithPath: folder), includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return ([], []) }
        for case let url as URL in walk {
            if walk.level > 2 { walk.skipDescendants() }
            let name = url.lastPathComponent
            guard name == BackupManifest.fileName || name.hasSuffix(".json"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            if let anchors = read(url.path) {
                found += anchors
            } else if name == BackupManifest.fileName {
                unreadable.append(url.path)
            }
        }
        return (found, unreadable)
    }

    /// One anchor as an exported checkpoint file holds it: JSON, keys sorted, one per line.
    public static func json(_ anchor: LogAnchor) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(anchor), as: UTF8.self) + "\n"
    }
}
