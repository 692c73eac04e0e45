/// Russian names in Latin letters, as logins are made (the passport rules of 2014:
/// ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ы→y, ъ→ie, ю→iu, я→ia, й→i, ь dropped).
public enum Transliteration {
    private static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
        "ь": "", "э": "e", "ю": "iu", "я": "ia",
    ]

    public static func latin(_ text: String) -> String {
        text.lowercased().map { character in
            if let latin = table[character] { return latin }
            return character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
        }.joined()
    }

    /// "ivanova.mp" for Иванова Мария Петровна.
    public static func login(for name: PersonName) -> String {
        let initials = [name.first, name.patronymic].compactMap { $0.first.map { latin(String($0)).prefix(1) } }.joined()
        return initials.isEmpty ? latin(name.last) : "\(latin(name.last)).\(initials)"
    }
}
