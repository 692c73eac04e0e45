/// A question over the current screen before a step that cannot be taken back, such as a
/// password reset or sending a notice (its whole text shown as it goes out, paragraph by
/// paragraph, under a dim line saying what to check): the confirm key goes on, the cancel key
/// changes nothing.
final class ConfirmScreen: Screen {
    private let title: String
    private let question: String
    private let lead: String?
    private let width: Int
    private let onConfirm: (Application) -> Void

    init(title: String, question: String, lead: String? = nil, width: Int = 64, onConfirm: @escaping (Application) -> Void) {
        self.title = title
        self.question = question
        self.lead = lead
        self.width = width
        self.onConfirm = onConfirm
    }

    var context: KeyContext { .form }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let width = min(buffer.columns - 4, self.width)
        let paragraphs = TextFitting.wrapParagraphs(question, width: width - 4)
        let leadLines = lead.map { [$0, ""] } ?? []
        let lines = Array((leadLines + paragraphs).prefix(max(1, buffer.rows - 6)))
        let height = lines.count + 4
        let top = max(1, (buffer.rows - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: title)
        for (offset, line) in lines.enumerated() {
            let isLead = lead != nil && offset == 0
            buffer.put(line, row: top + 1 + offset, column: left + 2, style: isLead ? CellStyle(dim: true) : .plain, maxWidth: width - 4)
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
