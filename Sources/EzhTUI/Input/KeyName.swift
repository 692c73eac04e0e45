/// The names keys have in keymap files and in the help: `Up`, `Enter`, `F1`, `C-l`, `S-Tab`,
/// `Space`, `PgDn`, or a single character such as `j`, `р` or `:`.
public enum KeyName {
    private static let named: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
        ("Backspace", .backspace), ("Delete", .delete), ("Insert", .insert),
        ("Space", .character(" ")),
    ]

    /// Spellings accepted besides the canonical names.
    private static let aliases: [String: Key] = [
        "PageUp": .pageUp, "PageDown": .pageDown, "Return": .enter, "Escape": .escape,
        "BackTab": .backTab, "Del": .delete, "BS": .backspace,
    ]

    public static func parse(_ name: String) -> Key? {
        if let (_, key) = named.first(where: { $0.0 == name }) { return key }
        if let key = aliases[name] { return key }
        if name.hasPrefix("F"), let number = Int(name.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        if name.hasPrefix("C-"), name.count == 3, let letter = name.last,
           letter.isASCII, letter.isLetter {
            return .control(Character(letter.lowercased()))
        }
        if name.count == 1, let character = name.first, !character.isWhitespace {
            return .character(character)
        }
        return nil
    }

    /// The canonical name, as the help and the key bar show it.
    public static func name(of key: Key) -> String {
        if let (name, _) = named.first(where: { $0.1 == key }) { return name }
        switch key {
        case .function(let number): return "F\(number)"
        case .control(let letter): return "C-\(letter)"
        case .character(let character): return String(character)
        case .resize: return "Resize"
        case .mouse: return "Mouse"
        default: return "?"
        }
    }
}
