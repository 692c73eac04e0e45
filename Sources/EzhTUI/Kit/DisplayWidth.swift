/// How many terminal columns text occupies. Cyrillic and Latin letters take one column, CJK and
/// fullwidth forms and emoji take two, combining marks take none. Every layout decision in the
/// interface is made in these columns, never in `String.count`.
public enum DisplayWidth {
    /// The columns one grapheme cluster occupies: the widest of its scalars, so a letter with a
    /// combining accent stays one column and an emoji sequence stays two.
    public static func of(_ character: Character) -> Int {
        var widest = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 } // emoji presentation selector
            widest = max(widest, of(scalar))
        }
        return widest
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Plain ASCII (digits, dates, codes) is one column a byte: no grapheme walk needed.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        // Latin and Cyrillic without combining marks: a column a scalar, without walking
        // grapheme clusters, which cost most of drawing a long text.
        var columns = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return text.reduce(0) { $0 + of($1) } }
            columns += 1
        }
        return columns
    }

    /// A scalar one column wide that never joins its neighbours in one grapheme cluster (Latin,
    /// Cyrillic, space, dashes, quotes, «№»): widths of text made only of these simply add up.
    static func standsAlone(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value else { return false }
        return (0x20..<0x7F).contains(value) || (0xA0..<0x300).contains(value) || (0x400...0x482).contains(value)
            || (0x48A...0x52F).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            || (0x2100...0x214F).contains(value)
    }

    /// A scalar that `standsAlone`, or a box-drawing line (the grid's «│»): one column and one
    /// character a scalar, which `ScreenBuffer` places without grouping graphemes.
    static func isNarrowAlone(_ scalar: Unicode.Scalar) -> Bool {
        standsAlone(scalar) || (0x2500...0x257F).contains(scalar.value)
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 } // Latin: the common case, answered without table look-ups
        // Cyrillic (but its combining marks), and box drawing: the journal's other common text.
        if (0x400...0x482).contains(value) || (0x48A...0x52F).contains(value) || (0x2500...0x257F).contains(value) {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 } // Hangul medial vowels and finals join
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarse but covering the scripts a
    /// pupil's name or a pasted text may bring.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF,
        0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension StringProtocol {
    /// Terminal columns, see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
