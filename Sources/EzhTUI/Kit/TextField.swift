import EzhCore

/// A one-line text input. Every character typed is text, whatever the keyboard layout: keys in
/// a text field are never translated to commands. It stops taking characters at its limit (the
/// service's limit for what it holds), so a paste cannot grow it without end.
struct TextField {
    private(set) var text = ""
    let limit: TextLimit
    /// The text's length as the limit counts it, kept as it changes.
    private var length = 0

    init(limit: TextLimit = .line) {
        self.limit = limit
    }

    /// Takes a typed character or Backspace; false for any other key (a command). A character
    /// past the limit is dropped.
    mutating func edit(with key: Key) -> Bool {
        switch key {
        case .character(let character):
            let added = TextLimit.length(of: String(character))
            if length + added <= limit.maximum {
                text.append(character)
                length += added
            }
            return true
        case .backspace:
            if let last = text.popLast() { length -= TextLimit.length(of: String(last)) }
            return true
        default:
            return false
        }
    }

    mutating func clear() { set("") }

    mutating func set(_ value: String) {
        text = value
        length = TextLimit.length(of: value)
    }

    /// What the field shows in `width` columns: the end of the text when it is longer, so the
    /// place being typed at is always visible. Secret fields show one • per character.
    func visible(width: Int, secret: Bool) -> String {
        let shown = secret ? String(repeating: "•", count: text.count) : text
        var tail = ""
        for character in shown.reversed() {
            if tail.displayWidth + DisplayWidth.of(character) > width - 1 { break }
            tail.insert(character, at: tail.startIndex)
        }
        return tail
    }
}
