import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB

/// A whole school imported into a fresh `ezh init` journal, file by file in import order, each
/// file by the real command (`ezh import KIND FILE --db … --login … --password-stdin`, a process
/// of its own that signs in, reads the file, checks it and writes it in one transaction),
/// against the same rows inserted with plain SQL (`PlainImportRows`). Each sample imports every
/// file into a new copy of the empty journal, then inserts the baseline into another copy.
/// One run before the samples gives the baseline's rows, each file's peak memory and how long
/// the import kept every other terminal from writing.
struct ImportBenchmarks {
    let files: LargeSchoolFiles
    let quota: Quota
    let tools: BenchmarkTools

    private static let login = "admin"
    private static let firstPassword = "Первый-пароль-2026"
    private static let ownPassword = "Свой-пароль-замеров-2026"

    private static func setOwnPassword(_ journal: String) throws {
        let service = try JournalService(store: try JournalStore(path: journal), clock: SystemClock(), terminal: TerminalInfo(tty: "bench"))
        let session = try service.signIn(login: login, password: firstPassword)
        service.signOut(try service.changePassword(session, old: firstPassword, new: ownPassword))
    }

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        let folder = tools.scratchFile("import")
        try? FileManager.default.removeItem(atPath: folder)
        let paths = try files.write(samples: tools.samplesDirectory, to: folder + "/files")
        let password = folder + "/password.txt"
        try "\(Self.firstPassword)\n".write(toFile: password, atomically: true, encoding: .utf8)
        let empty = folder + "/empty.sqlite"
        _ = try ChildProcess.run(
            [tools.ezh, "init", "--db", empty, "--school", "Школа для замеров", "--timezone", "Europe/Moscow", "--admin", Self.login,
             "--password-stdin"],
            environment: tools.environment, input: password, errors: folder + "/init.err"
        )
        // The administrator's first password is one-time: changed as at the first sign-in.
        try Self.setOwnPassword(empty)
        try "\(Self.ownPassword)\n".write(toFile: password, atomically: true, encoding: .utf8)
        let school = folder + "/imported.sqlite"
        let plain = folder + "/plain.sqlite"

        progress("import: the whole school once, for its rows, peak memory and write lock")
        try Self.copy(empty, to: school)
        let (rows, footprints) = try firstImport(paths, into: school, password: password)

        progress("import: \(quota.count) times, against the same rows by plain SQL")
        let clock = ContinuousClock()
        var measured: [ImportKind: [Duration]] = [:]
        var baseline: [ImportKind: [Duration]] = [:]
        let start = clock.now
        while quota.wantsMore(taken: measured[.bells]?.count ?? 0, since: start) {
            try Self.copy(empty, to: school)
            for kind in ImportKind.allCases {
                measured[kind, default: []].append(try importFile(kind, paths[kind]!, into: school, password: password).wallTime)
            }
            try Self.copy(empty, to: plain)
            let writer = try PlainImportRows(journal: plain)
            for kind in ImportKind.allCases {
                let begin = clock.now
                try writer.insert(rows[kind]!)
                baseline[kind, default: []].append(clock.now - begin)
            }
        }
        for file in [school, plain, empty] { Self.remove(file) }

        let totals = { (timings: [ImportKind: [Duration]]) in
            Samples((0..<(timings[.bells]?.count ?? 0)).map { run in ImportKind.allCases.reduce(Duration.zero) { $0 + timings[$1]![run] } })
        }
        let rowCount = rows.values.reduce(0) { $0 + $1.count }
        var results = [BenchmarkResult(
            name: "import a school: 9 files (process)", measured: totals(measured), baseline: totals(baseline),
            baselineName: "its \(rowCount) rows by plain SQL", budget: .ratio(3)
        )]
        for kind in ImportKind.allCases {
            results.append(BenchmarkResult(
                name: "ezh import \(kind.rawValue) (process)", measured: Samples(measured[kind]!), baseline: Samples(baseline[kind]!),
                baselineName: "its \(rows[kind]!.count) rows", budget: .none
            ))
        }
        return results + footprints
    }

    /// Imports every file once, each with the probe watching the write lock; the rows each wrote
    /// and each one's footprint.
    private func firstImport(
        _ paths: [ImportKind: String], into school: String, password: String
    ) throws -> ([ImportKind: PlainImportRows.FileRows], [BenchmarkResult]) {
        let reader = try DatabaseQueue(path: school)
        let probe = try WriteLockProbe(journal: school)
        defer { probe.stop() }
        var rows: [ImportKind: PlainImportRows.FileRows] = [:]
        var footprints: [BenchmarkResult] = []
        for kind in ImportKind.allCases {
            let before = try reader.read(PlainImportRows.highWater)
            _ = probe.takeLongestWait()
            let outcome = try importFile(kind, paths[kind]!, into: school, password: password, watchingPeak: true)
            let lock = probe.takeLongestWait()
            rows[kind] = try reader.read { try PlainImportRows.added(since: before, $0) }
            footprints.append(BenchmarkResult(
                name: "footprint: ezh import \(kind.rawValue)", measured: nil, budget: .none, megabytes: outcome.peakMegabytes, lockHold: lock
            ))
        }
        // An import that refused its file would leave a benchmark of nothing.
        let pupils = try reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM pupil") ?? 0 }
        let expected = files.copies * files.pupilsPerClass * 4
        guard pupils == expected else {
            throw ChildProcess.Failure(description: "the import left \(pupils) pupils, not \(expected)")
        }
        return (rows, footprints)
    }

    private func importFile(
        _ kind: ImportKind, _ file: String, into school: String, password: String, watchingPeak: Bool = false
    ) throws -> ChildProcess.Outcome {
        // The staff's credential slips go to a file that must not exist yet.
        let slips = tools.scratchFile("import-slips.txt")
        try? FileManager.default.removeItem(atPath: slips)
        return try ChildProcess.run(
            [tools.ezh, "import", kind.rawValue, file, "--db", school, "--login", Self.login, "--password-stdin", "--slips", slips],
            environment: tools.environment, input: password, output: tools.scratchFile("import.out"),
            errors: tools.scratchFile("import.err"), watchingPeak: watchingPeak
        )
    }

    /// A journal file with its WAL and shared memory, as a new file at `target`.
    private static func copy(_ source: String, to target: String) throws {
        remove(target)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: target + suffix)
        }
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
