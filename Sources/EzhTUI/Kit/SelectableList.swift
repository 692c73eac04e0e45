/// The selection and scrolling of a list on a screen: which row is selected and which is at the
/// top, kept so the selected row is always visible.
struct SelectableList {
    private(set) var selected = 0
    private(set) var top = 0
    private(set) var pageHeight = 10
    var count = 0 {
        didSet { selected = min(selected, max(0, count - 1)) }
    }

    /// Moves the selection for a movement action; false for any other action.
    mutating func move(_ action: Action) -> Bool {
        switch action {
        case .moveUp: select(selected - 1)
        case .moveDown: select(selected + 1)
        case .pageUp: select(selected - pageHeight)
        case .pageDown: select(selected + pageHeight)
        default: return false
        }
        return true
    }

    mutating func select(_ index: Int) {
        selected = max(0, min(index, count - 1))
    }

    /// Draws the visible rows from `row` down, `height` rows; the selected one is marked by «▸»
    /// and reverse video, not by colour alone, and holds the terminal cursor. Returns which list
    /// index each screen row shows, for mouse clicks.
    mutating func draw(
        into buffer: inout ScreenBuffer, row: Int, height: Int, left: Int = 0, width: Int? = nil,
        text: (Int) -> String, style: (Int) -> CellStyle = { _ in .plain }
    ) -> [Int: Int] {
        pageHeight = max(1, height)
        if selected < top { top = selected }
        if selected >= top + pageHeight { top = selected - pageHeight + 1 }
        top = max(0, min(top, count - pageHeight))
        let width = width ?? buffer.columns - left
        var rows: [Int: Int] = [:]
        for index in top..<min(count, top + pageHeight) {
            let y = row + index - top
            rows[y] = index
            let isSelected = index == selected
            var cellStyle = style(index)
            if isSelected { cellStyle.reverse = true }
            buffer.putPadded((isSelected ? "▸ " : "  ") + text(index), row: y, column: left, width: width, style: cellStyle)
            if isSelected { buffer.cursor = CursorPosition(row: y, column: left) }
        }
        return rows
    }

    /// «12–30 из 340», for a list longer than the screen.
    func position(strings: Strings) -> String {
        guard count > pageHeight else { return "" }
        return strings.listPosition(first: top + 1, last: min(count, top + pageHeight), of: count)
    }
}
