import EzhCore
import EzhService
import Foundation

/// Where an import's credential slips go: the file the user named, or a new file in
/// ~/ezh-exports. Checked before the import (with the same rules the slips are written by), so a
/// slips file that cannot be written stops the import instead of losing the passwords of
/// accounts already created. Only a staff import creates accounts, so only it is checked.
enum SlipsFile {
    static func path(typed: String?, kind: ImportKind, day: LocalDate, files: ExportFiles, replacing: Bool) throws -> String {
        if let typed {
            if kind == .staff { try files.check(typed, replacing: replacing) }
            return typed
        }
        let base = ExportFiles.defaultPath("\(kind.rawValue)-slips-\(day.iso)")
        var candidate = base + ".txt"
        var number = 2
        while try isTaken(candidate, files) {
            candidate = "\(base)-\(number).txt"
            number += 1
        }
        return candidate
    }

    /// Whether a default name is taken (the next number is tried); any other refusal stops the import.
    private static func isTaken(_ path: String, _ files: ExportFiles) throws -> Bool {
        do {
            try files.check(path, replacing: false)
            return false
        } catch ExportFileError.exists {
            return true
        }
    }
}
