import EzhCore
import EzhService

/// «Отчёт о доступе к классному журналу» for the deputy and the director: class, subject,
/// period, date and time of the action, user, lesson date, action, and what was done in words
/// (names, never ids); entries made late (under a permission) carry «!» and bold, never colour
/// alone. Opens on this week; filters by class, user and dates; at most `rowLimit` rows (a
/// narrower filter shows the rest); CSV export of the rows shown.
final class AccessReportScreen: Screen {
    static let rowLimit = 10_000

    private var input: LogFilterInput
    private var rows: [AccessReportRow] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    init(app: Application) {
        input = LogFilterInput.thisWeek(app.backend.today())
        reload(app: app, input: input)
    }

    var context: KeyContext { .accessReport }

    // MARK: Drawing

    private static let widths = (className: 3, subject: 12, period: 10, at: 16, user: 9, lessonDate: 10)

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.accessReportTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let legend = strings.lateLegend
        buffer.put(legend, row: 1, column: buffer.columns - 1 - legend.displayWidth, style: CellStyle(dim: true))
        let filter = input.isEmpty ? strings.noFilter : input.summary(strings: strings)
        let cut = rows.count == Self.rowLimit ? " · " + strings.newestOnly(Self.rowLimit) : ""
        buffer.put(strings.filterPrefix + filter + cut, row: 1, column: 1, maxWidth: buffer.columns - legend.displayWidth - 3)
        buffer.put(line(" ", strings.classHeader, strings.subjectHeader, strings.periodHeader, strings.actionTimeHeader, strings.loginHeader,
                        strings.lessonDateHeader, strings.actionHeader), row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        list.count = rows.count
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            let row = self.rows[index]
            return self.line(row.isLate ? "!" : " ", row.className, row.subject, row.period, row.at, row.user, row.lessonDate, row.action)
        }, style: { self.rows[$0].isLate ? .bold : .plain })
        if rows.isEmpty { buffer.put(strings.nothingFound, row: 3, column: 2) }
        Chrome.drawStatus(&buffer, message: app.status, fallback: describeSelected(strings: strings))
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
        guard rows.indices.contains(list.selected) else { return "" }
        let row = rows[list.selected]
        let late = row.permission.map { " · " + strings.lateMark + " (" + strings.permissionNumber($0.rawValue) + ")" } ?? ""
        return row.object + late
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if list.move(action) { return true }
        switch action {
        case .filter: editFilter(app: app)
        case .exportCSV: export(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    // MARK: Commands

    @discardableResult
    private func reload(app: Application, input wanted: LogFilterInput) -> StatusMessage? {
        guard let session = app.session else { return nil }
        do {
            rows = try app.backend.accessReport(session, filter: wanted.filter(backend: app.backend, limit: Self.rowLimit))
            input = wanted
            list.count = rows.count
            list.select(0)
            return nil
        } catch {
            let refusal = StatusMessage.error(app.message(for: error))
            app.status = refusal
            return refusal
        }
    }

    private func editFilter(app: Application) {
        app.push(FilterFormScreen(fields: [.className, .login, .from, .to], input: input) { [weak self] wanted, app in
            guard let self else { return .close }
            if let refusal = reload(app: app, input: wanted) { return .stay(refusal) }
            return .close
        })
    }

    private func export(app: Application) {
        let rows = self.rows
        app.push(FormPromptScreen(
            title: app.strings.exportTitle, body: [app.strings.reportExportExplained(rows.count)],
            label: app.strings.saveToFileLabel, initial: AccessLogExport.defaultPath("access-report", today: app.backend.today())
        ) { path, app in
            let csv = CSV.document(header: app.strings.accessReportCSVHeader, rows: rows.map {
                [$0.className, $0.subject, $0.period, $0.at, $0.user, $0.lessonDate, $0.action, $0.object,
                 $0.permission.map { app.strings.permissionNumber($0.rawValue) } ?? ""]
            })
            return app.export(csv, to: path, what: "отчёт о доступе к классному журналу, CSV", rows: rows.count) { written, app in
                app.status = .info(app.strings.exported(rows.count, to: written))
            }
        })
    }
}
