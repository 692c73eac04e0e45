import Foundation

/// A keymap ready to use, and what went wrong on the way (each `file:line: problem`), so the
/// interface can say why the user's keys are not the ones they wrote.
public struct LoadedKeymap: Sendable {
    public let keymap: Keymap
    public let problems: [String]
}

/// Finds and reads keymap files. Search order for `<name>.keymap`: `$EZH_KEYMAP_DIR`, then
/// `<executable dir>/../share/ezh/keymaps`, then every folder from the executable's up to the
/// root that holds a `Keymaps/` folder (so a build folder and any working directory work).
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
    public func load(named name: String) -> LoadedKeymap {
        var problems: [String] = []
        var keymap: Keymap
        if let chosen = read(name, problems: &problems) {
            keymap = chosen
        } else {
            keymap = name == "default" ? BuiltinKeymap.keymap : (read("default", problems: &problems) ?? BuiltinKeymap.keymap)
        }
        if let userFile, let text = try? String(contentsOfFile: userFile, encoding: .utf8) {
            do {
                try KeymapParser.apply(text, file: userFile, to: &keymap)
            } catch {
                problems += error.errors.map(\.description)
            }
        }
        return LoadedKeymap(keymap: keymap, problems: problems)
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
