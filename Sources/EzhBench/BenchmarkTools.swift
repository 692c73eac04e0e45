import Foundation

/// The programs the benchmarks run as whole processes, and the environment they run in: a
/// UTF-8 terminal of the default keymap, a home of their own.
public struct BenchmarkTools: Sendable {
    /// The `ezh` binary measured.
    public let ezh: String
    /// `ezh-bench` itself, run as a child for what must happen first in a process.
    public let ezhBench: String
    /// SQLite's shell, for the commands' baselines.
    public let sqlite3: String
    /// The keymap files (`Keymaps/`).
    public let keymapDirectory: String
    /// Where children keep their home and output files.
    public let scratchDirectory: String

    public init(ezh: String, ezhBench: String, sqlite3: String, keymapDirectory: String, scratchDirectory: String) {
        self.ezh = ezh
        self.ezhBench = ezhBench
        self.sqlite3 = sqlite3
        self.keymapDirectory = keymapDirectory
        self.scratchDirectory = scratchDirectory
    }

    /// The binaries of one build directory (`.build/release`), the package's keymaps, and
    /// `sqlite3` from the PATH.
    public static func built(in buildDirectory: String, packageRoot: String, scratch: String) throws -> BenchmarkTools {
        let ezh = buildDirectory + "/ezh"
        let bench = buildDirectory + "/ezh-bench"
        let sqlite3 = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { $0 + "/sqlite3" }.first(where: FileManager.default.isExecutableFile) ?? "/usr/bin/sqlite3"
        for program in [ezh, bench, sqlite3] where !FileManager.default.isExecutableFile(atPath: program) {
            throw ChildProcess.Failure(description: "\(program) is missing: build it first (make bench does)")
        }
        let keymaps = packageRoot + "/Keymaps"
        guard FileManager.default.fileExists(atPath: keymaps + "/default.keymap") else {
            throw ChildProcess.Failure(description: "no \(keymaps)/default.keymap: run ezh-bench from the package's directory")
        }
        try FileManager.default.createDirectory(atPath: scratch + "/config", withIntermediateDirectories: true)
        return BenchmarkTools(ezh: ezh, ezhBench: bench, sqlite3: sqlite3, keymapDirectory: keymaps,
                              scratchDirectory: scratch)
    }

    var environment: [String: String] {
        [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_CTYPE": "C.UTF-8", "TERM": "xterm-256color",
            "HOME": scratchDirectory, "XDG_CONFIG_HOME": scratchDirectory + "/config", "EZH_KEYMAP_DIR": keymapDirectory,
        ]
    }

    /// `ezh demo` on the benchmark's school at the benchmark's moment.
    func ezhDemo(_ databasePath: String) -> [String] {
        [ezh, "demo", "--db", databasePath, "--now", BenchmarkSchool.momentText]
    }

    func scratchFile(_ name: String) -> String { scratchDirectory + "/" + name }

    /// The sample school's files (docs/samples/school), from which the import benchmark makes a large school's.
    var samplesDirectory: String { (keymapDirectory as NSString).deletingLastPathComponent + "/docs/samples/school" }
}
