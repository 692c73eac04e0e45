import EzhCore

/// The filter of the access log or the access report, over the list: text fields typed, role
/// and action chosen from lists. The confirm key applies it through `onApply`.
final class FilterFormScreen: Screen {
    enum Field: CaseIterable {
        case login, role, action, className, from, to, text
    }

    private let fields: [Field]
    private var input: LogFilterInput
    private var texts: [Field: TextField] = [:]
    private var focus = 0
    private let onApply: (LogFilterInput, Application) -> FormOutcome

    init(fields: [Field], input: LogFilterInput, onApply: @escaping (LogFilterInput, Application) -> FormOutcome) {
        self.fields = fields
        self.input = input
        self.onApply = onApply
        for field in fields {
            guard let path = Self.textPath(field) else { continue }
            var text = TextField()
            text.set(input[keyPath: path])
            texts[field] = text
        }
    }

    private static func textPath(_ field: Field) -> WritableKeyPath<LogFilterInput, String>? {
        switch field {
        case .login: \.login
        case .className: \.className
        case .from: \.from
        case .to: \.to
        case .text: \.text
        case .role, .action: nil
        }
    }

    var context: KeyContext { .form }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let width = min(buffer.columns - 4, 64)
        let height = fields.count + 4
        let top = max(1, (buffer.rows - 2 - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: strings.filterTitle)
        let labelWidth = 22
        for (index, field) in fields.enumerated() {
            let row = top + 1 + index
            let label = strings.filterLabel(field)
            let cursor: CursorPosition
            if let text = texts[field] {
                cursor = FormDrawing.field(&buffer, label: label, field: text, row: row, left: left + 2, labelWidth: labelWidth,
                                           fieldWidth: width - 4 - labelWidth, focused: focus == index)
            } else {
                cursor = FormDrawing.choice(&buffer, label: label, value: choiceText(field, strings: strings), row: row,
                                            left: left + 2, labelWidth: labelWidth, fieldWidth: width - 4 - labelWidth,
                                            focused: focus == index)
            }
            if focus == index { buffer.cursor = cursor }
        }
        buffer.put(FormDrawing.hint([.toggle, .confirm, .cancel], app: app), row: top + height - 2, column: left + 2,
                   style: CellStyle(dim: true), maxWidth: width - 4)
    }

    private func choiceText(_ field: Field, strings: Strings) -> String {
        switch field {
        case .role: input.role.map(strings.roleName) ?? strings.anyChoice
        case .action: input.action.map { $0.name(in: strings.language) } ?? strings.anyChoice
        default: ""
        }
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        let field = fields[focus]
        if texts[field]?.edit(with: key) == true { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .nextField: focus = (focus + 1) % fields.count
        case .prevField: focus = (focus + fields.count - 1) % fields.count
        case .toggle: choose(fields[focus], app: app)
        case .confirm:
            for (field, text) in texts {
                if let path = Self.textPath(field) { input[keyPath: path] = text.text }
            }
            onApply(input, app).apply(to: self, app: app)
        case .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    /// A role or an action from a list, «любое» first.
    private func choose(_ field: Field, app: Application) {
        let strings = app.strings
        switch field {
        case .role:
            let roles = Role.allCases
            app.push(PickerScreen(title: strings.filterLabel(.role), items: [strings.anyChoice] + roles.map(strings.roleName),
                                  selected: input.role.flatMap { roles.firstIndex(of: $0).map { $0 + 1 } } ?? 0) { [weak self] index, _ in
                self?.input.role = index == 0 ? nil : roles[index - 1]
            })
        case .action:
            let actions = AuditAction.allCases
            app.push(PickerScreen(title: strings.filterLabel(.action),
                                  items: [strings.anyChoice] + actions.map { $0.name(in: strings.language) },
                                  selected: input.action.flatMap { actions.firstIndex(of: $0).map { $0 + 1 } } ?? 0) { [weak self] index, _ in
                self?.input.action = index == 0 ? nil : actions[index - 1]
            })
        default: break
        }
    }
}
