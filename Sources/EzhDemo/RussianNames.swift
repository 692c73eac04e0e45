import EzhStore

/// Gender forms of Russian names and their Latin spelling for logins.
enum RussianNames {
    /// The form of a last name for a man or a woman: Иванов/Иванова, Островский/Островская,
    /// Толстой/Толстая; Ковальчук, Кравченко, Черных do not change.
    static func lastName(_ masculine: String, for gender: SchoolDataset.Gender) -> String {
        guard gender == .female else { return masculine }
        for ending in ["ов", "ев", "ёв", "ин", "ын"] where masculine.hasSuffix(ending) {
            return masculine + "а"
        }
        for ending in ["ский", "цкий", "ой"] where masculine.hasSuffix(ending) {
            let stemLength = masculine.count - 2
            return String(masculine.prefix(stemLength)) + "ая"
        }
        return masculine
    }

    /// Lowercase Latin spelling after the common passport style: «Фёдорова» → "fedorova".
    static func latin(_ text: String) -> String {
        var result = ""
        for letter in text.lowercased() {
            result += latinLetters[letter] ?? String(letter)
        }
        return result
    }

    private static let latinLetters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]
}
