import EzhCore

/// A box over the current screen with some text and one line to type, such as a credential slip
/// and the file to save it to. The confirm key hands the line to `onSubmit`.
final class FormPromptScreen: Screen {
    private let title: String
    private let body: [String]
    private let label: String
    private var field: TextField
    private let onSubmit: (String, Application) -> FormOutcome
    private let onCancel: (Application) -> Void

    init(
        title: String, body: [String], label: String, initial: String, limit: TextLimit = .line,
        onSubmit: @escaping (String, Application) -> FormOutcome, onCancel: @escaping (Application) -> Void = { _ in }
    ) {
        field = TextField(limit: limit)
        self.title = title
        self.body = body
        self.label = label
        self.onSubmit = onSubmit
        self.onCancel = onCancel
        field.set(initial)
    }

    var context: KeyContext { .form }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let width = min(buffer.columns - 4, 76)
        let room = buffer.rows - 4 - 5
        // Every line is shown whole, wrapped: a slip cut short could hide what to do next.
        let shown = body.flatMap { $0.displayWidth <= width - 4 ? [$0] : TextFitting.wrap($0, width: width - 4) }.prefix(room)
        let height = shown.count + 6
        let top = max(1, (buffer.rows - 2 - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: title)
        for (offset, line) in shown.enumerated() {
            buffer.put(line, row: top + 1 + offset, column: left + 2, maxWidth: width - 4)
        }
        let labelWidth = label.displayWidth + 1
        let row = top + height - 3
        buffer.cursor = FormDrawing.field(&buffer, label: label, field: field, row: row, left: left + 2,
                                          labelWidth: labelWidth, fieldWidth: width - 4 - labelWidth, focused: true)
        buffer.put(FormDrawing.hint([.confirm, .cancel], app: app), row: row + 1, column: left + 2,
                   style: CellStyle(dim: true), maxWidth: width - 4)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        if field.edit(with: key) { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm:
            onSubmit(field.text, app).apply(to: self, app: app)
        case .cancel:
            app.dismiss(self)
            onCancel(app)
        default: return false
        }
        return true
    }
}
