/// The one list widget: which item of a list is selected and which line is at the top of its
/// window, kept so the selected item is always in sight. Every list moves, pages, scrolls and
/// marks its selection through it: the start screen and its due panel, pickers, accounts,
/// credentials, the access log and report, absences, permissions and substitutions.
struct SelectableList {
    private(set) var selected = 0
    private(set) var top = 0
    /// The height last drawn, for paging.
    private(set) var pageHeight = 10
    var count = 0 {
        didSet { selected = min(selected, max(0, count - 1)) }
    }

    /// Moves the selection for a movement action; false for any other action.
    mutating func move(_ action: Action) -> Bool {
        switch action {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -pageHeight)
        case .pageDown: move(by: pageHeight)
        default: return false
        }
        return true
    }

    mutating func move(by offset: Int) { select(selected + offset) }

    mutating func select(_ index: Int) {
        selected = max(0, min(index, count - 1))
    }

    /// Keeps `line` inside a window of `height` lines over a list drawn as `lineCount` lines (a
    /// list with titles between its items, or items of two lines, has more lines than items);
    /// scrolling up to it brings `keepAbove` lines above it into sight too, such as its section's
    /// title. Returns the first line to draw. The window's height is the page.
    mutating func scroll(toLine line: Int, lineCount: Int, height: Int, keepAbove: Int = 0) -> Int {
        pageHeight = max(1, height)
        if line < top { top = max(0, line - keepAbove) }
        if line >= top + pageHeight { top = line - pageHeight + 1 }
        top = max(0, min(top, lineCount - pageHeight))
        return top
    }

    /// Draws a list of one line per item from `row` down, `height` rows, and returns which item
    /// each screen row shows, for mouse clicks. An item's style is `style(index)`; the selected
    /// one is marked as `drawItem` marks it.
    mutating func draw(
        into buffer: inout ScreenBuffer, row: Int, height: Int, left: Int = 0, width: Int? = nil,
        text: (Int) -> String, style: (Int) -> CellStyle = { _ in .plain }, selectedStyle: ((Int) -> CellStyle)? = nil
    ) -> [Int: Int] {
        let first = scroll(toLine: selected, lineCount: count, height: height)
        let width = width ?? buffer.columns - left
        var rows: [Int: Int] = [:]
        for index in first..<min(count, first + pageHeight) {
            let y = row + index - first
            rows[y] = index
            let isSelected = index == selected
            let itemStyle = isSelected ? selectedStyle?(index) ?? Self.reversed(style(index)) : style(index)
            Self.drawItem(text(index), into: &buffer, row: y, column: left, width: width, isSelected: isSelected, style: itemStyle)
        }
        return rows
    }

    /// One item's line: the selected one starts with «▸» (not told by colour alone) and holds the
    /// terminal cursor; `style` is the line's whole style, selected or not.
    static func drawItem(
        _ text: String, into buffer: inout ScreenBuffer, row: Int, column: Int, width: Int, isSelected: Bool, style: CellStyle
    ) {
        buffer.putPadded((isSelected ? "▸ " : "  ") + text, row: row, column: column, width: width, style: style)
        if isSelected { buffer.cursor = CursorPosition(row: row, column: column) }
    }

    /// An item's own style in reverse video, for the selected one.
    static func reversed(_ style: CellStyle) -> CellStyle {
        var selected = style
        selected.reverse = true
        return selected
    }

    /// «12–30 из 340», for a list longer than the screen.
    func position(strings: Strings) -> String {
        guard count > pageHeight else { return "" }
        return strings.listPosition(first: top + 1, last: min(count, top + pageHeight), of: count)
    }
}
