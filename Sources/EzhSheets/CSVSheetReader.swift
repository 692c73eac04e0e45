import CSV
import Foundation

/// Delimited text into a `SheetTable`, parsed by CSV.swift's `CSVReader` (quoted fields with
/// delimiters, doubled quotes and line breaks; CRLF or LF). It was chosen over SwiftCSV because
/// it hands over every record as it is, blank ones included, which keeps the row numbers a
/// spreadsheet shows, and takes any delimiter.
enum CSVSheetReader {
    static func table(data: Data, fileName: String) throws(SheetError) -> SheetTable {
        let text = TextDecoding.text(of: data)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, delimiter: DelimiterDetection.delimiter(of: text))
        } catch {
            throw .empty(file: fileName)
        }
        var rows: [(number: Int, cells: [String])] = []
        // A record is a row as a spreadsheet shows it, even when a quoted cell spans lines.
        while let record = reader.next() {
            rows.append((rows.count + 1, record))
        }
        return try SheetTable(fileName: fileName, numberedRows: rows)
    }
}
