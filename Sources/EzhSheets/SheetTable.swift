import Foundation

/// One sheet as text cells: the header row and the data rows, each with its row number as a
/// spreadsheet user sees it (the header is row 1), so a problem can point at the row to fix.
public struct SheetTable: Sendable, Equatable {
    /// The file's last path component: what messages name.
    public var fileName: String
    /// The header row's cells, trimmed.
    public var headers: [String]
    /// The header's row number: 1, unless the sheet starts with blank rows.
    public var headerRow: Int
    /// The rows under the header; blank rows are dropped but the others keep their numbers.
    public var rows: [SheetRow]

    public init(fileName: String, headers: [String], headerRow: Int = 1, rows: [SheetRow]) {
        self.fileName = fileName
        self.headers = headers
        self.headerRow = headerRow
        self.rows = rows
    }
}

/// One data row: its number in the file as a spreadsheet shows it and its trimmed cells.
/// Rows may be shorter or longer than the header: a missing cell reads as empty.
public struct SheetRow: Sendable, Equatable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in column `index` (0-based), or "" past the row's end.
    public subscript(index: Int) -> String {
        index >= 0 && index < cells.count ? cells[index] : ""
    }

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}

extension SheetTable {
    /// Builds a table from numbered raw rows as read: the first non-blank row is the header;
    /// every cell is trimmed, blank rows and the empty columns at each row's end are dropped.
    init(fileName: String, numberedRows: [(number: Int, cells: [String])]) throws(SheetError) {
        let trimmed = numberedRows.map { SheetRow(number: $0.number, cells: SheetCells.trim($0.cells)) }
        guard let header = trimmed.first(where: { !$0.isBlank }) else { throw .empty(file: fileName) }
        self.init(
            fileName: fileName,
            headers: header.cells,
            headerRow: header.number,
            rows: trimmed.filter { $0.number > header.number && !$0.isBlank }
        )
    }
}

enum SheetCells {
    /// Trims each cell (spaces, tabs, line breaks, no-break spaces) and drops the empty cells
    /// at the end, which spreadsheets add for columns that were once touched.
    static func trim(_ cells: [String]) -> [String] {
        var result = cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}
