import EzhCore

/// What a typed key means as a cell value. Typing a value in a grid must work whatever the
/// keyboard layout and whatever the keymap, so the grid asks here before and after the keymap:
/// `beforeKeymap` keys are values even when bound (digits, the dot, Cyrillic н/о),
/// `afterKeymap` keys are values only when the keymap leaves them free (Latin y/j, which the
/// domain reads as Н/ОП because they sit on the same keys).
enum CellInput {
    static func markBeforeKeymap(_ key: Key) -> MarkValue? {
        guard case .character(let character) = key else { return nil }
        switch character {
        // «ю» is the «.» key of a Latin keyboard; with the Russian layout on, it stands for the dot.
        case ".", "ю", "Ю": return .dot
        default:
            // ASCII digits only: «５», «٥» or «⁵» look like marks but are other characters, and a
            // mark is what the teacher pressed on the digit row, nothing else.
            guard character.isASCII, let digit = character.wholeNumberValue, MarkValue.validGrades.contains(digit) else { return nil }
            return .grade(digit)
        }
    }

    static func attendanceBeforeKeymap(_ key: Key) -> AttendanceCode? {
        guard case .character(let character) = key, "нНоО".contains(character) else { return nil }
        return AttendanceCode.fromTypedKey(character)
    }

    static func attendanceAfterKeymap(_ key: Key) -> AttendanceCode? {
        guard case .character(let character) = key else { return nil }
        return AttendanceCode.fromTypedKey(character)
    }
}
