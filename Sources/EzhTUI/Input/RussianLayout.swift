/// With the Russian layout active, a Latin hotkey arrives as the Cyrillic letter on the same
/// key of the ЙЦУКЕН keyboard (h/j/k/l arrive as р/о/л/д). Command lookup translates such a key
/// back to its QWERTY position; text input never does, or nobody could type a name.
public enum RussianLayout {
    private static let lower = Array("йцукенгшщзхъфывапролджэячсмитьбюё.")
    private static let latinLower = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,.`/")
    private static let upper = Array("ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ,")
    private static let latinUpper = Array("QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~?")

    private static let table: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (cyrillic, latin) in zip(lower, latinLower) { table[cyrillic] = latin }
        for (cyrillic, latin) in zip(upper, latinUpper) { table[cyrillic] = latin }
        return table
    }()

    /// The key at the same keyboard position in the QWERTY layout, or nil when the key is not
    /// a character of the Russian layout.
    public static func qwertyKey(for key: Key) -> Key? {
        guard case .character(let character) = key, let latin = table[character] else { return nil }
        return .character(latin)
    }
}
