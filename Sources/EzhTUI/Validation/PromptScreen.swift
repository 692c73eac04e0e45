/// A one-line question over the current screen: a note, a reason. Enter answers with the text
/// typed (which may be empty: the service says when it must not be), Esc asks nothing.
final class PromptScreen: Screen {
    private let title: String
    private var field = TextField()
    private let onAnswer: (String, Application) -> Void

    init(title: String, text: String = "", onAnswer: @escaping (String, Application) -> Void) {
        self.title = title
        field.set(text)
        self.onAnswer = onAnswer
    }

    // The keys of a one-line text input are the command line's: Enter and Esc.
    var context: KeyContext { .command }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let width = min(buffer.columns - 4, 70)
        let left = (buffer.columns - width) / 2
        let top = max(1, (buffer.rows - 5) / 2)
        Chrome.drawBox(&buffer, top: top, left: left, height: 5, width: width, title: title)
        let shown = field.visible(width: width - 4, secret: false)
        buffer.putPadded(shown, row: top + 2, column: left + 2, width: width - 4, style: CellStyle(underline: true))
        buffer.cursor = CursorPosition(row: top + 2, column: left + 2 + shown.displayWidth)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        if field.edit(with: key) { return }
        guard let action = app.keymap.action(for: key, in: context) else { return }
        app.dispatch(action, to: self)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm:
            app.dismiss(self)
            onAnswer(field.text, app)
        case .cancel:
            app.dismiss(self)
        default:
            return false
        }
        return true
    }
}
