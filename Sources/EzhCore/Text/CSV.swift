/// CSV as spreadsheets read it (RFC 4180): comma-separated, fields with commas, quotes or line
/// breaks quoted, quotes doubled, CRLF line ends.
public enum CSV {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined(separator: "\r\n") + "\r\n"
    }

    /// Works on bytes, not Characters, and never through Foundation: a million-row export
    /// spends most of its time here otherwise.
    private static func field(_ value: String) -> String {
        var needsQuotes = false
        var hasQuote = false
        for byte in value.utf8 {
            switch byte {
            case 0x22: hasQuote = true; needsQuotes = true
            case 0x2C, 0x0A, 0x0D: needsQuotes = true
            default: continue
            }
        }
        guard needsQuotes else { return value }
        guard hasQuote else { return "\"" + value + "\"" }
        var bytes: [UInt8] = [0x22]
        for byte in value.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}
