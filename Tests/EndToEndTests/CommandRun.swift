import Foundation
import XCTest

/// One run of a command (the real `ezh` binary, or a tool such as sqlite3 or mount) with its
/// exit status, standard output and standard error kept apart, in a clean environment.
struct CommandRun {
    let status: Int32
    let output: String
    let errors: String

    /// The lines on stderr.
    var errorLines: [String] { errors.split(separator: "\n").map(String.init) }

    /// Runs `arguments` (the first is the program) with `input` on stdin and only the
    /// variables given (plus PATH and a UTF-8 locale).
    @discardableResult
    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:], directory: URL? = nil
    ) throws -> CommandRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8"].merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus,
            output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        )
    }

    /// The path of a system tool, or a skip when it is not installed.
    static func tool(_ name: String) throws -> String {
        guard let path = ["/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"].map({ $0 + name })
            .first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("\(name) is not installed") }
        return path
    }
}

/// A temporary folder with a journal made by the real `ezh init`, for commands to work on.
final class JournalFolder {
    let url: URL
    let binary: String
    private var mounts: [String] = []

    init() throws {
        guard let binary = TmuxSession.ezhBinary else { throw XCTSkip("build ezh first: swift build") }
        self.binary = binary
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        for mount in mounts.reversed() { _ = try? CommandRun.run(["/bin/umount", mount]) }
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// `ezh init` of an empty school at `name`; its path.
    @discardableResult
    func makeJournal(_ name: String = "journal.sqlite") throws -> String {
        let db = path(name)
        let made = try ezh(["init", "--db", db, "--school", "Школа № 1", "--timezone", "Europe/Moscow", "--admin", "admin",
                            "--password-stdin"], input: "Пароль-администратора\n")
        XCTAssertEqual(made.status, 0, made.errors)
        return db
    }

    /// The real binary with a home of its own: no user keymap, no $EZH_DB.
    @discardableResult
    func ezh(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> CommandRun {
        try CommandRun.run([binary] + arguments, input: input, environment: ["HOME": url.path].merging(environment) { $1 })
    }

    /// A tmpfs of `size` mounted at `name`, unmounted when the folder goes; a skip where this
    /// process may not mount (not root, or no CAP_SYS_ADMIN in a container).
    func mountTmpfs(_ name: String, size: String = "4m") throws -> String {
        guard getuid() == 0 else { throw XCTSkip("mounting a tmpfs needs root") }
        let point = path(name)
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        let mounted = try CommandRun.run([try CommandRun.tool("mount"), "-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", point])
        guard mounted.status == 0 else { throw XCTSkip("cannot mount a tmpfs here: \(mounted.errors)") }
        mounts.append(point)
        return point
    }

    /// Makes a mounted tmpfs read-only.
    func remountReadOnly(_ point: String) throws {
        let remounted = try CommandRun.run([try CommandRun.tool("mount"), "-o", "remount,ro", point])
        XCTAssertEqual(remounted.status, 0, remounted.errors)
    }

    /// The names in the folder `name` (or the top folder), sorted.
    func listing(_ name: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.map(path) ?? url.path).sorted()
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}
