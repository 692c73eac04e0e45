import EzhCore
import EzhReports
import EzhService

/// A made report on screen with the columns it has on paper: the title block, the header rows
/// frozen at the top and the name columns at the left, the body and totals scrolling under them
/// (↑↓ PgUp PgDn; ←→ for a table wider than the terminal), the notes after the last row. From
/// here it is saved as PDF, CSV or XLSX (`ReportFiles`) or printed with `lp`.
final class ReportPreviewScreen: Screen {
    let made: MadeReport
    private let kind: ReportKind
    private let label: String
    private weak var reports: ReportsScreen?
    private let table: PreviewTable
    private var top = 0
    private var firstColumn: Int
    private var pageHeight = 10
    /// The notes and signature lines wrapped to the width last drawn.
    private var trailer: [String] = []

    init(made: MadeReport, kind: ReportKind, label: String, reports: ReportsScreen?) {
        self.made = made
        self.kind = kind
        self.label = label
        self.reports = reports
        table = PreviewTable(made.document)
        firstColumn = table.frozenColumns
    }

    var context: KeyContext { .reportPreview }

    private var document: ReportDocument { made.document }
    /// The rows that scroll: body, totals, then the notes and signature lines as text.
    private var scrollingCount: Int { document.bodyRows.count + document.footerRows.count + trailer.count }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let title = document.titleBlock
        Chrome.drawTitleBar(&buffer, left: strings.reportsTitle + " · " + title.title, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let heading = [title.school, title.className, title.period].filter { !$0.isEmpty }.joined(separator: " · ")
        buffer.put(heading, row: 1, column: 1, style: CellStyle(dim: true), maxWidth: buffer.columns - 2)
        trailer = table.trailer.flatMap { $0.displayWidth <= buffer.columns - 2 ? [$0] : TextFitting.wrap($0, width: buffer.columns - 2) }
        var row = 2
        let columns = table.visibleColumns(from: firstColumn, width: buffer.columns - 2)
        for header in document.headerRows {
            table.draw(header, columns: columns, into: &buffer, row: row, style: CellStyle(bold: true))
            row += 1
        }
        if !document.headerRows.isEmpty { buffer.restyle(row: row - 1, column: 1, width: buffer.columns - 2) { $0.underline = true } }
        pageHeight = max(1, buffer.rows - 2 - row)
        top = max(0, min(top, scrollingCount - pageHeight))
        for index in top..<min(scrollingCount, top + pageHeight) {
            let y = row + index - top
            if index < document.bodyRows.count {
                table.draw(document.bodyRows[index], columns: columns, into: &buffer, row: y, style: .plain)
            } else if index < document.bodyRows.count + document.footerRows.count {
                table.draw(document.footerRows[index - document.bodyRows.count], columns: columns, into: &buffer, row: y, style: .bold)
            } else {
                buffer.put(trailer[index - document.bodyRows.count - document.footerRows.count], row: y, column: 1,
                           maxWidth: buffer.columns - 2)
            }
        }
        if document.bodyRows.isEmpty { buffer.put(strings.emptyReport, row: row, column: 2) }
        let position = scrollingCount > pageHeight
            ? strings.previewPosition(first: top + 1, last: min(scrollingCount, top + pageHeight), of: scrollingCount) : ""
        Chrome.drawStatus(&buffer, message: app.status, fallback: position)
        Chrome.drawKeyBar(&buffer, actions: [.savePDF, .saveXLSX, .exportCSV, .printReport, .back, .help], context: context, app: app)
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) { handleCommandKey(key, app: app) }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .moveUp: top = max(0, top - 1)
        case .moveDown: top = min(max(0, scrollingCount - pageHeight), top + 1)
        case .pageUp: top = max(0, top - pageHeight)
        case .pageDown: top = min(max(0, scrollingCount - pageHeight), top + pageHeight)
        case .moveLeft: firstColumn = max(table.frozenColumns, firstColumn - 1)
        case .moveRight: firstColumn = min(max(table.frozenColumns, table.widths.count - 1), firstColumn + 1)
        case .savePDF: save(.pdf, app: app)
        case .saveXLSX: save(.xlsx, app: app)
        case .exportCSV: save(.csv, app: app)
        case .printReport: ReportPrinter.print(made, what: what(.pdf), app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    private func what(_ format: ReportFormat) -> String {
        [document.titleBlock.title, label, format.rawValue.uppercased()].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    private func save(_ format: ReportFormat, app: Application) {
        let folder = reports?.folder ?? ReportFiles.defaultFolder
        ReportFiles.askToSave(made, format: format, defaultPath: ReportFiles.defaultPath(kind: kind, label: label, format: format, folder: folder),
                              what: what(format), app: app) { [weak self] written in
            self?.reports?.folder = ReportFiles.folder(of: written)
        }
    }
}

/// The preview's column widths, from the longest text of each column (capped, so one long
/// name does not push the rest off screen), and how many leading columns stay in place.
struct PreviewTable {
    let widths: [Int]
    /// The number and name columns: every leading column up to the first left-aligned one.
    let frozenColumns: Int
    let alignments: [ReportDocument.Column.Alignment]
    let trailer: [String]

    static let widest = 32

    init(_ document: ReportDocument) {
        let rows = document.allRows
        let count = max(document.columns.count, rows.map(\.count).max() ?? 0)
        widths = (0..<count).map { column in
            min(Self.widest, max(1, rows.map { column < $0.count ? $0[column].text.displayWidth : 0 }.max() ?? 1))
        }
        alignments = (0..<count).map { document.columns.indices.contains($0) ? document.columns[$0].alignment : .center }
        let firstName = alignments.firstIndex(of: .leading)
        frozenColumns = firstName.map { $0 + 1 } ?? 0
        var trailer = document.notes.isEmpty && document.signatures.isEmpty ? [] : [""]
        trailer += document.notes
        trailer += document.signatures.map { $0.text(blank: 12) }
        if document.hasSeal { trailer.append("М.П.") }
        self.trailer = trailer
    }

    /// The frozen columns, then from `first` on as many as fit in `width`.
    func visibleColumns(from first: Int, width: Int) -> [Int] {
        var shown: [Int] = []
        var used = 0
        for column in Array(0..<min(frozenColumns, widths.count)) + Array(max(first, frozenColumns)..<max(widths.count, frozenColumns)) {
            guard column < widths.count else { break }
            let needed = widths[column] + (shown.isEmpty ? 0 : 1)
            if used + needed > width { break }
            shown.append(column)
            used += needed
        }
        return shown
    }

    func draw(_ cells: [ReportDocument.Cell], columns: [Int], into buffer: inout ScreenBuffer, row: Int, style: CellStyle) {
        var x = 1
        for column in columns {
            let text = column < cells.count ? cells[column].text : ""
            let alignment: TextFitting.Alignment = switch alignments[column] {
            case .leading: .left
            case .center: .center
            case .trailing: .right
            }
            buffer.putPadded(text, row: row, column: x, width: widths[column], style: style, alignment: alignment)
            x += widths[column] + 1
        }
    }
}
