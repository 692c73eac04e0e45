import Foundation

/// The text of a CSV file as Russian schools save it: UTF-8 with or without a byte-order mark
/// (what LibreOffice and "CSV UTF-8" in Excel write), Windows-1251 (what Russian Excel's plain
/// "CSV" writes), or UTF-16 with its mark (Excel's "Unicode text", tab-separated). Bytes that
/// are not valid UTF-8 and carry no UTF-16 mark are taken as Windows-1251, in which every byte
/// is a character, so a file is never refused for its encoding.
enum TextDecoding {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16LittleEndianMark: [UInt8] = [0xFF, 0xFE]
    private static let utf16BigEndianMark: [UInt8] = [0xFE, 0xFF]

    static func text(of data: Data) -> String {
        if data.starts(with: utf16LittleEndianMark), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
            return text
        }
        if data.starts(with: utf16BigEndianMark), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
            return text
        }
        var bytes = data[...]
        if bytes.starts(with: byteOrderMark) { bytes = bytes.dropFirst(byteOrderMark.count) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(data: Data(bytes), encoding: .windowsCP1251) ?? String(decoding: bytes, as: UTF8.self)
    }
}
