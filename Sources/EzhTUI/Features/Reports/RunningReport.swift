import EzhCore

/// A report being made for a screen (the «Отчёты» screen's reports, the F3 access report): its
/// `ReportJob` on a thread of its own, what the screen keeps for it until it is made, the
/// progress line after half a second, and the keys while it runs: Esc cancels it, lock and quit
/// cancel it and then do what they do, every other key waits, so that no second one starts.
struct RunningReport<Value, Pending> {
    private var current: (job: ReportJob<Value>, title: (Strings) -> String, pending: Pending)?

    var isRunning: Bool { current != nil }
    /// The report being made, for tests and benchmarks to wait for.
    var job: ReportJob<Value>? { current?.job }

    /// Starts `work`; `title` names the report in the progress line, `pending` comes back with
    /// its result.
    mutating func start(_ title: @escaping (Strings) -> String, pending: Pending, work: @escaping () throws -> Value) {
        current = (ReportJob(work), title, pending)
    }

    /// «Формируется «…»… 3 с · Esc — отменить» once it has run half a second; nil before that
    /// and when nothing runs.
    func progress(_ strings: Strings) -> StatusMessage? {
        guard let current, current.job.isSlow else { return nil }
        let seconds = Int((ContinuousClock.now - current.job.started).components.seconds)
        return .info(strings.reportInProgress(current.title(strings), seconds: seconds))
    }

    /// The result once the report is made, with what was kept for it, handed over once; nil
    /// while it runs and when nothing does.
    mutating func takeFinished() -> (result: Result<Value, any Error>, pending: Pending)? {
        guard let current, case .finished(let result) = current.job.current else { return nil }
        self.current = nil
        return (result, current.pending)
    }

    /// A key pressed while the report is made (call it only then). True when the key also goes
    /// on to the screen: lock and quit, after the report is cancelled.
    mutating func handle(_ key: Key, in context: KeyContext, app: Application) -> Bool {
        switch app.keymap.commandAction(for: key, in: context) {
        case .back?, .cancel?:
            cancel(app: app)
            return false
        case .lock?, .quit?:
            cancel(app: app)
            return true
        default:
            return false
        }
    }

    /// Stops waiting for the report; whatever its thread still returns is dropped.
    mutating func cancel(app: Application) {
        current?.job.abandon()
        current = nil
        app.status = .info(app.strings.reportCancelled)
    }
}

/// A screen with work under way on another thread: the application wakes often to draw its
/// progress and take in its result, instead of once a second.
protocol BusyScreen: Screen {
    var isBusy: Bool { get }
    /// Blocks until the work under way ends or `timeout` passes (tests and benchmarks; the
    /// interface never waits).
    func waitForWork(timeout: Duration)
}
