import Foundation

/// The text of a CSV file as Russian schools save it: UTF-8 with or without a byte-order mark
/// (what LibreOffice and "CSV UTF-8" in Excel write), or Windows-1251 (what Russian Excel's
/// plain "CSV" writes). Bytes that are not valid UTF-8 are taken as Windows-1251, in which every
/// byte is a character, so a file is never refused for its encoding.
enum TextDecoding {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func text(of data: Data) -> String {
        var bytes = data[...]
        if bytes.starts(with: byteOrderMark) { bytes = bytes.dropFirst(byteOrderMark.count) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(data: Data(bytes), encoding: .windowsCP1251) ?? String(decoding: bytes, as: UTF8.self)
    }
}
