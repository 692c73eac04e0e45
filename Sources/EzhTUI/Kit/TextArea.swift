import EzhCore

/// A text of several paragraphs to type, such as a letter to parents: Enter starts a new line,
/// long lines wrap at spaces to the area's width (by display width, so wide characters take
/// two columns), and the view scrolls to keep the cursor in sight. The arrows, Home, End, PgUp
/// and PgDn move the cursor; Backspace and Delete remove. As in a `TextField`, every character
/// typed is text, and the text stops growing at its limit.
struct TextArea {
    private(set) var characters: [Character] = []
    let limit: TextLimit
    /// Where the next character goes: an index into `characters`.
    private(set) var cursor = 0
    /// The first wrapped row in view.
    private(set) var scrollTop = 0
    /// The size it was last drawn at: the up and down keys move by the rows as wrapped there.
    private var width = 40
    private var height = 5
    /// The column the up and down keys aim for, kept while they repeat over shorter rows.
    private var wantedColumn: Int?
    private var length = 0

    init(limit: TextLimit, text: String = "") {
        self.limit = limit
        set(text)
    }

    var text: String { String(characters) }

    mutating func set(_ value: String) {
        let text = value.replacingOccurrences(of: "\r\n", with: "\n")
        characters = Array(text)
        length = TextLimit.length(of: text)
        cursor = characters.count
        wantedColumn = nil
    }

    /// A row of the wrapped text: `characters[start..<end]`. The end of a paragraph's last row
    /// is a place for the cursor on that row; the end of any other row is the next row's start.
    struct Row: Equatable {
        let start: Int
        let end: Int
        let endsParagraph: Bool
    }

    /// The text wrapped to `width` columns, one column kept free for the cursor at a row's end.
    func rows(width: Int) -> [Row] {
        let room = max(1, width - 1)
        var rows: [Row] = []
        var start = 0
        var column = 0
        var index = 0
        while index <= characters.count {
            if index == characters.count || characters[index] == "\n" {
                rows.append(Row(start: start, end: index, endsParagraph: true))
                index += 1
                start = index
                column = 0
                continue
            }
            let character = characters[index]
            let characterWidth = DisplayWidth.of(character)
            if column + characterWidth > room, index > start {
                if character == " " {
                    // A space at the edge hangs there: the next word starts the next row.
                    rows.append(Row(start: start, end: index + 1, endsParagraph: false))
                    index += 1
                    start = index
                    column = 0
                    continue
                }
                let lastSpace = characters[start..<index].lastIndex(of: " ")
                let breakAt = lastSpace.map { $0 + 1 } ?? index
                rows.append(Row(start: start, end: breakAt, endsParagraph: false))
                start = breakAt
                column = characters[start..<index].map(DisplayWidth.of).reduce(0, +)
                continue
            }
            column += characterWidth
            index += 1
        }
        return rows
    }

    /// The wrapped row and column of the cursor.
    func cursorPlace(in rows: [Row]) -> (row: Int, column: Int) {
        let row = rows.firstIndex { $0.start <= cursor && (cursor < $0.end || (cursor == $0.end && $0.endsParagraph)) } ?? rows.count - 1
        let columns = characters[rows[row].start..<cursor].map(DisplayWidth.of).reduce(0, +)
        return (row, columns)
    }

    /// Takes a typed character, Enter, Backspace, Delete or a move; false for any other key (a
    /// command). A character past the limit is dropped.
    mutating func edit(with key: Key) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .enter: insert("\n")
        case .backspace:
            guard cursor > 0 else { return true }
            cursor -= 1
            remove(at: cursor)
        case .delete:
            if cursor < characters.count { remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .up: moveRows(by: -1)
        case .down: moveRows(by: 1)
        case .pageUp: moveRows(by: -max(1, height - 1))
        case .pageDown: moveRows(by: max(1, height - 1))
        case .home, .end:
            let rows = rows(width: width)
            let row = rows[cursorPlace(in: rows).row]
            cursor = key == .home ? row.start : lastPlace(of: row)
        default: return false
        }
        if key != .up, key != .down, key != .pageUp, key != .pageDown { wantedColumn = nil }
        return true
    }

    private mutating func insert(_ character: Character) {
        let added = TextLimit.length(of: String(character))
        guard length + added <= limit.maximum else { return }
        characters.insert(character, at: cursor)
        cursor += 1
        length += added
    }

    private mutating func remove(at index: Int) {
        length -= TextLimit.length(of: String(characters[index]))
        characters.remove(at: index)
    }

    /// The last place on a row for the cursor: before a wrapped row's hanging space or last letter.
    private func lastPlace(of row: Row) -> Int {
        row.endsParagraph ? row.end : max(row.start, row.end - 1)
    }

    private mutating func moveRows(by count: Int) {
        let rows = rows(width: width)
        let place = cursorPlace(in: rows)
        let column = wantedColumn ?? place.column
        let target = min(max(0, place.row + count), rows.count - 1)
        guard target != place.row else {
            cursor = count < 0 ? 0 : characters.count
            return
        }
        let row = rows[target]
        var index = row.start
        var used = 0
        while index < lastPlace(of: row), used + DisplayWidth.of(characters[index]) <= column {
            used += DisplayWidth.of(characters[index])
            index += 1
        }
        cursor = index
        wantedColumn = column
    }

    /// Draws the visible rows, underlined as a field, scrolled to the cursor; «▲» and «▼» in the
    /// column after the area say there is more above or below. Returns where the cursor stands.
    @discardableResult
    mutating func draw(_ buffer: inout ScreenBuffer, top: Int, left: Int, width: Int, height: Int, focused: Bool) -> CursorPosition {
        self.width = width
        self.height = height
        let rows = rows(width: width)
        let place = cursorPlace(in: rows)
        scrollTop = min(max(scrollTop, place.row - height + 1), place.row)
        scrollTop = max(0, min(scrollTop, rows.count - height))
        for line in 0..<height {
            let index = scrollTop + line
            let shown = index < rows.count ? String(characters[rows[index].start..<rows[index].end]) : ""
            buffer.putPadded(shown, row: top + line, column: left, width: width, style: CellStyle(underline: true))
        }
        let marker = CellStyle(dim: !focused)
        if scrollTop > 0 { buffer.put("▲", row: top, column: left + width, style: marker) }
        if scrollTop + height < rows.count { buffer.put("▼", row: top + height - 1, column: left + width, style: marker) }
        return CursorPosition(row: top + place.row - scrollTop, column: left + place.column)
    }
}
