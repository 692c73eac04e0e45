import Foundation

/// `ezh backup` of the school (the copy with its digest made on the second core, the checks
/// that fit the time of the copy, the signed manifest, rotation and the run's record) against
/// `sqlite3 .backup` of the same file, both whole processes, interleaved. Budget: 1.5 times the
/// plain copy, the backup's own verification included (issue 13); the full check,
/// `ezh backup verify`, is not part of it.
///
/// A backup writes to its journal (a checkpoint, the run's record, a log entry, the schema's
/// migrations): both sides work on a copy of the school made first, so the school the other
/// benchmarks use is left as it was.
struct BackupBenchmarks {
    let databasePath: String
    let counts: SampleCounts
    let tools: BenchmarkTools

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        progress("ezh backup")
        let destination = tools.scratchFile("backups")
        let plainCopy = tools.scratchFile("plain-backup.sqlite")
        let school = tools.scratchFile("backup-source.sqlite")
        let scratch = [destination, plainCopy, school, school + ".key", school + "-wal", school + "-shm"]
        scratch.forEach { try? FileManager.default.removeItem(atPath: $0) }
        defer { scratch.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        let errors = tools.scratchFile("backup.err")
        _ = try ChildProcess.run([tools.sqlite3, "-readonly", databasePath, ".backup '\(school)'"], environment: tools.environment, errors: errors)
        try? FileManager.default.copyItem(atPath: databasePath + ".key", toPath: school + ".key")
        chmod(school, 0o600)
        // Rotation keeps a day's newest backup only, so the destination never holds more than two copies.
        let (measured, baseline) = try Samples.interleavedTimings(counts.commands, {
            try ChildProcess.run([tools.ezh, "backup", "--db", school, "--to", destination],
                                 environment: tools.environment, errors: errors).wallTime
        }, baseline: {
            try? FileManager.default.removeItem(atPath: plainCopy)
            return try ChildProcess.run([tools.sqlite3, school, ".backup '\(plainCopy)'"],
                                        environment: tools.environment, errors: errors).wallTime
        })
        return [BenchmarkResult(
            name: "ezh backup (process)", measured: measured, baseline: baseline,
            baselineName: "sqlite3 .backup of the same file", budget: .ratio(1.5)
        )]
    }
}
