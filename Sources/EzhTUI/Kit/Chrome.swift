/// The bars every full screen shares: the title bar at the top, the status line and the key bar
/// at the bottom.
enum Chrome {
    /// The top row: `left` at the left, `right` at the right, in header style.
    static func drawTitleBar(_ buffer: inout ScreenBuffer, row: Int = 0, left: String, right: String) {
        buffer.fill(row: row, column: 0, width: buffer.columns, style: .header)
        let rightWidth = min(right.displayWidth, max(buffer.columns / 3, buffer.columns - left.displayWidth - 3))
        buffer.put(left, row: row, column: 1, style: .header, maxWidth: buffer.columns - rightWidth - 3)
        buffer.put(right, row: row, column: buffer.columns - rightWidth - 1, style: .header, maxWidth: rightWidth)
    }

    /// The status line, second from the bottom. An error starts with «!» so it reads as one
    /// without colour. A message too long for one line takes the line above as well, for as
    /// long as it is shown: a refusal must be read whole.
    static func drawStatus(_ buffer: inout ScreenBuffer, message: StatusMessage?, fallback: String = "") {
        let row = buffer.rows - 2
        let isError = message?.kind == .error
        let text = message.map { ($0.kind == .error ? "! " : "") + $0.text } ?? fallback
        let style: CellStyle = isError ? .error : .status
        var lines = TextFitting.wrap(text, width: buffer.columns - 2)
        if lines.count > 2 || message == nil { lines = [text] }
        for (offset, line) in lines.enumerated() {
            let y = row - (lines.count - 1) + offset
            buffer.fill(row: y, column: 0, width: buffer.columns, style: .status)
            buffer.put(line, row: y, column: 1, style: style, maxWidth: buffer.columns - 2)
        }
        if lines.isEmpty { buffer.fill(row: row, column: 0, width: buffer.columns, style: .status) }
    }

    /// The bottom row: the first key of each action with a short label, from the live keymap,
    /// so the bar never advertises a key that does something else. Actions come in order of
    /// importance; what does not fit is left out, and so is what the person's roles do not allow.
    static func drawKeyBar(_ buffer: inout ScreenBuffer, actions: [Action], context: KeyContext, app: Application) {
        let row = buffer.rows - 1
        buffer.fill(row: row, column: 0, width: buffer.columns, style: .keyBar)
        var items: [(key: String, label: String, order: Int)] = []
        var used = 0
        for (order, action) in actions.enumerated() where app.isOffered(action) {
            guard let key = app.keymap.effectiveKeys(for: action, in: context).first else { continue }
            let item = (key: KeyName.name(of: key), label: app.strings.shortLabel(action), order: order)
            let width = item.key.displayWidth + 1 + item.label.displayWidth + (items.isEmpty ? 0 : 2)
            guard used + width <= buffer.columns else { continue }
            items.append(item)
            used += width
        }
        var x = 0
        for item in items {
            x += buffer.put(item.key, row: row, column: x, style: CellStyle(bold: true, role: .keyBar)) + 1
            x += buffer.put(item.label, row: row, column: x, style: .keyBar) + 2
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
