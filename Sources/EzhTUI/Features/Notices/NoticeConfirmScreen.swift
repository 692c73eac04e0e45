/// A notice's whole text over the notices screen, line by line as the parents will read it,
/// before it is sent: the confirm key sends, the cancel key changes nothing.
final class NoticeConfirmScreen: Screen {
    private let title: String
    private let hint: String
    private let text: String
    private let onConfirm: (Application) -> Void

    init(title: String, hint: String, text: String, onConfirm: @escaping (Application) -> Void) {
        self.title = title
        self.hint = hint
        self.text = text
        self.onConfirm = onConfirm
    }

    var context: KeyContext { .form }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let width = min(buffer.columns - 2, 78)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { line in line.isEmpty ? [""] : TextFitting.wrap(String(line), width: width - 4) }
        let lines = Array(([hint, ""] + body).prefix(max(1, buffer.rows - 6)))
        let height = lines.count + 4
        let top = max(1, (buffer.rows - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: title)
        for (offset, line) in lines.enumerated() {
            buffer.put(line, row: top + 1 + offset, column: left + 2, style: offset == 0 ? CellStyle(dim: true) : .plain, maxWidth: width - 4)
        }
        buffer.put(FormDrawing.hint([.confirm, .cancel], app: app), row: top + height - 2, column: left + 2,
                   style: CellStyle(dim: true), maxWidth: width - 4)
        buffer.cursor = CursorPosition(row: top + 1, column: left + 2)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm:
            app.dismiss(self)
            onConfirm(app)
        case .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }
}
