import EzhTUI

/// A terminal that plays a script of keys and keeps every frame shown, so the whole run loop
/// runs in a test. When the script is over, waiting for a key ends the run.
final class ScriptedTerminal: TerminalDevice {
    struct ScriptEnded: Error {}

    var size: TerminalSize
    private var script: [Key]
    private(set) var frames: [ScreenBuffer] = []

    init(size: TerminalSize = TerminalSize(rows: 24, columns: 80), keys: [Key]) {
        self.size = size
        script = keys
    }

    func nextEvent(timeout: Duration?) throws -> Key? {
        guard !script.isEmpty else {
            if timeout == .zero { return nil }
            throw ScriptEnded()
        }
        return script.removeFirst()
    }

    func present(_ buffer: ScreenBuffer) { frames.append(buffer) }
}

extension Key {
    /// Keys for typing a string, one character each.
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }
}
