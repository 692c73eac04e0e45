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

    public init(
        databasePath: String, counts: SampleCounts, tools: BenchmarkTools, keymaps: KeymapLoader,
        stepTimeout: Duration = .seconds(600)
    ) {
        self.databasePath = databasePath
        self.counts = counts
        self.tools = tools
        self.keymaps = keymaps
        self.stepTimeout = stepTimeout
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> [BenchmarkResult] {
        let store = try JournalStore(path: databasePath)
        let service = try JournalService(
            store: store, clock: ShiftedClock(startingAt: BenchmarkSchool.moment), terminal: TerminalInfo(tty: "bench")
        )
        let facts = try SchoolFacts(service: service)
        progress("grid, marks, attendance")
        var results = try EntryBenchmarks(service: service, store: store, facts: facts, counts: counts, keymaps: keymaps).run()
        results += try ReadBenchmarks(service: service, store: store, facts: facts, counts: counts, keymaps: keymaps).run(progress: progress)
        results += try ProcessBenchmarks(databasePath: databasePath, facts: facts, counts: counts, tools: tools).run(progress: progress)
        let quarter = facts.reportQuarter.span
        results += try FootprintBenchmarks(databasePath: databasePath, tools: tools, stepTimeout: stepTimeout).run(
            className: facts.className, quarter: (quarter.first.russian, quarter.last.russian), progress: progress
        )
        return results
    }
}
