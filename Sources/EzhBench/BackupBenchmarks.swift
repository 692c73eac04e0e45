import Foundation

/// `ezh backup` of the school (the online copy, its integrity_check, the chain, the digest and
/// the signed manifest) against `sqlite3 .backup` of the same file, both whole processes,
/// interleaved. Budget: 1.5 times the plain copy, verification included (issue 13).
struct BackupBenchmarks {
    let databasePath: String
    let counts: SampleCounts
    let tools: BenchmarkTools

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        progress("ezh backup")
        let destination = tools.scratchFile("backups")
        let plainCopy = tools.scratchFile("plain-backup.sqlite")
        try? FileManager.default.removeItem(atPath: destination)
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(atPath: destination)
            try? FileManager.default.removeItem(atPath: plainCopy)
        }
        let errors = tools.scratchFile("backup.err")
        // Rotation keeps a day's newest backup only, so the destination never holds more than two copies.
        let (measured, baseline) = try Samples.interleavedTimings(counts.commands, {
            try ChildProcess.run([tools.ezh, "backup", "--db", databasePath, "--to", destination],
                                 environment: tools.environment, errors: errors).wallTime
        }, baseline: {
            try? FileManager.default.removeItem(atPath: plainCopy)
            return try ChildProcess.run([tools.sqlite3, databasePath, ".backup '\(plainCopy)'"],
                                        environment: tools.environment, errors: errors).wallTime
        })
        return [BenchmarkResult(
            name: "ezh backup (process)", measured: measured, baseline: baseline,
            baselineName: "sqlite3 .backup of the same file", budget: .ratio(1.5)
        )]
    }
}
