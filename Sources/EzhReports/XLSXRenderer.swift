import CXlsxWriter
import EzhCore
import Foundation

/// XLSX through Debian's libxlsxwriter: the title block in the first rows, then the table with
/// numbers as numbers (so a deputy can sum them), the header rows bold and frozen, the page set
/// to A4 in the report's orientation with the header rows repeated when Excel prints it.
public enum XLSXRenderer {
    public static func render(_ document: ReportDocument) throws(ReportRenderError) -> [UInt8] {
        // libxlsxwriter writes only to a file: a private temporary one, read back and removed.
        let path = NSTemporaryDirectory() + "ezh-report-\(UUID().uuidString).xlsx"
        defer { unlink(path) }
        guard let workbook = workbook_new(path) else { throw ReportRenderError(format: "XLSX", reason: "workbook_new") }
        let sheet = workbook_add_worksheet(workbook, String(document.titleBlock.title.prefix(31)))
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        if document.orientation == .landscape { worksheet_set_landscape(sheet) }
        worksheet_set_paper(sheet, 9) // 9 is A4 in Excel's paper codes.
        let title = document.titleBlock
        let heading = [
            title.school, [title.title, title.className, title.period].filter { !$0.isEmpty }.joined(separator: ", "),
            "Дата печати: \(title.printDate.russian)",
        ]
        for (row, text) in heading.enumerated() {
            worksheet_write_string(sheet, lxw_row_t(row), 0, text, row == 1 ? bold : nil)
        }
        let top = heading.count + 1
        for (offset, cells) in document.allRows.enumerated() {
            let row = lxw_row_t(top + offset)
            let format = offset < document.headerRows.count ? bold : nil
            for (column, cell) in cells.enumerated() {
                switch cell {
                case .number(let value): worksheet_write_number(sheet, row, lxw_col_t(column), Double(value), format)
                case .text(let value): worksheet_write_string(sheet, row, lxw_col_t(column), value, format)
                case .empty: break
                }
            }
        }
        if !document.headerRows.isEmpty {
            worksheet_freeze_panes(sheet, lxw_row_t(top + document.headerRows.count), 0)
            worksheet_repeat_rows(sheet, lxw_row_t(top), lxw_row_t(top + document.headerRows.count - 1))
        }
        // A chart's points follow the table as rows (dates and values), the chart itself is PDF only.
        for (offset, cells) in document.chartRows.enumerated() {
            let row = lxw_row_t(top + document.allRows.count + offset)
            for (column, cell) in cells.enumerated() {
                worksheet_write_string(sheet, row, lxw_col_t(column), cell.text, offset <= 2 ? bold : nil)
            }
        }
        var next = top + document.allRows.count + document.chartRows.count + 1
        for line in document.notes + document.signatures.map({ $0.text(blank: 12) }) + (document.hasSeal ? ["М.П."] : []) {
            worksheet_write_string(sheet, lxw_row_t(next), 0, line, nil)
            next += 1
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw ReportRenderError(format: "XLSX", reason: String(cString: lxw_strerror(result)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportRenderError(format: "XLSX", reason: "файл не прочитан")
        }
        return Array(data)
    }
}
