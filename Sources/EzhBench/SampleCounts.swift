/// How many samples each kind of benchmark takes. Fast actions in this process get enough for a
/// stable p99 (1,000 in `make bench`, never cut short). What takes tens of milliseconds or more
/// gets up to a fifth of that, whole processes a tenth, and the commands that read the whole
/// access log a few; these stop early once their time is up (but never below a minimum), so
/// `make bench` ends in reasonable time whatever today's code costs. The report prints each
/// row's count.
public struct SampleCounts: Sendable {
    /// Grid, mark and attendance entry, the diary: in this process.
    public var fast: Quota
    /// Sign-in, the access report, the access log (filter and paging), the overview: in this
    /// process.
    public var slow: Quota
    /// A whole process each: start-up, the cold grid.
    public var processes: Quota
    /// A whole process reading the whole access log each: `ezh audit log`, `ezh audit verify`.
    public var commands: Quota
    /// A whole school imported, file by file, each file a process.
    public var imports: Quota
    /// `ezh backup` of the large school and its `sqlite3 .backup`, a pair a sample (about 4 s):
    /// enough pairs for a p50 of many and a p99 that is not one unlucky sample's.
    public var backups: Quota

    public init(fast: Quota, slow: Quota, processes: Quota, commands: Quota, imports: Quota, backups: Quota) {
        self.fast = fast
        self.slow = slow
        self.processes = processes
        self.commands = commands
        self.imports = imports
        self.backups = backups
    }

    /// `make bench`: `fast` interleaved samples, the others in proportion.
    public static func standard(fast: Int = 1000) -> SampleCounts {
        SampleCounts(
            fast: Quota(count: fast, warmUp: 3),
            slow: Quota(count: max(3, fast / 5), warmUp: 1, timeLimit: .seconds(20), minimum: 5),
            processes: Quota(count: max(3, fast / 10), warmUp: 1, timeLimit: .seconds(30), minimum: 20),
            commands: Quota(count: max(2, fast / 200), warmUp: 0, timeLimit: .seconds(20), minimum: 2),
            imports: Quota(count: max(2, fast / 50), warmUp: 0, timeLimit: .seconds(300), minimum: 5),
            backups: Quota(count: max(2, fast / 40), warmUp: 0, timeLimit: .seconds(150), minimum: 10)
        )
    }

    /// A few of each, for the smoke test.
    public static let smoke = SampleCounts(
        fast: Quota(count: 4, warmUp: 1), slow: Quota(count: 3, warmUp: 1), processes: Quota(count: 2, warmUp: 0),
        commands: Quota(count: 1, warmUp: 0), imports: Quota(count: 1, warmUp: 0), backups: Quota(count: 1, warmUp: 0)
    )
}
