/// Which character separates a CSV file's fields: `;` (Russian Excel, where the comma is the
/// decimal separator), `,` (the standard and LibreOffice's default) or a tab (copied from a
/// sheet). Decided by the header line, counting only outside quotes: headers hold no numbers,
/// so the separator is the character that occurs most there.
enum DelimiterDetection {
    static let candidates: [Unicode.Scalar] = [";", ",", "\t"]

    static func delimiter(of text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        var lineHasText = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.toggle()
                lineHasText = true
            } else if quoted {
                continue
            } else if scalar == "\n" || scalar == "\r" {
                if lineHasText { break }
            } else if candidates.contains(scalar) {
                counts[scalar, default: 0] += 1
                lineHasText = true
            } else if scalar != " " {
                lineHasText = true
            }
        }
        // A tie, and a one-column file, go to the first candidate: `;`.
        var best = candidates[0]
        for candidate in candidates where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }
}
