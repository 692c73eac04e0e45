/// One input event from the terminal, already decoded from escape sequences.
public enum Key: Hashable, Sendable {
    /// A printable character as typed, in whatever keyboard layout is active.
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1...F12.
    case function(Int)
    /// Ctrl with a Latin letter, lower case: `.control("l")` is Ctrl-L.
    case control(Character)
    /// The terminal changed size; the next frame is drawn at the new size.
    case resize
    /// A click of the main mouse button at a screen cell.
    case mouse(row: Int, column: Int)

    /// The typed character when this is one, for text fields.
    public var typedCharacter: Character? {
        if case .character(let character) = self { return character }
        return nil
    }
}
