import EzhCore
import EzhService

/// «Отчёт о доступе к классному журналу» for the deputy and the director: class, subject,
/// period, date and time of the action, user, lesson date, action, and what was done in words
/// (names, never ids); entries made late (under a permission) carry «!» and bold, never colour
/// alone. Opens on this week; filters by class, user and dates; at most `rowLimit` rows (a
/// narrower filter shows the rest); CSV export of the rows shown. The rows are read on a thread
/// of their own, as the «Отчёты» screen makes its reports: a progress line after half a second,
/// Esc to cancel (the rows and filter shown stay).
final class AccessReportScreen: FilteredRowsScreen, BusyScreen {
    static let rowLimit = 10_000

    var listing = FilteredRows<AccessReportRow>(limit: rowLimit)
    let filterFields: [FilterFormScreen.Field] = [.className, .login, .from, .to]
    /// The rows being read, with the filter they are for.
    private var reading = RunningReport<[AccessReportRow], LogFilterInput>()

    func load(app: Application) { loadThisWeek(app: app) }

    func read(_ filter: AccessLogFilter, session: Session, backend: JournalBackend) throws -> [AccessReportRow] {
        try backend.accessReport(session, filter: filter)
    }

    /// Starts reading the rows of `wanted`; a date or class that cannot be read is refused at
    /// once, in the status line and to the form, and the rows shown stay.
    @discardableResult
    func reload(_ wanted: LogFilterInput, app: Application) -> StatusMessage? {
        guard let session = app.session else { return nil }
        let filter: AccessLogFilter
        do {
            filter = try wanted.filter(backend: app.backend, limit: Self.rowLimit)
        } catch {
            let refusal = StatusMessage.error(app.message(for: error))
            app.status = refusal
            return refusal
        }
        nonisolated(unsafe) let backend = app.backend
        reading.start({ $0.accessReportTitle }, pending: wanted) { try self.read(filter, session: session, backend: backend) }
        collect(app: app)
        return nil
    }

    /// Shows the rows once read, or says in the status line why they were not.
    private func collect(app: Application) {
        guard let finished = reading.takeFinished() else { return }
        switch finished.result {
        case .success(let rows): listing.show(rows, of: finished.pending)
        case .failure(let error): app.status = .error(app.message(for: error))
        }
    }

    func refresh(app: Application) { collect(app: app) }

    var isBusy: Bool { reading.isRunning }

    func waitForWork(timeout: Duration) { reading.job?.wait(timeout: timeout) }

    var context: KeyContext { .accessReport }

    // MARK: Drawing

    private static let widths = (className: 3, subject: 12, period: 10, at: 16, user: 9, lessonDate: 10)

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.accessReportTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let legend = strings.lateLegend
        buffer.put(legend, row: 1, column: buffer.columns - 1 - legend.displayWidth, style: CellStyle(dim: true))
        buffer.put(listing.filterLine(strings: strings), row: 1, column: 1, maxWidth: buffer.columns - legend.displayWidth - 3)
        buffer.put(line(" ", strings.classHeader, strings.subjectHeader, strings.periodHeader, strings.actionTimeHeader, strings.loginHeader,
                        strings.lessonDateHeader, strings.actionHeader), row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        // A row is put in words when it is drawn, once: only the rows on the screen are.
        listing.draw(into: &buffer, strings: strings, isReading: reading.isRunning, text: { row in
            let words = row.words
            return self.line(words.permission != nil ? "!" : " ", words.className, words.subject, words.period, words.at, words.user,
                             words.lessonDate, words.action)
        }, style: { $0.isLate ? .bold : .plain })
        Chrome.drawStatus(&buffer, message: app.status ?? reading.progress(strings), fallback: describeSelected(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: [.filter, .exportCSV, .back, .help], context: context, app: app)
    }

    private func line(_ late: String, _ className: String, _ subject: String, _ period: String, _ at: String, _ user: String,
                      _ lessonDate: String, _ action: String) -> String {
        let w = Self.widths
        return [late, TextFitting.fit(className, width: w.className), TextFitting.fit(subject, width: w.subject),
                TextFitting.fit(period, width: w.period), TextFitting.fit(at, width: w.at), TextFitting.fit(user, width: w.user),
                TextFitting.fit(lessonDate, width: w.lessonDate), action].joined(separator: " ")
    }

    private func describeSelected(strings: Strings) -> String {
        guard let row = listing.selected?.words else { return "" }
        let late = row.permission.map { " · " + strings.lateMark + " (" + strings.permissionNumber($0.rawValue) + ")" } ?? ""
        return row.object + late
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        // Rows read by now are taken in first, so that the key acts on them.
        collect(app: app)
        if reading.isRunning {
            if reading.handle(key, in: context, app: app) { handleCommandKey(key, app: app) }
            return
        }
        handleListKey(key, rowAt: listing.rowIndexes, select: { listing.list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if reading.isRunning { return true }
        return performListingAction(action, app: app)
    }

    /// The rows shown, as they are.
    func export(app: Application) {
        let rows = listing.rows
        offerCSV(name: "access-report", body: [app.strings.reportExportExplained(rows.count)],
                 what: "отчёт о доступе к классному журналу, CSV", app: app) { app in
            let csv = CSV.document(header: app.strings.accessReportCSVHeader, rows: rows.map(\.words).map {
                [$0.className, $0.subject, $0.period, $0.at, $0.user, $0.lessonDate, $0.action, $0.object,
                 $0.permission.map { app.strings.permissionNumber($0.rawValue) } ?? ""]
            })
            return ExportContent(text: csv, rows: rows.count)
        }
    }
}
