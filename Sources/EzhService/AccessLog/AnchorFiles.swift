import EzhCore
import Foundation

/// Anchors kept outside the journal: exported anchor files (one anchor as JSON) and backup
/// manifests (JSON holding an `anchor` object, or `anchors`, a list of them).
public enum AnchorFiles {
    /// The anchors in the file `path`, or a refusal saying why there are none.
    public static func anchors(inFileNamed path: String) throws -> [LogAnchor] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JournalError.notFound(BilingualText("файл «\(path)»", "file “\(path)”"))
        }
        guard let anchors = anchors(in: data), !anchors.isEmpty else {
            throw JournalError.invalidInput(field: .verbatim(path), problem: BilingualText(
                "в файле нет подписанной контрольной точки журнала доступа (ожидается манифест резервной копии или файл `ezh audit checkpoint`)",
                "the file holds no signed access-log checkpoint (a backup manifest or a file of `ezh audit checkpoint` is expected)"
            ))
        }
        return anchors
    }

    /// The anchors in JSON `data`, nil when it is not JSON of either shape.
    static func anchors(in data: Data) -> [LogAnchor]? {
        let decoder = JSONDecoder()
        if let one = try? decoder.decode(LogAnchor.self, from: data) { return [one] }
        if let manifest = try? decoder.decode(Manifest.self, from: data) {
            let all = (manifest.anchor.map { [$0] } ?? []) + (manifest.anchors ?? [])
            return all.isEmpty ? nil : all
        }
        return nil
    }

    private struct Manifest: Decodable {
        let anchor: LogAnchor?
        let anchors: [LogAnchor]?
    }

    /// Every anchor in the JSON files under `folder` (three levels deep: a destination holds
    /// a folder per backup). A file named like a manifest that holds none is listed as unreadable.
    static func scan(folder: String) -> (found: [FoundAnchor], unreadable: [String]) {
        var found: [FoundAnchor] = []
        var unreadable: [String] = []
        let root = URL(fileURLWithPath: folder)
        guard let walk = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return ([], []) }
        for case let url as URL in walk {
            if walk.level > 3 { walk.skipDescendants() }
            let name = url.lastPathComponent.lowercased()
            guard name.hasSuffix(".json") || name.contains("manifest") || name.hasSuffix(".anchor"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                unreadable.append(url.path)
                continue
            }
            if let anchors = anchors(in: data) {
                found += anchors.map { FoundAnchor(anchor: $0, source: .file(path: url.path)) }
            } else if name.contains("manifest") {
                unreadable.append(url.path)
            }
        }
        return (found, unreadable)
    }

    /// One anchor as an exported anchor file holds it: JSON, keys sorted, one per line.
    public static func json(_ anchor: LogAnchor) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(anchor), as: UTF8.self) + "\n"
    }
}
