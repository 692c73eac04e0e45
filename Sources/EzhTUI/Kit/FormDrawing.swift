/// How the fields of a form are drawn: a label, then the field's extent underlined so it reads as
/// a field without colour; a checkbox as «[x]» or «[ ]».
enum FormDrawing {
    /// Draws a text field; returns where the cursor stands when the field has the focus.
    @discardableResult
    static func field(
        _ buffer: inout ScreenBuffer, label: String, field: TextField, secret: Bool = false, row: Int, left: Int,
        labelWidth: Int, fieldWidth: Int, focused: Bool
    ) -> CursorPosition {
        buffer.put(label, row: row, column: left, style: focused ? .bold : .plain, maxWidth: labelWidth - 1)
        let shown = field.visible(width: fieldWidth, secret: secret)
        buffer.putPadded(shown, row: row, column: left + labelWidth, width: fieldWidth, style: CellStyle(underline: true))
        return CursorPosition(row: row, column: left + labelWidth + shown.displayWidth)
    }

    /// Draws a choice shown as text (such as an action chosen from a list), underlined like a field.
    @discardableResult
    static func choice(
        _ buffer: inout ScreenBuffer, label: String, value: String, row: Int, left: Int, labelWidth: Int, fieldWidth: Int,
        focused: Bool
    ) -> CursorPosition {
        buffer.put(label, row: row, column: left, style: focused ? .bold : .plain, maxWidth: labelWidth - 1)
        buffer.putPadded(value, row: row, column: left + labelWidth, width: fieldWidth, style: CellStyle(underline: true))
        return CursorPosition(row: row, column: left + labelWidth)
    }

    @discardableResult
    static func checkbox(
        _ buffer: inout ScreenBuffer, label: String, checked: Bool, row: Int, left: Int, focused: Bool
    ) -> CursorPosition {
        buffer.put((checked ? "[x] " : "[ ] ") + label, row: row, column: left, style: focused ? .bold : .plain)
        return CursorPosition(row: row, column: left + 1)
    }

    /// «Space — выбрать; Enter — готово; Esc — отмена» with the live keys of the form context.
    static func hint(_ actions: [Action], app: Application) -> String {
        actions.compactMap { action in
            app.keymap.effectiveKeys(for: action, in: .form).first.map { "\(KeyName.name(of: $0)) — \(app.strings.formHint(action))" }
        }.joined(separator: "; ")
    }
}
