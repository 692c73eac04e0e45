import EzhCore

/// Which column of a sheet holds each `ColumnSpec`'s values, found by matching the header row.
/// Resolving reports, in one pass, every header it does not know, every required column that is
/// missing and every column given twice, each at the header's row with the column's name. A
/// running-number column («№», «№ п/п») and columns without a header are passed over.
public struct HeaderMap: Sendable, Equatable {
    /// The file the sheet came from: what a problem names.
    public let fileName: String
    /// The 0-based column of each key the sheet has.
    public let columns: [String: Int]
    /// Each spec's header as the sheet writes it (or, if the sheet lacks the column, the spec's
    /// title), by key: what a problem in that column names.
    public let headers: [String: String]

    public init(fileName: String, columns: [String: Int], headers: [String: String]) {
        self.fileName = fileName
        self.columns = columns
        self.headers = headers
    }

    public static func resolve(_ table: SheetTable, _ specs: [ColumnSpec]) -> (columns: HeaderMap, problems: [ImportProblem]) {
        var columns: [String: Int] = [:]
        var headers = Dictionary(specs.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        var problems: [ImportProblem] = []
        func problem(_ column: String, _ message: BilingualText) {
            problems.append(ImportProblem(file: table.fileName, row: table.headerRow, column: column, message: message))
        }
        let known = specs.map(\.title).joined(separator: ", ")
        for (index, header) in table.headers.enumerated() where !header.isEmpty {
            let normalized = HeaderName.normalize(header)
            guard let spec = specs.first(where: { $0.matches(normalizedHeader: normalized) }) else {
                if rowNumberHeaders.contains(normalized) { continue }
                problem(header, BilingualText(
                    "неизвестный столбец (\(ColumnLetter.name(index))). Переименуйте его в один из известных: \(known), или удалите.",
                    "unknown column (\(ColumnLetter.name(index))). Rename it to one of the known columns: \(known), or delete it."
                ))
                continue
            }
            if let first = columns[spec.key] {
                problem(header, BilingualText(
                    "столбец повторяется (\(ColumnLetter.name(first)) и \(ColumnLetter.name(index))). Оставьте один из них.",
                    "the column is given twice (\(ColumnLetter.name(first)) and \(ColumnLetter.name(index))). Keep one of them."
                ))
                continue
            }
            columns[spec.key] = index
            headers[spec.key] = header
        }
        for spec in specs where spec.required && columns[spec.key] == nil {
            problem(spec.title, BilingualText(
                "нет обязательного столбца (\(spec.help.russian)). Добавьте его в строку заголовков.",
                "the required column is missing (\(spec.help.english)). Add it to the header row."
            ))
        }
        return (HeaderMap(fileName: table.fileName, columns: columns, headers: headers), problems)
    }

    /// The headers of the running-number column that school lists start with («№ п/п»): not data,
    /// so neither read nor reported.
    static let rowNumberHeaders: Set<String> = ["№", "№ п/п", "№п/п", "п/п", "n", "no", "no.", "#", "номер п/п"]

    /// Whether the sheet has the column.
    public func has(_ key: String) -> Bool { columns[key] != nil }

    /// The row's trimmed cell in the key's column; "" when the sheet has no such column.
    public func value(_ key: String, in row: SheetRow) -> String {
        columns[key].map { row[$0] } ?? ""
    }

    /// The column's header as the sheet writes it, or the spec's title if the sheet lacks it.
    public func header(_ key: String) -> String {
        headers[key] ?? key
    }

    /// A problem with the key's cell in `row`: "file:row: header: message".
    public func problem(_ key: String, in row: SheetRow, _ message: BilingualText) -> ImportProblem {
        ImportProblem(file: fileName, row: row.number, column: header(key), message: message)
    }
}
