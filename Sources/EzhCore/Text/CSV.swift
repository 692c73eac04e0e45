/// CSV as spreadsheets read it (RFC 4180): comma-separated, fields with commas, quotes or line
/// breaks quoted, quotes doubled, CRLF line ends. The separator may be `;` instead, which is what
/// Russian Excel splits a CSV file by (its decimal separator is the comma).
public enum CSV {
    public static func line(_ fields: [String], separator: Unicode.Scalar = ",") -> String {
        let byte = UInt8(ascii: separator)
        return fields.map { field($0, separator: byte) }.joined(separator: String(separator))
    }

    /// One line, with its CRLF, appended to `bytes`: for writing a long file as it streams.
    public static func appendLine(_ fields: [String], to bytes: inout [UInt8]) {
        for index in fields.indices {
            if index > 0 { bytes.append(0x2C) }
            var value = fields[index]
            value.withUTF8 { appendField($0, to: &bytes) }
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// One field's UTF-8, quoted if it needs to be, appended to `bytes` (no separator).
    public static func appendField(_ field: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        guard needsQuotes(field) else {
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(0x22)
        for byte in field {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { line($0) }.joined(separator: "\r\n") + "\r\n"
    }

    /// Works on bytes, not Characters, and never through Foundation: a million-row export
    /// spends most of its time here otherwise.
    private static func field(_ value: String, separator: UInt8) -> String {
        guard needsQuotes(value, separator: separator) else { return value }
        var bytes: [UInt8] = [0x22]
        for byte in value.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the field holds a comma, a quote or a line break. Nearly every byte of a journal's
    /// text (letters, digits, Cyrillic) is above them all, which one comparison tells.
    private static func needsQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in field where byte <= 0x2C && (byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D) {
            return true
        }
        return false
    }

    private static func needsQuotes(_ value: String, separator: UInt8) -> Bool {
        value.utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }
}
