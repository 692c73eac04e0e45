import EzhCore
import EzhService

/// «Отчёты»: the reports the session's roles produce (the catalogue's, nothing else), each
/// asking for the parameters it needs with pickers (`ReportParameterFlow`), then made on a thread
/// of its own with a progress line after half a second and Esc to cancel, then previewed
/// (`ReportPreviewScreen`) to save as PDF, CSV or XLSX or to print.
final class ReportsScreen: Screen, BusyScreen {
    private var kinds: [ReportKind] = []
    private var list = SelectableList()
    private var rowItems: [Int: Int] = [:]
    /// The report being made, with what its preview and file name need.
    private var running = RunningReport<MadeReport, (kind: ReportKind, label: String)>()
    /// The folder reports are offered in; a save elsewhere makes it the next one's.
    var folder = ReportFiles.defaultFolder

    var context: KeyContext { .reports }
    var isBusy: Bool { running.isRunning }
    /// The report being made, for tests to wait for.
    var runningJob: ReportJob<MadeReport>? { running.job }

    func waitForWork(timeout: Duration) { running.job?.wait(timeout: timeout) }

    func load(app: Application) {
        guard let session = app.session else { return }
        kinds = app.backend.reportKinds(for: session)
        list.count = kinds.count
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.reportsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        if kinds.isEmpty { buffer.put(strings.noReportsForYou, row: 2, column: 2) }
        let language = strings.language
        rowItems = list.draw(into: &buffer, row: 2, height: buffer.rows - 5, text: { self.kinds[$0].title.text(in: language) })
        Chrome.drawStatus(&buffer, message: app.status ?? running.progress(strings), fallback: kinds.isEmpty ? "" : strings.reportsHint)
        Chrome.drawKeyBar(&buffer, actions: [.open, .back, .help], context: context, app: app)
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if running.isRunning {
            if running.handle(key, in: context, app: app) { handleCommandKey(key, app: app) }
            return
        }
        if case .mouse(let row, _) = key {
            if let item = rowItems[row] {
                if item == list.selected { start(app: app) } else { list.select(item) }
            }
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if running.isRunning { return true }
        if list.move(action) { return true }
        switch action {
        case .open, .confirm: start(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    func refresh(app: Application) { collect(app: app) }

    // MARK: Making the report

    /// Asks for the selected report's parameters, then makes it.
    private func start(app: Application) {
        guard kinds.indices.contains(list.selected), let session = app.session else { return }
        let kind = kinds[list.selected]
        ReportParameterFlow.ask(kind: kind, session: session, app: app) { [weak self] request, label, app in
            self?.make(kind, request: request, label: label, app: app)
        }
    }

    private func make(_ kind: ReportKind, request: ReportRequest, label: String, app: Application) {
        guard let session = app.session else { return }
        let backend = app.backend
        nonisolated(unsafe) let unsafeBackend = backend
        running.start({ kind.title.text(in: $0.language) }, pending: (kind, label)) {
            try unsafeBackend.makeReport(kind, session, request)
        }
        collect(app: app)
    }

    /// Takes a finished report to its preview, or its refusal to the status line.
    func collect(app: Application) {
        guard let finished = running.takeFinished() else { return }
        switch finished.result {
        case .success(let made):
            app.push(ReportPreviewScreen(made: made, kind: finished.pending.kind, label: finished.pending.label, reports: self))
        case .failure(let error):
            app.status = .error(app.message(for: error))
        }
    }
}
