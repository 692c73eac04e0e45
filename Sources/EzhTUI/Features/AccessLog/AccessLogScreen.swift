import EzhCore
import EzhService

/// The administrator's access log: newest entries first, this week's unless the filter says
/// otherwise, filtered by user, role, action, class, dates and text; one entry in detail; the
/// filtered rows to CSV; the chain check; usage statistics. Entries name pupils, classes,
/// subjects and days, never internal ids; those made under a late-entry permission say
/// «с опозданием» in words.
final class AccessLogScreen: Screen {
    /// Enough entries for a screen's worth of reading (a narrower filter shows older ones).
    static let listLimit = 2000
    /// The most an export from the screen holds in memory; the whole log streams from the
    /// shell (`ezh audit log --format csv`).
    static let exportLimit = 50_000

    private var input: LogFilterInput
    private var rows: [AccessLogEntry] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    init(app: Application) {
        input = LogFilterInput.thisWeek(app.backend.today())
        reload(app: app)
    }

    var context: KeyContext { .accessLog }

    // MARK: Drawing

    private static let widths = (time: 11, user: 9, role: 13, terminal: 8, action: 14)

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.accessLogTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let filter = input.isEmpty ? strings.noFilter : input.summary(strings: strings)
        let cut = rows.count == Self.listLimit ? " · " + strings.newestOnly(Self.listLimit) : ""
        buffer.put(strings.filterPrefix + filter + cut, row: 1, column: 1, maxWidth: buffer.columns - 2)
        buffer.put(line(strings.timeHeader, strings.loginHeader, strings.roleHeader, strings.terminalHeader,
                        strings.actionHeader, strings.objectHeader), row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        list.count = rows.count
        let zone = app.backend.timeZone
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            let entry = self.rows[index]
            let row = entry.row
            let object = row.permissionID == nil ? entry.object : strings.lateMark + ": " + entry.object
            return self.line(LogTime.short(row.at, zone: zone), row.login, Self.roles(row.role, strings),
                             row.terminal, Self.action(row.action, strings), object)
        }, style: { self.rows[$0].row.permissionID == nil ? .plain : .bold })
        if rows.isEmpty { buffer.put(strings.nothingFound, row: 3, column: 2) }
        Chrome.drawStatus(&buffer, message: app.status, fallback: describeSelected(app: app))
        Chrome.drawKeyBar(&buffer, actions: [.filter, .search, .exportCSV, .verifyLog, .usageStatistics, .help, .back],
                          context: context, app: app)
    }

    private func line(_ time: String, _ user: String, _ role: String, _ terminal: String, _ action: String, _ object: String) -> String {
        let w = Self.widths
        return [TextFitting.fit(time, width: w.time), TextFitting.fit(user, width: w.user), TextFitting.fit(role, width: w.role),
                TextFitting.fit(terminal, width: w.terminal), TextFitting.fit(action, width: w.action), object].joined(separator: " ")
    }

    /// «teacher,class_teacher» as «учит.,кл.рук.».
    static func roles(_ stored: String, _ strings: Strings) -> String {
        stored.split(separator: ",").map { Role(rawValue: String($0)).map(strings.shortRoleName) ?? String($0) }.joined(separator: ",")
    }

    static func action(_ stored: String, _ strings: Strings) -> String {
        AuditAction(rawValue: stored)?.name(in: strings.language) ?? stored
    }

    private func describeSelected(app: Application) -> String {
        guard rows.indices.contains(list.selected) else { return "" }
        let entry = rows[list.selected]
        return "№ \(entry.row.seq) · \(LogTime.full(entry.row.at, zone: app.backend.timeZone)) · \(entry.object)"
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            guard let index = rowIndexes[row] else { return }
            if index == list.selected { showDetail(app: app) } else { list.select(index) }
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if list.move(action) { return true }
        switch action {
        case .open, .confirm: showDetail(app: app)
        case .filter: editFilter(app: app)
        case .search: editSearch(app: app)
        case .exportCSV: export(app: app)
        case .verifyLog: verify(app: app)
        case .usageStatistics: showStatistics(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    // MARK: Commands

    /// Loads the rows of `input`; a filter that cannot be read is refused and the old one kept.
    @discardableResult
    private func reload(app: Application, input: LogFilterInput? = nil) -> StatusMessage? {
        guard let session = app.session else { return nil }
        do {
            let wanted = input ?? self.input
            rows = try app.backend.accessLog(session, filter: wanted.filter(backend: app.backend, limit: Self.listLimit))
            self.input = wanted
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
        app.push(FilterFormScreen(fields: FilterFormScreen.Field.allCases, input: input) { [weak self] wanted, app in
            guard let self else { return .close }
            if let refusal = reload(app: app, input: wanted) { return .stay(refusal) }
            return .close
        })
    }

    private func editSearch(app: Application) {
        app.push(FormPromptScreen(title: app.strings.searchTitle, body: [app.strings.searchExplained],
                              label: app.strings.searchLabel, initial: input.text) { [weak self] text, app in
            guard let self else { return .close }
            var wanted = input
            wanted.text = text.trimmingCharacters(in: .whitespaces)
            if let refusal = reload(app: app, input: wanted) { return .stay(refusal) }
            return .close
        })
    }

    private func showDetail(app: Application) {
        guard let session = app.session, rows.indices.contains(list.selected) else { return }
        let entry = rows[list.selected]
        do {
            let detail = try app.backend.accessLogDetail(session, entry: entry.row)
            let lines = AccessLogDetailText.lines(entry, detail: detail, zone: app.backend.timeZone, strings: app.strings)
            app.push(TextOverlayScreen(title: app.strings.entryTitle(entry.row.seq), lines: lines))
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func export(app: Application) {
        let input = self.input
        app.push(FormPromptScreen(
            title: app.strings.exportTitle,
            body: [app.strings.exportExplained(input.isEmpty ? app.strings.noFilter : input.summary(strings: app.strings)),
                   app.strings.exportAtMost(Self.exportLimit)],
            label: app.strings.saveToFileLabel, initial: AccessLogExport.defaultPath("access-log", today: app.backend.today())
        ) { path, app in
            guard let session = app.session else { return .close }
            do {
                let all = try app.backend.accessLog(session, filter: input.filter(backend: app.backend, limit: Self.exportLimit))
                return app.export(
                    AccessLogExport.csv(all, zone: app.backend.timeZone, strings: app.strings), to: path,
                    what: "журнал доступа, CSV", rows: all.count
                ) { written, app in app.status = .info(app.strings.exported(all.count, to: written)) }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }

    private func verify(app: Application) {
        do {
            let result = try app.backend.verifyAccessLog()
            let text = result.message(in: app.strings.language)
            if case .intact = result { app.status = .info(text) } else { app.status = .error(text) }
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    /// For the filter's dates, or else the last four weeks.
    private func showStatistics(app: Application) {
        guard let session = app.session else { return }
        let today = app.backend.today()
        let span = input.span ?? DateSpan(SchoolWeek.containing(today).first.adding(days: -21), today)
        do {
            let statistics = try app.backend.usageStatistics(session, span: span)
            app.push(TextOverlayScreen(title: app.strings.usageTitle(span),
                                       lines: UsageStatisticsText.lines(statistics, strings: app.strings)))
        } catch {
            app.status = .error(app.message(for: error))
        }
    }
}
