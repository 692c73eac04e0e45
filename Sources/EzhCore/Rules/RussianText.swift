import Foundation

/// Rule 9: records are kept in Russian for every subject, foreign languages included. A text
/// passes when it has at least one Cyrillic word of two or more letters, or no words at all
/// ("№ 214, 215" is a fine homework).
public enum RussianText {
    public enum Verdict: Hashable, Sendable {
        case accepted
        case acceptedWithWarning(String)
        case refused(String)
    }

    public static func hasCyrillicWord(_ text: String) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            if isCyrillicLetter(scalar) {
                run += 1
                if run >= 2 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    public static func check(
        _ text: String, field: String, mode: RussianTextCheck, language: Language
    ) -> Verdict {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let hasLetters = trimmed.unicodeScalars.contains { CharacterSet.letters.contains($0) }
        guard mode != .off, hasLetters, !hasCyrillicWord(trimmed) else { return .accepted }
        let message = objection(field: field, in: language)
        return mode == .strict ? .refused(message) : .acceptedWithWarning(message)
    }

    /// What rule 9 says of a text in `field` with no Russian word, in `language`.
    public static func objection(field: String, in language: Language) -> String {
        language == .ru
            ? "\(JournalRule.russianText.label(in: .ru)): в поле «\(field)» нет ни одного русского слова. Запишите по-русски, например «Present Simple: утвердительные предложения»."
            : "\(JournalRule.russianText.label(in: .en)): the field “\(field)” has no Russian word. Write it in Russian, e.g. «Present Simple: утвердительные предложения»."
    }

    private static func isCyrillicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0410...0x044F).contains(scalar.value) || scalar.value == 0x0401 || scalar.value == 0x0451
    }
}

