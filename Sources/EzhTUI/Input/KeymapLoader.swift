import Foundation

/// A keymap ready to use, and what went wrong on the way (each `file:line: problem`), so the
/// interface can say why the user's keys are not the ones they wrote.
public struct LoadedKeymap: Sendable {
    public let keymap: Keymap
    public let problems: [String]
    /// The keymap asked for could not be used (missing or broken): `keymap` is the default.
    public let isFallback: Bool
}

/// Finds and reads keymap files. Search order for `<name>.keymap`: `$EZH_KEYMAP_DIR`, then
/// `../share/ezh/keymaps` beside the executable's real path (an install under any prefix),
/// then every folder from the executable's up to the root that holds a `Keymaps/` folder (the
/// build tree), then `/usr/local/share/ezh/keymaps` and `/usr/share/ezh/keymaps`. The default
/// keymap is also compiled in, so a binary copied anywhere works without any file.
/// A user's `$XDG_CONFIG_HOME/ezh/user.keymap` (default ~/.config/ezh) is applied on top.
public struct KeymapLoader: Sendable {
    public let directories: [String]
    public let userFile: String?

    public init(directories: [String], userFile: String?) {
        self.directories = directories
        self.userFile = userFile
    }

    /// The loader for a running program, from its environment and executable path.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String = currentExecutablePath()
    ) -> KeymapLoader {
        var directories: [String] = []
        if let explicit = environment["EZH_KEYMAP_DIR"], !explicit.isEmpty { directories.append(explicit) }
        var folder = URL(fileURLWithPath: executablePath).deletingLastPathComponent().standardizedFileURL
        directories.append(folder.appendingPathComponent("../share/ezh/keymaps").standardizedFileURL.path)
        while true {
            let candidate = folder.appendingPathComponent("Keymaps").path
            if FileManager.default.fileExists(atPath: candidate) { directories.append(candidate) }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        for installed in ["/usr/local/share/ezh/keymaps", "/usr/share/ezh/keymaps"] where !directories.contains(installed) {
            directories.append(installed)
        }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { "\($0)/.config" }
        return KeymapLoader(directories: directories, userFile: configHome.map { "\($0)/ezh/user.keymap" })
    }

    public static func currentExecutablePath() -> String {
        let link = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        if link != "/proc/self/exe" { return link }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// The keymap called `name` with the user's overrides; on any problem the default keymap.
    /// The default keymap with no file anywhere is the compiled-in one, which is no problem.
    public func load(named name: String) -> LoadedKeymap {
        var problems: [String] = []
        var keymap: Keymap
        var isFallback = false
        if name == "default", !isFound(name) {
            keymap = BuiltinKeymap.keymap
        } else if let chosen = read(name, problems: &problems) {
            keymap = chosen
        } else {
            isFallback = true
            keymap = name == "default" || !isFound("default")
                ? BuiltinKeymap.keymap : (read("default", problems: &problems) ?? BuiltinKeymap.keymap)
        }
        if let text = userText(problems: &problems), let userFile {
            do {
                try KeymapParser.apply(text, file: userFile, to: &keymap)
            } catch {
                problems += error.errors.map(\.description)
            }
        }
        return LoadedKeymap(keymap: keymap, problems: problems, isFallback: isFallback)
    }

    /// The user's overrides as text; nil when there is no such file, and a problem when it
    /// cannot be read or is not UTF-8 (an editor's stray byte must not silently drop them all).
    private func userText(problems: inout [String]) -> String? {
        guard let userFile, FileManager.default.fileExists(atPath: userFile) else { return nil }
        guard let data = FileManager.default.contents(atPath: userFile) else {
            problems.append("\(userFile): cannot be read")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let line = (lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0) + 1
            problems.append("\(userFile):\(line): not UTF-8 text; the whole file is ignored until it is saved as UTF-8")
            return nil
        }
        return text
    }

    private func isFound(_ name: String) -> Bool {
        directories.contains { FileManager.default.fileExists(atPath: "\($0)/\(name).keymap") }
    }

    /// The names of the keymaps found, for the command line's `keymap` command.
    public func availableNames() -> [String] {
        let names = directories.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".keymap") }
                .map { String($0.dropLast(".keymap".count)) }
        }
        return Array(Set(names + ["default"])).sorted()
    }

    private func read(_ name: String, problems: inout [String]) -> Keymap? {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            problems.append("keymap name `\(name)` is not a plain name")
            return nil
        }
        guard let path = directories.map({ "\($0)/\(name).keymap" }).first(where: FileManager.default.fileExists) else {
            problems.append("keymap `\(name)` not found in " + directories.joined(separator: ", "))
            return nil
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            problems.append("\(path): cannot be read as UTF-8 text")
            return nil
        }
        var keymap = Keymap(name: name)
        do {
            try KeymapParser.apply(text, file: path, to: &keymap)
            return keymap
        } catch {
            problems += error.errors.map(\.description)
            return nil
        }
    }
}
