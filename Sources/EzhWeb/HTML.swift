/// HTML text with everything from the journal escaped: names, topics, homework and messages are
/// typed by people, so they are never markup.
enum HTML {
    static func escape(_ text: String) -> String {
        // Most text (names, subjects, dates) has nothing to escape: it goes out as it is. The
        // five characters are ASCII, so escaping them scalar by scalar also catches one that a
        // combining mark would hide inside a longer character.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
