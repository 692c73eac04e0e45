import EzhCore

/// CSV that Russian Excel opens by a double click: UTF-8 with a byte order mark (without it
/// Excel reads Windows-1251), fields split by `;`, CRLF line ends. A text cell that begins like a
/// formula (= + - @) is prefixed with an apostrophe, so a pupil's name can never run as one.
public enum CSVRenderer {
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ document: ReportDocument) -> String {
        let title = document.titleBlock
        let heading = [
            [title.school], [title.title + (title.className.isEmpty ? "" : ", " + title.className) + ", " + title.period],
            ["Дата печати: " + title.printDate.russian], [],
        ]
        let table = (document.allRows + document.chartRows).map { $0.map(field) }
        let lines = (heading + table + [[]] + document.notes.map { [$0] }).map { CSV.line($0.map(defused), separator: ";") }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ cell: ReportDocument.Cell) -> String { cell.text }

    /// «=1+2» becomes «'=1+2»: Excel and LibreOffice show it as text.
    public static func defused(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }
}
