import Foundation

/// A column header reduced to what identifies it, so the ways schools write the same header
/// match: «Фамилия», «фамилия *», «Фамилия (обязательно)», «ФАМИЛИЯ», «Отчество» and «Отчество»
/// with ё or е. Lower-cased, ё as е, text in parentheses and trailing "*" (a required-column
/// mark) dropped, runs of spaces (no-break spaces too) made one, ends trimmed.
public enum HeaderName {
    public static func normalize(_ header: String) -> String {
        var text = ""
        var depth = 0
        for character in header.lowercased() {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "ё": if depth == 0 { text.append("е") }
            default: if depth == 0 { text.append(character.isWhitespace ? " " : character) }
            }
        }
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("*") {
            trimmed = String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        return trimmed.split(separator: " ").joined(separator: " ")
    }
}
