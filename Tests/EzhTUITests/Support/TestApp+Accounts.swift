import EzhTUI
import Foundation

extension TestApp {
    func signIn(as login: String, password: String = "demo") {
        type(login)
        press(.enter)
        type(password)
        press(.enter)
    }

    /// Backspace `count` times: empties a field that starts filled in.
    func erase(_ count: Int) {
        for _ in 0..<count { press(.backspace) }
    }

    /// Replaces a path field's default by `path` and confirms it.
    func saveTo(_ path: String, replacing defaultPath: String) {
        erase(defaultPath.count)
        type(path)
        press(.enter)
    }

    /// Rows of the screen, for assertions on one line.
    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// A temporary folder for files the screens write, removed by `tearDown`.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-tui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A file's permission bits, such as 0o600.
func permissions(of path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

extension TestApp {
    /// The status line's message whole: a long one takes the line above too.
    var wholeStatus: String {
        let buffer = screen
        return [size.rows - 3, size.rows - 2].filter { buffer[$0, 0].style.role == .status }
            .map { buffer.line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
