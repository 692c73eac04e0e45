/// One character cell of the screen.
public struct ScreenCell: Hashable, Sendable {
    /// One grapheme cluster; empty in the right half of a double-width character.
    public var text: String
    /// Display columns of `text`: 1 or 2, and 0 for the right half of a double-width character.
    public var width: Int
    public var style: CellStyle

    public init(text: String, width: Int, style: CellStyle) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = ScreenCell(text: " ", width: 1, style: .plain)

    /// The right half of a double-width character: the terminal draws nothing here.
    public var isContinuation: Bool { width == 0 }
}

/// Where the real terminal cursor sits: on the active cell, so screen readers and magnifiers
/// follow the user's place.
public struct CursorPosition: Hashable, Sendable {
    public let row: Int
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// The in-memory screen every view draws into. The curses layer copies it to the terminal, and
/// tests read it back as text.
public struct ScreenBuffer: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    public private(set) var cells: [ScreenCell]
    /// Hidden when nil.
    public var cursor: CursorPosition?

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public subscript(row: Int, column: Int) -> ScreenCell {
        cells[row * columns + column]
    }

    /// Writes text from (row, column) in display columns, at most `maxWidth` columns (to the
    /// right edge when nil); text that does not fit is cut with «…». Returns the columns written.
    @discardableResult
    public mutating func put(
        _ text: String, row: Int, column: Int, style: CellStyle = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let room = min(maxWidth ?? (columns - column), columns - column)
        guard room > 0 else { return 0 }
        // Printable ASCII that fits (marks, dates, averages): one cell a byte, no grapheme walk.
        // Latin and Cyrillic that fits (names, titles, messages) likewise, one cell a scalar.
        if let count = narrowAloneCount(text, room: room) {
            placeNarrow(text, count: count, row: row, column: column, style: style)
            return count
        }
        var x = column
        for character in TextFitting.truncate(text, to: room) {
            var width = DisplayWidth.of(character)
            var shown = String(character)
            if width == 0 {
                // A control character or a lone combining mark: show a visible placeholder width 1
                // rather than letting it shift everything after it.
                if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) {
                    shown = " "
                    width = 1
                } else {
                    continue
                }
            }
            guard x + width <= column + room else { break }
            setCell(row: row, column: x, ScreenCell(text: shown, width: width, style: style))
            if width == 2 {
                setCell(row: row, column: x + 1, ScreenCell(text: "", width: 0, style: style))
            }
            x += width
        }
        return x - column
    }

    /// Fills `width` columns from (row, column) with spaces in a style: backgrounds of bars.
    public mutating func fill(row: Int, column: Int, width: Int, style: CellStyle = .plain) {
        guard row >= 0, row < rows else { return }
        let start = max(0, column)
        let end = min(columns, column + width)
        guard start < end else { return }
        let blank = ScreenCell(text: " ", width: 1, style: style)
        // Only the ends can cut a double-width character in half; setCell mends those.
        setCell(row: row, column: start, blank)
        setCell(row: row, column: end - 1, blank)
        let base = row * columns
        for x in start..<end { cells[base + x] = blank }
    }

    /// Writes text padded (or cut) to exactly `width` columns.
    public mutating func putPadded(
        _ text: String, row: Int, column: Int, width: Int, style: CellStyle = .plain,
        alignment: TextFitting.Alignment = .left
    ) {
        guard width > 0 else { return }
        // Text that fits, of one column a scalar (a mark, a date, a pupil's name), needs no
        // fitting: blanks on either side and the text placed between them, each cell once.
        if row >= 0, row < rows, column >= 0, column + width <= columns, let count = narrowAloneCount(text, room: width) {
            placePadded(text, count: count, row: row, column: column, width: width,
                        offset: offset(of: count, in: width, alignment), style: style)
            return
        }
        fill(row: row, column: column, width: width, style: style)
        // Short printable ASCII partly off the screen: place it in the blanks just written.
        let count = text.utf8.count
        if count <= width, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let offset = offset(of: count, in: width, alignment)
            put(text, row: row, column: column + offset, style: style, maxWidth: width - offset)
            return
        }
        put(TextFitting.fit(text, width: width, alignment: alignment), row: row, column: column, style: style, maxWidth: width)
    }

    private func offset(of count: Int, in width: Int, _ alignment: TextFitting.Alignment) -> Int {
        switch alignment {
        case .left: 0
        case .right: width - count
        case .center: (width - count) / 2
        }
    }

    /// Changes the style of cells without changing their text: the selection bar over a row.
    public mutating func restyle(row: Int, column: Int, width: Int, _ change: (inout CellStyle) -> Void) {
        guard row >= 0, row < rows else { return }
        for x in max(0, column)..<min(columns, column + max(0, width)) {
            change(&cells[row * columns + x].style)
        }
    }

    /// The screen as text: rows joined by newlines, trailing blanks of each row trimmed. The
    /// right halves of wide characters add nothing, so the text reads as the terminal shows it.
    public func text() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows * (columns + 1))
        for row in 0..<rows {
            if row > 0 { bytes.append(0x0A) }
            appendLine(row, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One row as text, trailing blanks trimmed.
    public func line(_ row: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(columns)
        appendLine(row, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A row's UTF-8 appended byte by byte (a frame is read as text after every key in the
    /// benchmarks and tests; joining 3,000 strings cost more than drawing them).
    private func appendLine(_ row: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        for cell in cells[(row * columns)..<((row + 1) * columns)] {
            let utf8 = cell.text.utf8
            if utf8.count == 1, let byte = utf8.first {
                bytes.append(byte)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        while bytes.count > start, bytes.last == 0x20 { bytes.removeLast() }
    }

    /// How many scalars `text` has when it is only narrow-alone scalars (`DisplayWidth.isNarrowAlone`,
    /// one column each) and at most `room` of them; nil otherwise.
    private func narrowAloneCount(_ text: String, room: Int) -> Int? {
        var count = 0
        for byte in text.utf8 {
            // ASCII first: one byte, one scalar, one column.
            if byte >= 0x20, byte < 0x7F {
                count += 1
                if count > room { return nil }
                continue
            }
            return scalarCount(text, room: room)
        }
        return count
    }

    private func scalarCount(_ text: String, room: Int) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            guard count <= room, DisplayWidth.isNarrowAlone(scalar) else { return nil }
        }
        return count
    }

    /// Places `count` narrow-alone scalars of `text` from (row, column), one cell each; the caller
    /// has checked that they fit.
    private mutating func placeNarrow(_ text: String, count: Int, row: Int, column: Int, style: CellStyle) {
        guard count > 0 else { return }
        // The first and last cells may cut a double-width character in half; setCell mends those.
        setCell(row: row, column: column, .blank)
        setCell(row: row, column: column + count - 1, .blank)
        var index = row * columns + column
        for scalar in text.unicodeScalars {
            cells[index] = ScreenCell(text: Self.cellText(scalar), width: 1, style: style)
            index += 1
        }
    }

    /// Blanks, the `count` narrow-alone scalars of `text` from `offset`, blanks to `width`: a
    /// padded field written in one pass; the caller has checked that it fits.
    private mutating func placePadded(
        _ text: String, count: Int, row: Int, column: Int, width: Int, offset: Int, style: CellStyle
    ) {
        let blank = ScreenCell(text: " ", width: 1, style: style)
        // The first and last cells may cut a double-width character in half; setCell mends those.
        setCell(row: row, column: column, blank)
        setCell(row: row, column: column + width - 1, blank)
        let start = row * columns + column
        var index = start
        while index < start + offset {
            cells[index] = blank
            index += 1
        }
        for scalar in text.unicodeScalars {
            cells[index] = ScreenCell(text: Self.cellText(scalar), width: 1, style: style)
            index += 1
        }
        while index < start + width {
            cells[index] = blank
            index += 1
        }
    }

    /// The text of a cell holding one scalar: the common ones (ASCII, Cyrillic) made once, not for
    /// every cell of every frame.
    private static func cellText(_ scalar: Unicode.Scalar) -> String {
        let value = Int(scalar.value)
        if value < 0x80 { return asciiTexts[value] }
        if value >= 0x400, value < 0x500 { return cyrillicTexts[value - 0x400] }
        return String(scalar)
    }

    private static let asciiTexts = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
    private static let cyrillicTexts = (0x400..<0x500).map { String(UnicodeScalar(UInt32($0))!) }

    /// Writes one cell, first blanking any double-width character it would cut in half.
    private mutating func setCell(row: Int, column: Int, _ cell: ScreenCell) {
        let index = row * columns + column
        if cells[index].isContinuation, !cell.isContinuation, column > 0 {
            cells[index - 1] = ScreenCell(text: " ", width: 1, style: cells[index - 1].style)
        }
        if cells[index].width == 2, column + 1 < columns, cell.width != 2 {
            cells[index + 1] = ScreenCell(text: " ", width: 1, style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
