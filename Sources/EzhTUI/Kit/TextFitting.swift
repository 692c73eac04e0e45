/// Fitting text into a number of terminal columns: truncation with «…», padding, alignment.
/// All measures are display columns.
public enum TextFitting {
    public static let ellipsis = "…"

    /// The text cut to at most `width` columns; when cut, it ends with «…» so the reader knows.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard text.displayWidth > width else { return text }
        var result = ""
        var used = 0
        let room = width - 1 // the ellipsis takes one column
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        while result.last == " " { result.removeLast() }
        return result + ellipsis
    }

    public enum Alignment: Sendable { case left, right, center }

    /// The text truncated and padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - cut.displayWidth)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// A text of several paragraphs wrapped line by line: a line break stays one, and an empty
    /// line (between paragraphs of a letter) stays empty.
    public static func wrapParagraphs(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            line.isEmpty ? [""] : wrap(String(line), width: width)
        }
    }

    /// Splits text into lines of at most `width` columns at spaces (a word longer than a line is
    /// cut), for messages that must stay readable in a small window.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
            let candidateWidth: Int
            if line.isEmpty {
                candidateWidth = word.displayWidth
            } else if DisplayWidth.standsAlone(line.unicodeScalars.last), DisplayWidth.standsAlone(word.unicodeScalars.first) {
                // Each word measured once: measuring the growing line again for every word made
                // a screenful of long lines (the deputy's overview) cost tens of milliseconds.
                candidateWidth = lineWidth + 1 + word.displayWidth
            } else {
                candidateWidth = (line + " " + word).displayWidth
            }
            if candidateWidth <= width {
                line = line.isEmpty ? String(word) : line + " " + word
                lineWidth = candidateWidth
            } else {
                if !line.isEmpty { lines.append(line) }
                line = truncate(String(word), to: width)
                lineWidth = line.displayWidth
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
