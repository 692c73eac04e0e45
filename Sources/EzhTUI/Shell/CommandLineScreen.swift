/// The `:` command line over the status line: an action's name (`:quit`, `:choose-period`), a
/// pupil's number in a grid (`:12`), `:keymap vim`, `:lang en`.
final class CommandLineScreen: Screen {
    private var field = TextField()

    var context: KeyContext { .command }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let row = buffer.rows - 2
        buffer.fill(row: row, column: 0, width: buffer.columns, style: .status)
        let shown = ":" + field.visible(width: buffer.columns - 2, secret: false)
        buffer.put(shown, row: row, column: 0, style: .bold)
        buffer.cursor = CursorPosition(row: row, column: shown.displayWidth)
    }

    func handle(_ key: Key, app: Application) {
        if key == .backspace, field.text.isEmpty {
            app.dismiss(self)
            return
        }
        if field.edit(with: key) { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm:
            app.dismiss(self)
            // An action run from here («:undo») says what it did itself; keep its message.
            if let message = app.runCommand(field.text) { app.status = message }
        case .cancel:
            app.dismiss(self)
        default:
            return false
        }
        return true
    }
}
