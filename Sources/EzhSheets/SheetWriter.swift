import EzhCore
import Foundation

/// Writes the CSV templates a school fills in: UTF-8 with a byte-order mark and `;` between
/// fields, which is what Russian Excel opens into columns with Cyrillic intact (without the
/// mark it takes the bytes for Windows-1251; with `,` it puts each line in one cell).
public enum SheetWriter {
    public static func template(headers: [String], sample: [[String]]) -> Data {
        var bytes = TextDecoding.byteOrderMark
        for row in [headers] + sample {
            bytes.append(contentsOf: Array(CSV.line(row, separator: ";").utf8))
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
        return Data(bytes)
    }
}
