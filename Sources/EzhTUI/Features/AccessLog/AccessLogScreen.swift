import EzhCore
import EzhService

/// The administrator's access log: newest entries first, this week's unless the filter says
/// otherwise, filtered by user, role, action, class, dates and text; one entry in detail; the
/// filtered rows to CSV; the chain check; usage statistics. Entries name pupils, classes,
/// subjects and days, never internal ids; those made under a late-entry permission say
/// «с опозданием» in words.
final class AccessLogScreen: FilteredRowsScreen {
    /// Enough entries for a screen's worth of reading (a narrower filter shows older ones).
    static let listLimit = 2000
    /// The most an export from the screen holds in memory; the whole log streams from the
    /// shell (`ezh audit log --format csv`).
    static let exportLimit = 50_000

    var listing = FilteredRows<AccessLogEntry>(limit: listLimit)
    let filterFields = FilterFormScreen.Field.allCases

    func load(app: Application) { loadThisWeek(app: app) }

    func read(_ filter: AccessLogFilter, session: Session, backend: JournalBackend) throws -> [AccessLogEntry] {
        try backend.accessLog(session, filter: filter)
    }

    var context: KeyContext { .accessLog }

    // MARK: Drawing

    private static let widths = (time: 11, user: 9, role: 13, terminal: 8, action: 14)

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.accessLogTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        buffer.put(listing.filterLine(strings: strings), row: 1, column: 1, maxWidth: buffer.columns - 2)
        buffer.put(line(strings.timeHeader, strings.loginHeader, strings.roleHeader, strings.terminalHeader,
                        strings.actionHeader, strings.objectHeader), row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        let zone = app.backend.timeZone
        listing.draw(into: &buffer, strings: strings, text: { entry in
            let row = entry.row
            let object = row.permissionID == nil ? entry.object : strings.lateMark + ": " + entry.object
            return self.line(LogTime.short(row.at, zone: zone), row.login, Self.roles(row.role, strings),
                             row.terminal, Self.action(row.action, strings), object)
        }, style: { $0.row.permissionID == nil ? .plain : .bold })
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
        guard let entry = listing.selected else { return "" }
        return "№ \(entry.row.seq) · \(LogTime.full(entry.row.at, zone: app.backend.timeZone)) · \(entry.object)"
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            guard let index = listing.rowIndexes[row] else { return }
            if index == listing.list.selected { showDetail(app: app) } else { listing.list.select(index) }
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListingAction(action, app: app) { return true }
        switch action {
        case .open, .confirm: showDetail(app: app)
        case .search: editSearch(app: app)
        case .verifyLog: verify(app: app)
        case .usageStatistics: showStatistics(app: app)
        default: return false
        }
        return true
    }

    // MARK: Commands

    private func editSearch(app: Application) {
        app.push(FormPromptScreen(title: app.strings.searchTitle, body: [app.strings.searchExplained],
                              label: app.strings.searchLabel, initial: listing.input.text) { [weak self] text, app in
            guard let self else { return .close }
            var wanted = listing.input
            wanted.text = text.trimmingCharacters(in: .whitespaces)
            guard let refusal = reload(wanted, app: app) else { return .close }
            return .stay(refusal)
        })
    }

    private func showDetail(app: Application) {
        guard let entry = listing.selected else { return }
        app.push(TextOverlayScreen(title: app.strings.entryTitle(entry.row.seq)) { app in
            guard let session = app.session else { throw JournalError.notSignedIn }
            let detail = try app.backend.accessLogDetail(session, entry: entry.row)
            return AccessLogDetailText.lines(entry, detail: detail, zone: app.backend.timeZone, strings: app.strings)
        })
    }

    /// Every row of the filter, up to `exportLimit`, read again when the path is confirmed.
    func export(app: Application) {
        let input = listing.input
        let filter = input.isEmpty ? app.strings.noFilter : input.summary(strings: app.strings)
        offerCSV(name: "access-log", body: [app.strings.exportExplained(filter), app.strings.exportAtMost(Self.exportLimit)],
                 what: "журнал доступа, CSV", app: app) { app in
            guard let session = app.session else { throw JournalError.notSignedIn }
            let all = try app.backend.accessLog(session, filter: input.filter(backend: app.backend, limit: Self.exportLimit))
            return ExportContent(text: AccessLogExport.csv(all, zone: app.backend.timeZone, strings: app.strings), rows: all.count)
        }
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
        let today = app.backend.today()
        let span = listing.input.span ?? DateSpan(SchoolWeek.containing(today).first.adding(days: -21), today)
        app.push(TextOverlayScreen(title: app.strings.usageTitle(span)) { app in
            guard let session = app.session else { throw JournalError.notSignedIn }
            return UsageStatisticsText.lines(try app.backend.usageStatistics(session, span: span), strings: app.strings)
        })
    }
}
