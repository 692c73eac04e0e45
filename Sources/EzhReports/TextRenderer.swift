import EzhCore

/// Plain text for a terminal or a script: the title block, the table in aligned columns, the
/// notes and signature lines.
public enum TextRenderer {
    public static func render(_ document: ReportDocument) -> String {
        let title = document.titleBlock
        var lines = [
            title.school,
            [title.title, title.className, title.period].filter { !$0.isEmpty }.joined(separator: " · "),
            "Дата печати: \(title.printDate.russian)", "",
        ]
        let rows = document.allRows.map { $0.map(\.text) }
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return document.columns.indices.contains(column) && document.columns[column].alignment == .leading ? text + pad : pad + text
            }
            lines.append(cells.joined(separator: " ").trimmingTrailingSpaces)
            if index == document.headerRows.count - 1 || index == rows.count - document.footerRows.count - 1 {
                lines.append(String(repeating: "-", count: widths.reduce(0, +) + max(widths.count - 1, 0)))
            }
        }
        lines += document.chartRows.map { row in row.map(\.text).joined(separator: "  ").trimmingTrailingSpaces }
        lines.append("")
        lines += document.notes
        lines += document.signatures.map { $0.text(blank: 12) }
        if document.hasSeal { lines.append("М.П.") }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
