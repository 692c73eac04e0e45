import EzhCore
import EzhService

/// The rows of the access log or the access report under the filter a person typed, in one list.
/// Another filter either brings its rows, or is refused with the reason (a date or class that
/// cannot be read) while the rows and the filter shown stay.
struct FilteredRows<Row> {
    private(set) var input = LogFilterInput()
    private(set) var rows: [Row] = []
    var list = SelectableList()
    /// Which row each screen line shows, for mouse clicks.
    private(set) var rowIndexes: [Int: Int] = [:]
    /// The most rows read for the screen; a narrower filter shows the others.
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    var selected: Row? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    /// «Фильтр: …», and that only the newest are shown when the limit cut the list.
    func filterLine(strings: Strings) -> String {
        let filter = input.isEmpty ? strings.noFilter : input.summary(strings: strings)
        let cut = rows.count == limit ? " · " + strings.newestOnly(limit) : ""
        return strings.filterPrefix + filter + cut
    }

    /// Takes `wanted` and its rows, the first selected; nil when they were read, else the refusal.
    mutating func reload(_ wanted: LogFilterInput, app: Application,
                         read: (Session, AccessLogFilter) throws -> [Row]) -> StatusMessage? {
        guard let session = app.session else { return nil }
        do {
            show(try read(session, wanted.filter(backend: app.backend, limit: limit)), of: wanted)
            return nil
        } catch {
            return .error(app.message(for: error))
        }
    }

    /// Takes `rows`, read for `wanted`, the first selected.
    mutating func show(_ rows: [Row], of wanted: LogFilterInput) {
        self.rows = rows
        input = wanted
        list.count = rows.count
        list.select(0)
    }

    /// The rows from the line under the column headers down to the status line; «nothing found»
    /// when there are none and none are being read.
    mutating func draw(into buffer: inout ScreenBuffer, strings: Strings, isReading: Bool = false,
                       text: (Row) -> String, style: (Row) -> CellStyle) {
        list.count = rows.count
        let rows = self.rows
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { text(rows[$0]) }, style: { style(rows[$0]) })
        if rows.isEmpty, !isReading { buffer.put(strings.nothingFound, row: 3, column: 2) }
    }
}

/// A screen of `FilteredRows`, the access log or the access report: the filter form, reading the
/// rows again, the CSV export and the keys they share.
protocol FilteredRowsScreen: Screen {
    associatedtype Row
    var listing: FilteredRows<Row> { get set }
    /// The fields its filter form offers.
    var filterFields: [FilterFormScreen.Field] { get }
    /// Reads the rows of a filter (on a thread of its own for the access report).
    func read(_ filter: AccessLogFilter, session: Session, backend: JournalBackend) throws -> [Row]
    /// Shows the rows of `wanted`, or refuses it (`FilteredRowsScreen.reload` reads them at once).
    @discardableResult
    func reload(_ wanted: LogFilterInput, app: Application) -> StatusMessage?
    /// Offers the rows to a CSV file (`offerCSV`).
    func export(app: Application)
}

extension FilteredRowsScreen {
    /// Reads the rows of `wanted` at once; a filter that cannot be read is refused in the status
    /// line (and returned, for a form to stay open with it) and the old one kept.
    @discardableResult
    func reload(_ wanted: LogFilterInput, app: Application) -> StatusMessage? {
        let refusal = listing.reload(wanted, app: app) { session, filter in try read(filter, session: session, backend: app.backend) }
        if let refusal { app.status = refusal }
        return refusal
    }

    /// Opens on this week's rows.
    func loadThisWeek(app: Application) {
        reload(LogFilterInput.thisWeek(app.backend.today()), app: app)
    }

    /// The keys both lists share: movement, back, the filter and the export. False for others.
    func performListingAction(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &listing.list, app: app) { return true }
        switch action {
        case .filter: editFilter(app: app)
        case .exportCSV: export(app: app)
        default: return false
        }
        return true
    }

    /// The filter form over the list; a filter that cannot be read keeps it open with the reason.
    func editFilter(app: Application) {
        app.push(FilterFormScreen(fields: filterFields, input: listing.input) { [weak self] wanted, app in
            guard let self, let refusal = reload(wanted, app: app) else { return .close }
            return .stay(refusal)
        })
    }

    /// Offers CSV to a file named `name` and today's date; `csv` is made when the path is confirmed.
    func offerCSV(name: String, body: [String], what: String, app: Application,
                  csv: @escaping (Application) throws -> ExportContent) {
        app.askToSave(title: app.strings.exportTitle, body: body, defaultPath: AccessLogExport.defaultPath(name, today: app.backend.today()),
                      what: what, content: csv, saved: { rows, path, app in app.strings.exported(rows, to: path) })
    }
}
