/// A one-line text input. Every character typed is text, whatever the keyboard layout: keys in
/// a text field are never translated to commands.
struct TextField {
    private(set) var text = ""

    /// Takes a typed character or Backspace; false for any other key (a command).
    mutating func edit(with key: Key) -> Bool {
        switch key {
        case .character(let character):
            text.append(character)
            return true
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            return true
        default:
            return false
        }
    }

    mutating func clear() { text = "" }

    mutating func set(_ value: String) { text = value }

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
