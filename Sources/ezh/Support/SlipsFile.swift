import EzhCore
import EzhService
import Foundation

/// Where an import's credential slips go: the file the user named, or a new file in
/// ~/ezh-exports. Chosen before the import, so a slips file that cannot be written stops the
/// import instead of losing the passwords of accounts already created.
enum SlipsFile {
    static func path(typed: String?, kind: ImportKind, day: LocalDate) throws -> String {
        if let typed {
            guard !FileManager.default.fileExists(atPath: expanded(typed)) else {
                throw ExportFileError.exists(path: typed)
            }
            return typed
        }
        let base = ExportFiles.defaultPath("\(kind.rawValue)-slips-\(day.iso)")
        var candidate = base + ".txt"
        var number = 2
        while FileManager.default.fileExists(atPath: expanded(candidate)) {
            candidate = "\(base)-\(number).txt"
            number += 1
        }
        return candidate
    }

    private static func expanded(_ path: String) -> String {
        (path as NSString).expandingTildeInPath
    }
}
