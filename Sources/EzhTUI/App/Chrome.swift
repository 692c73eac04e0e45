/// The bars every full screen shares: the title bar at the top, the status line and the key bar
/// at the bottom.
enum Chrome {
    /// The top row: `left` at the left, `right` at the right, in header style.
    static func drawTitleBar(_ buffer: inout ScreenBuffer, row: Int = 0, left: String, right: String) {
        buffer.fill(row: row, column: 0, width: buffer.columns, style: .header)
        let rightWidth = min(right.displayWidth, buffer.columns / 2)
        buffer.put(left, row: row, column: 1, style: .header, maxWidth: buffer.columns - rightWidth - 3)
        buffer.put(right, row: row, column: buffer.columns - rightWidth - 1, style: .header, maxWidth: rightWidth)
    }

    /// The status line, second from the bottom. An error starts with «!» so it reads as one
    /// without colour.
    static func drawStatus(_ buffer: inout ScreenBuffer, message: StatusMessage?, fallback: String = "") {
        let row = buffer.rows - 2
        buffer.fill(row: row, column: 0, width: buffer.columns, style: .status)
        if let message, message.kind == .error {
            buffer.put("! " + message.text, row: row, column: 1, style: .error, maxWidth: buffer.columns - 2)
        } else {
            buffer.put(message?.text ?? fallback, row: row, column: 1, style: .status, maxWidth: buffer.columns - 2)
        }
    }

    /// The bottom row: the first key of each action with a short label, from the live keymap,
    /// so the bar never advertises a key that does something else.
    static func drawKeyBar(_ buffer: inout ScreenBuffer, actions: [Action], context: KeyContext, app: Application) {
        let row = buffer.rows - 1
        buffer.fill(row: row, column: 0, width: buffer.columns, style: .keyBar)
        var x = 0
        for action in actions {
            guard let key = app.keymap.effectiveKeys(for: action, in: context).first else { continue }
            let name = KeyName.name(of: key)
            let label = app.strings.shortLabel(action)
            let needed = name.displayWidth + 1 + label.displayWidth + 1
            guard x + needed <= buffer.columns else { break }
            x += buffer.put(name, row: row, column: x, style: CellStyle(bold: true, role: .keyBar))
            x += buffer.put(label, row: row, column: x, style: CellStyle(reverse: true, role: .keyBar))
            x += 2
        }
    }

    /// A framed box for overlays, cleared inside; returns the inner rectangle's origin.
    static func drawBox(_ buffer: inout ScreenBuffer, top: Int, left: Int, height: Int, width: Int, title: String) {
        for row in top..<(top + height) {
            buffer.fill(row: row, column: left, width: width)
        }
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        buffer.put("┌" + horizontal + "┐", row: top, column: left)
        buffer.put("└" + horizontal + "┘", row: top + height - 1, column: left)
        for row in (top + 1)..<(top + height - 1) {
            buffer.put("│", row: row, column: left)
            buffer.put("│", row: row, column: left + width - 1)
        }
        buffer.put(" " + title + " ", row: top, column: left + 2, style: .title, maxWidth: width - 4)
    }
}
