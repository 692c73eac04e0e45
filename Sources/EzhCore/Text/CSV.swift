/// CSV as spreadsheets read it (RFC 4180): comma-separated, fields with commas, quotes or line
/// breaks quoted, quotes doubled, CRLF line ends.
public enum CSV {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined(separator: "\r\n") + "\r\n"
    }

    private static func field(_ value: String) -> String {
        // Bytes, not Characters: a million-row export spends most of its time here otherwise.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
