import CNcursesw

/// What the journal needs of a terminal: cursor addressing to draw a full screen. A terminal
/// without it (TERM=dumb, an editor's shell buffer) would take keys but show a useless screen.
enum TerminalCapabilities {
    /// The capabilities the current curses screen lacks, by terminfo name.
    static func missing() -> [String] {
        ["cup"].filter { name in
            guard let value = tigetstr(name) else { return true }
            // (char *)-1 means "not a string capability": no such capability either.
            return Int(bitPattern: value) == -1
        }
    }

    static func refusal(term: String?, missing: [String]) -> String {
        "The terminal TERM=\(term ?? "(unset)") cannot move the cursor (no \(missing.joined(separator: ", ")) " +
            "in its terminfo), and the journal needs a full-screen terminal. Run ezh in a terminal emulator or over SSH " +
            "with TERM set to its real type, e.g. TERM=xterm-256color."
    }
}
