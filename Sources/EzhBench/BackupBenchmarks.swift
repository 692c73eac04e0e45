import Foundation

/// `ezh backup` of the school (the copy with its digest made on a second thread and the chain
/// checked on a third as the pages are copied, the checks of the copy, the signed manifest,
/// rotation and the run's record) against `sqlite3 .backup` of the same file to the same
/// folder, both whole processes, in interleaved pairs. Budget: 1.5 times the plain copy, the
/// backup's own verification included (issue 13); the full check, `ezh backup verify`, is not
/// part of it.
///
/// Two kinds of backup, each against its own baseline pairs: the usual one (the backup before it
/// was checked in full by `ezh backup verify --latest`, as the systemd unit does right after each
/// backup, so the chain is checked from its signed checkpoint) and a school's first (no earlier
/// checked backup: the chain walked from its start in idle time only, as far as it gets while
/// the copy is made). Before each first backup the record of earlier runs is emptied, unmeasured.
///
/// Both sides do the same work on the same disk: each sample copies the school into the same
/// folder and removes the copy the sample before made (ezh's rotation keeps a day's newest
/// backup only; the baseline removes its last copy itself, inside its timing).
///
/// A backup writes to its journal (a checkpoint, the run's record, a log entry, the schema's
/// migrations): both sides work on a copy of the school made first, so the school the other
/// benchmarks use is left as it was.
struct BackupBenchmarks {
    let databasePath: String
    let counts: SampleCounts
    let tools: BenchmarkTools

    func run(progress: (String) -> Void) throws -> [BenchmarkResult] {
        let destination = tools.scratchFile("backups")
        let plainCopy = destination + "/plain-backup.sqlite"
        let school = tools.scratchFile("backup-source.sqlite")
        let scratch = [destination, school, school + ".key", school + "-wal", school + "-shm"]
        scratch.forEach { try? FileManager.default.removeItem(atPath: $0) }
        defer { scratch.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        let errors = tools.scratchFile("backup.err")
        _ = try ChildProcess.run([tools.sqlite3, "-readonly", databasePath, ".backup '\(school)'"], environment: tools.environment, errors: errors)
        try? FileManager.default.copyItem(atPath: databasePath + ".key", toPath: school + ".key")
        chmod(school, 0o600)

        let ezhBackup = {
            try ChildProcess.run([tools.ezh, "backup", "--db", school, "--to", destination],
                                 environment: tools.environment, errors: errors).wallTime
        }
        let plainBackup = {
            let clock = ContinuousClock()
            let start = clock.now
            try? FileManager.default.removeItem(atPath: plainCopy)
            let removal = clock.now - start
            return try removal + ChildProcess.run([tools.sqlite3, school, ".backup '\(plainCopy)'"],
                                                  environment: tools.environment, errors: errors).wallTime
        }
        // Each side's first sample finds no copy of its own to remove: one unmeasured pair. Its
        // backup, checked in full as the timer does, is the start the usual kind checks from.
        _ = try ezhBackup()
        _ = try ChildProcess.run([tools.ezh, "backup", "verify", "--latest", "--db", school, "--to", destination],
                                 environment: tools.environment, errors: errors)
        _ = try plainBackup()

        progress("ezh backup")
        let (usual, usualBaseline) = try Samples.interleavedTimings(counts.backups, ezhBackup, baseline: plainBackup)
        progress("ezh backup, a school's first")
        let forgetEarlierBackups = {
            _ = try ChildProcess.run([tools.sqlite3, school, "DELETE FROM backup_run"], environment: tools.environment, errors: errors)
        }
        let (first, firstBaseline) = try Samples.interleavedTimings(counts.backups, {
            try forgetEarlierBackups()
            return try ezhBackup()
        }, baseline: plainBackup)
        return [
            BenchmarkResult(
                name: "ezh backup (process)", measured: usual, baseline: usualBaseline,
                baselineName: "sqlite3 .backup of the same file", budget: .ratio(1.5)
            ),
            BenchmarkResult(
                name: "ezh backup, first (chain in idle time)", measured: first, baseline: firstBaseline,
                baselineName: "sqlite3 .backup of the same file", budget: .ratio(1.5)
            ),
        ]
    }
}
