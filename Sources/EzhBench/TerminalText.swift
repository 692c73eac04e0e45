import Foundation

/// Terminal output as plain text: escape sequences and control characters dropped, a cursor
/// jump or line change read as a space so words from different places do not run together.
enum TerminalText {
    /// Takes the complete characters and sequences from the front of `bytes` and returns their
    /// text; an unfinished sequence or character is left for the next read.
    static func strip(_ bytes: inout [UInt8]) -> String {
        var text: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                guard let end = sequenceEnd(bytes, from: index) else { break }
                if isCursorMove(bytes[index..<end]) { text.append(0x20) }
                index = end
            } else if byte < 0x20 || byte == 0x7F {
                if byte == 0x0A || byte == 0x0D { text.append(0x20) }
                index += 1
            } else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard index + length <= bytes.count else { break }
                text += bytes[index..<(index + length)]
                index += length
            }
        }
        bytes.removeFirst(index)
        return String(decoding: text, as: UTF8.self)
    }

    /// The index after the escape sequence at `start`, or nil when it is not complete yet.
    private static func sequenceEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        switch bytes[start + 1] {
        case UInt8(ascii: "["):
            var index = start + 2
            while index < bytes.count {
                if (0x40...0x7E).contains(bytes[index]) { return index + 1 }
                index += 1
            }
            return nil
        case UInt8(ascii: "]"):
            var index = start + 2
            while index < bytes.count {
                if bytes[index] == 0x07 { return index + 1 }
                if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\") { return index + 2 }
                index += 1
            }
            return nil
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
            return start + 2 < bytes.count ? start + 3 : nil
        default:
            return start + 2
        }
    }

    /// A sequence that moves the cursor (CUP, CHA, VPA, CUF…): the text around it was not
    /// written next to each other.
    private static func isCursorMove(_ sequence: ArraySlice<UInt8>) -> Bool {
        guard sequence.count > 2, sequence[sequence.startIndex + 1] == UInt8(ascii: "["), let final = sequence.last else { return false }
        return Array("HfGdABCDJ".utf8).contains(final)
    }
}
