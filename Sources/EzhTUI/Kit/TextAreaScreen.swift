import EzhCore

/// A box over the current screen to write a text of several paragraphs (a message, a reply, a
/// notice to parents), with a one-line subject above it when the text needs one. Enter starts a
/// new line in the text (and goes from the subject to the text); the submit-text key (F2) hands
/// subject and text to `onSubmit`. Closing with something typed asks
/// first, so a letter is not lost to a stray Esc.
final class TextAreaScreen: Screen {
    struct Subject {
        let label: String
        let value: String
        let limit: TextLimit
    }

    private let title: String
    /// Dim lines above the fields: whom the text goes to, what it is about.
    private let lead: [String]
    private let textLabel: String
    /// What the submit key does here: «отправить», «сохранить».
    private let confirmLabel: String
    private var subject: TextField?
    private let subjectLabel: String
    private var area: TextArea
    private var focusOnText: Bool
    private let initial: (subject: String, text: String)
    private let onSubmit: (_ subject: String, _ text: String, Application) -> FormOutcome

    init(
        title: String, lead: [String] = [], subject: Subject? = nil, textLabel: String, text: String = "", limit: TextLimit,
        confirmLabel: String, onSubmit: @escaping (_ subject: String, _ text: String, Application) -> FormOutcome
    ) {
        self.title = title
        self.lead = lead
        self.textLabel = textLabel
        self.confirmLabel = confirmLabel
        subjectLabel = subject?.label ?? ""
        self.subject = subject.map { line in
            var field = TextField(limit: line.limit)
            field.set(line.value)
            return field
        }
        area = TextArea(limit: limit, text: text)
        focusOnText = subject == nil
        initial = (subject?.value ?? "", text)
        self.onSubmit = onSubmit
    }

    var context: KeyContext { .textArea }
    var isOverlay: Bool { true }

    private var hasChanges: Bool { (subject?.text ?? "") != initial.subject || area.text != initial.text }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let width = min(buffer.columns - 2, 78)
        let inner = width - 4
        let leadLines = Array(lead.flatMap { TextFitting.wrap($0, width: inner) }.prefix(3))
        // The border, the label, a blank line over the hint, the hint, the border.
        let fixed = leadLines.count + (subject == nil ? 0 : 2) + 5
        let areaHeight = max(3, min(14, buffer.rows - 4 - fixed))
        let height = fixed + areaHeight
        let top = max(1, (buffer.rows - 2 - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: title)
        var row = top + 1
        for line in leadLines {
            buffer.put(line, row: row, column: left + 2, style: CellStyle(dim: true), maxWidth: inner)
            row += 1
        }
        if let subject {
            let labelWidth = subjectLabel.displayWidth + 2
            let cursor = FormDrawing.field(&buffer, label: subjectLabel, field: subject, row: row, left: left + 2,
                                           labelWidth: labelWidth, fieldWidth: inner - labelWidth, focused: !focusOnText)
            if !focusOnText { buffer.cursor = cursor }
            row += 2
        }
        buffer.put(textLabel, row: row, column: left + 2, style: focusOnText ? .bold : .plain, maxWidth: inner)
        let cursor = area.draw(&buffer, top: row + 1, left: left + 2, width: inner - 1, height: areaHeight, focused: focusOnText)
        if focusOnText { buffer.cursor = cursor }
        buffer.put(hint(app), row: top + height - 2, column: left + 2, style: CellStyle(dim: true), maxWidth: inner)
    }

    /// «F2 — отправить; Enter — новая строка; Tab — тема; Esc — отмена» with the live keys.
    private func hint(_ app: Application) -> String {
        let strings = app.strings
        func key(_ action: Action) -> String? { app.keymap.effectiveKeys(for: action, in: context).first.map(KeyName.name(of:)) }
        var parts = [key(.submitText).map { "\($0) — \(confirmLabel)" }, "Enter — " + strings.newLineHint]
        if subject != nil { parts.append(key(.nextField).map { "\($0) — \(strings.otherFieldHint)" }) }
        parts.append(key(.cancel).map { "\($0) — \(strings.formHint(.cancel))" })
        return parts.compactMap { $0 }.joined(separator: "; ")
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        if focusOnText {
            if area.edit(with: key) { return }
        } else if key == .enter || key == .down {
            focusOnText = true
            return
        } else if subject?.edit(with: key) == true {
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .nextField, .prevField: focusOnText = subject == nil || !focusOnText
        case .submitText:
            let text = area.text.trimmingCharacters(in: .whitespacesAndNewlines)
            onSubmit(subject?.text.trimmingCharacters(in: .whitespaces) ?? "", text, app).apply(to: self, app: app)
        case .cancel:
            guard hasChanges else {
                app.dismiss(self)
                return true
            }
            app.push(ConfirmScreen(title: title, question: app.strings.discardTextQuestion) { [weak self] app in
                if let self { app.dismiss(self) }
            })
        default: return false
        }
        return true
    }
}
