import CNcursesw
import EzhTUI
import Foundation

/// The real terminal, through ncursesw. Draws only the cells that changed since the last frame
/// with one `doupdate` per frame, keeps the terminal cursor on the active cell, and reports a
/// resize as an ordinary event (ncurses owns SIGWINCH). All calls must come from one thread.
public final class CursesTerminal: TerminalDevice {
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: CursesColors
    private var previous: ScreenBuffer?
    private var isOpen = true

    /// Takes over the terminal, raw: Ctrl-Z (undo), Ctrl-C, Ctrl-\, Ctrl-S and Ctrl-Q reach the
    /// journal as keys, whatever the keymap makes of them, instead of suspending or killing it or
    /// freezing the output (flow control). No key of ezh's can drop a user to a shell.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        do {
            try UTF8Locale.activate()
        } catch let error as UTF8Locale.NotUTF8 {
            throw StartError(description: error.description)
        }
        guard let screen = newterm(nil, ezh_stdout(), ezh_stdin()) else {
            throw StartError(description: "Cannot start the terminal interface for TERM=\(environment["TERM"] ?? "(unset)").")
        }
        let missing = TerminalCapabilities.missing()
        guard missing.isEmpty else {
            endwin()
            delscreen(screen)
            throw StartError(description: TerminalCapabilities.refusal(term: environment["TERM"], missing: missing))
        }
        self.screen = screen
        window = ezh_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        // Esc must act at once, not after the default second of waiting for an escape sequence.
        set_escdelay(25)
        mousemask(ezh_button1_press_mask(), nil)
        mouseinterval(0)
        colors = CursesColors.start(environment: environment)
    }

    deinit { close() }

    /// Gives the terminal back to the shell; safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
    }

    public var size: TerminalSize {
        TerminalSize(rows: Int(getmaxy(window)), columns: Int(getmaxx(window)))
    }

    public func nextEvent(timeout: Duration?) throws -> Key? {
        wtimeout(window, timeout.map(Self.milliseconds) ?? -1)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case ERR:
            return nil
        case KEY_CODE_YES:
            if Int32(code) == KEY_MOUSE { return mouseClick() }
            return CursesKeys.functionKey(Int32(code))
        default:
            return CursesKeys.character(UInt32(code))
        }
    }

    public func present(_ buffer: ScreenBuffer) {
        let sameSize = previous.map { $0.rows == buffer.rows && $0.columns == buffer.columns } ?? false
        if !sameSize { werase(window) }
        for row in 0..<buffer.rows {
            for column in 0..<buffer.columns {
                let cell = buffer[row, column]
                if cell.isContinuation { continue }
                if sameSize, previous?[row, column] == cell { continue }
                draw(cell, row: row, column: column)
            }
        }
        if let cursor = buffer.cursor {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    private func draw(_ cell: ScreenCell, row: Int, column: Int) {
        var attributes = ezh_a_normal()
        if cell.style.bold { attributes |= ezh_a_bold() }
        if cell.style.reverse { attributes |= ezh_a_reverse() }
        if cell.style.underline { attributes |= ezh_a_underline() }
        if cell.style.dim { attributes |= ezh_a_dim() }
        wattr_set(window, attributes, colors.pair(for: cell.style.role), nil)
        var characters = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        mvwaddnwstr(window, Int32(row), Int32(column), &characters, Int32(characters.count))
    }

    private func mouseClick() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK, event.bstate & ezh_button1_press_mask() != 0 else { return nil }
        return .mouse(row: Int(event.y), column: Int(event.x))
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
