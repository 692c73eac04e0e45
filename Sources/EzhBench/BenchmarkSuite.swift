import EzhCore
import EzhService
import EzhStore
import EzhTUI
import Foundation

/// Every benchmark of docs/performance.md, each against a baseline measured in the same run.
/// The school must already exist at `databasePath` (made by `ezh init --demo --size large
/// --now "2027-05-25 16:00"` in another process, so generating it counts toward no figure).
///
/// In this process, through the real interface: grids and entries (many samples), sign-in and
/// the screens that read much. As whole processes: start-up in a pseudo-terminal, the first grid
/// of a process, the audit commands. Then each action once more in a real `ezh` process for its
/// peak memory and its longest hold of the write lock.
public struct BenchmarkSuite {
    public let databasePath: String
    public let counts: SampleCounts
    public let tools: BenchmarkTools
    public let keymaps: KeymapLoader
    /// How long one step of a real process may take (today's access report takes minutes on the
    /// large school) before the run fails naming what it waited for.
    public let stepTimeout: Duration
    /// Which groups of benchmarks run (all unless `ezh-bench … --only GROUP` picks one).
    public let groups: Set<BenchmarkGroup>
    /// The school the import benchmark imports: a large one in `make bench`.
    let importedSchool: LargeSchoolFiles

    public init(
        databasePath: String, counts: SampleCounts, tools: BenchmarkTools, keymaps: KeymapLoader,
        stepTimeout: Duration = .seconds(600), groups: Set<BenchmarkGroup> = Set(BenchmarkGroup.allCases)
    ) {
        self.init(databasePath: databasePath, counts: counts, tools: tools, keymaps: keymaps, stepTimeout: stepTimeout, groups: groups,
                  importedSchool: .large)
    }

    init(
        databasePath: String, counts: SampleCounts, tools: BenchmarkTools, keymaps: KeymapLoader, stepTimeout: Duration,
        groups: Set<BenchmarkGroup>, importedSchool: LargeSchoolFiles
    ) {
        self.importedSchool = importedSchool
        self.databasePath = databasePath
        self.counts = counts
        self.tools = tools
        self.keymaps = keymaps
        self.stepTimeout = stepTimeout
        self.groups = groups
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        // The import makes schools of its own, the backup works on a copy of the large school
        // (and must not open it: opening migrates a file an older ezh made); the others run on it.
        if !groups.subtracting([.imports, .backup]).isEmpty {
            results += try runOnTheSchool(progress: progress)
        }
        if groups.contains(.backup) {
            results += try BackupBenchmarks(databasePath: databasePath, counts: counts, tools: tools).run(progress: progress)
        }
        if groups.contains(.imports) {
            results += try ImportBenchmarks(files: importedSchool, quota: counts.imports, tools: tools).run(progress: progress)
        }
        return results
    }

    private func runOnTheSchool(progress: (String) -> Void) throws -> [BenchmarkResult] {
        let store = try JournalStore(path: databasePath)
        let service = try JournalService(
            store: store, clock: ShiftedClock(startingAt: BenchmarkSchool.moment), terminal: TerminalInfo(tty: "bench")
        )
        let facts = try SchoolFacts(service: service)
        var results: [BenchmarkResult] = []
        if groups.contains(.entry) {
            progress("grid, marks, attendance")
            results += try EntryBenchmarks(service: service, store: store, facts: facts, counts: counts, keymaps: keymaps).run()
        }
        if groups.contains(.reads) {
            results += try ReadBenchmarks(service: service, store: store, facts: facts, counts: counts, keymaps: keymaps)
                .run(progress: progress)
        }
        if groups.contains(.processes) {
            results += try ProcessBenchmarks(databasePath: databasePath, facts: facts, counts: counts, tools: tools)
                .run(progress: progress)
        }
        if groups.contains(.footprint) {
            let quarter = facts.reportQuarter.span
            results += try FootprintBenchmarks(databasePath: databasePath, tools: tools, stepTimeout: stepTimeout).run(
                className: facts.className, quarter: (quarter.first.russian, quarter.last.russian), progress: progress
            )
        }
        if groups.contains(.reports) {
            results += try ReportBenchmarks(service: service, store: store, facts: facts, counts: counts).run(progress: progress)
        }
        if groups.contains(.web) {
            results += try WebBenchmarks(databasePath: databasePath, service: service, tools: tools, counts: counts).run(progress: progress)
        }
        return results
    }
}

/// The groups of benchmarks, in the order they run; `ezh-bench DATABASE SAMPLES --only GROUP`
/// runs one of them, to measure a change to it without the minutes the others take.
public enum BenchmarkGroup: String, CaseIterable, Sendable {
    /// The warm grid, a mark and an attendance code typed into it.
    case entry
    /// Sign-in, the access report and log, the deputy's overview, the diary.
    case reads
    /// Start-up, the cold grid and the audit commands, as processes.
    case processes
    /// Each action's peak memory and write-lock hold in a real `ezh` process.
    case footprint
    /// The whole school's сводная ведомость for a quarter against plain SQL, and its PDF.
    case reports
    /// `ezh backup` against `sqlite3 .backup` of the same file, as processes.
    case backup
    /// A large school's files imported into a fresh journal, as processes, with their footprint.
    case imports = "import"
    /// The web diary's marks page under 200 concurrent sessions (`ezh serve` and wrk, as processes).
    case web
}
