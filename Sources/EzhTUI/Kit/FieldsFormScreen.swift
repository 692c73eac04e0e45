import EzhCore

/// A box over the current screen with labelled lines to type, filled in with what is stored:
/// the next-field keys move between them, the confirm key hands every line to `onSubmit`
/// (which refuses in the status line with the form open, or closes it).
final class FieldsFormScreen: Screen {
    struct Line {
        let label: String
        let value: String
        let limit: TextLimit
        /// A dim note after the field: the format it wants («дд.мм.гггг», «м или ж»).
        let note: String

        init(_ label: String, _ value: String, limit: TextLimit = .line, note: String = "") {
            self.label = label
            self.value = value
            self.limit = limit
            self.note = note
        }
    }

    private let title: String
    private let lines: [Line]
    private var fields: [TextField]
    private var focus = 0
    private let onSubmit: ([String], Application) -> FormOutcome

    init(title: String, lines: [Line], onSubmit: @escaping ([String], Application) -> FormOutcome) {
        self.title = title
        self.lines = lines
        fields = lines.map { line in
            var field = TextField(limit: line.limit)
            field.set(line.value)
            return field
        }
        self.onSubmit = onSubmit
    }

    var context: KeyContext { .form }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let width = min(buffer.columns - 4, 70)
        let height = lines.count + 4
        let top = max(1, (buffer.rows - 2 - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: title)
        let labelWidth = lines.map(\.label.displayWidth).max()! + 2
        let noteWidth = lines.map(\.note.displayWidth).max()!
        let fieldWidth = width - 4 - labelWidth - (noteWidth > 0 ? noteWidth + 1 : 0)
        for (index, line) in lines.enumerated() {
            let row = top + 1 + index
            let cursor = FormDrawing.field(&buffer, label: line.label, field: fields[index], row: row, left: left + 2,
                                           labelWidth: labelWidth, fieldWidth: fieldWidth, focused: focus == index)
            if focus == index { buffer.cursor = cursor }
            if !line.note.isEmpty {
                buffer.put(line.note, row: row, column: left + 2 + labelWidth + fieldWidth + 1, style: CellStyle(dim: true))
            }
        }
        buffer.put(FormDrawing.hint([.nextField, .confirm, .cancel], app: app), row: top + height - 2, column: left + 2,
                   style: CellStyle(dim: true), maxWidth: width - 4)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        if fields[focus].edit(with: key) { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .nextField: focus = (focus + 1) % fields.count
        case .prevField: focus = (focus + fields.count - 1) % fields.count
        case .confirm: onSubmit(fields.map { $0.text.trimmingCharacters(in: .whitespaces) }, app).apply(to: self, app: app)
        case .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }
}
