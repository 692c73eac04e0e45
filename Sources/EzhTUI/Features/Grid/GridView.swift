/// Draws a grid sheet through a viewport: header rows and the pupil column stay in place while
/// the lesson columns and pupil rows scroll; summaries stay at the right.
struct GridView {
    let sheet: GridSheet
    let layout: GridLayout
    let cursorRow: Int
    let cursorColumn: Int
    let topRow: Int
    let leftColumn: Int
    let pupilHeader: String

    private var visibleColumnIndices: Range<Int> {
        leftColumn..<min(sheet.columns.count, leftColumn + layout.visibleColumns)
    }

    private var visibleRowIndices: Range<Int> {
        topRow..<min(sheet.pupils.count, topRow + layout.bodyHeight)
    }

    func draw(into buffer: inout ScreenBuffer) {
        drawHeaders(into: &buffer)
        drawSeparators(into: &buffer)
        for row in visibleRowIndices {
            drawPupilRow(row, into: &buffer)
        }
        placeCursor(in: &buffer)
    }

    /// Draws `rows` again over a whole frame drawn before with this view's headers and scroll
    /// position (the rows whose text or cursor changed since, see `GridFrame`), and the screen
    /// line `covered`, which the status line's second line may have taken.
    func redraw(rows: Set<Int>, covered: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(row: covered, column: 0, width: buffer.columns)
        drawSeparators(line: covered, into: &buffer)
        let coveredRow = covered - layout.bodyTop + topRow
        for row in rows.union([coveredRow]) where visibleRowIndices.contains(row) {
            drawPupilRow(row, into: &buffer)
        }
        placeCursor(in: &buffer)
    }

    private func placeCursor(in buffer: inout ScreenBuffer) {
        if sheet.pupils.indices.contains(cursorRow), sheet.columns.indices.contains(cursorColumn),
           let visible = visibleColumnIndices.firstIndex(of: cursorColumn) {
            buffer.cursor = CursorPosition(row: layout.bodyTop + cursorRow - topRow,
                                           column: layout.cellLeft(visibleIndex: visible - leftColumn) + GridLayout.cellWidth / 2)
        } else {
            buffer.cursor = nil
        }
    }

    private func drawHeaders(into buffer: inout ScreenBuffer) {
        let top = GridLayout.headerTop
        let numberWidth = numberColumnWidth
        buffer.put(TextFitting.fit("№", width: numberWidth, alignment: .right) + " " + pupilHeader,
                   row: top + 2, column: 0, style: .bold, maxWidth: layout.pupilWidth)
        for column in visibleColumnIndices {
            let info = sheet.columns[column]
            let x = layout.cellLeft(visibleIndex: column - leftColumn)
            for (line, text) in info.header.enumerated() {
                var style = CellStyle(bold: line == 0, dim: !info.acceptsEntry)
                if info.isToday, line == 0 { style = CellStyle(bold: true, underline: true, role: .today) }
                if column == cursorColumn { style.reverse = true }
                buffer.putPadded(text, row: top + line, column: x, width: GridLayout.cellWidth, style: style, alignment: .center)
            }
        }
        var x = layout.summaryLeft
        for summary in sheet.summaries {
            buffer.putPadded(summary.title, row: top, column: x + 1, width: summary.width, style: .bold, alignment: .right)
            x += summary.width + 1
        }
    }

    /// «│» between the frozen parts and the scrolling part; «<» or «>» where lessons are hidden.
    private func drawSeparators(into buffer: inout ScreenBuffer) {
        for line in separatorLines {
            drawSeparators(line: line, into: &buffer)
        }
        let marker = GridLayout.headerTop + 1
        if leftColumn > 0 { buffer.put("<", row: marker, column: layout.pupilWidth, style: .bold) }
        if visibleColumnIndices.upperBound < sheet.columns.count {
            buffer.put(">", row: marker, column: layout.summaryLeft - 1, style: .bold)
        }
    }

    /// The screen lines the «│» separators run down: the headers' and the pupils' rows.
    private var separatorLines: ClosedRange<Int> {
        let lastRow = layout.bodyTop + max(0, min(layout.bodyHeight, sheet.pupils.count)) - 1
        return GridLayout.headerTop...max(GridLayout.headerTop + GridLayout.headerRows - 1, lastRow)
    }

    private func drawSeparators(line: Int, into buffer: inout ScreenBuffer) {
        guard separatorLines.contains(line) else { return }
        buffer.put("│", row: line, column: layout.pupilWidth, style: .plain)
        buffer.put("│", row: line, column: layout.summaryLeft - 1, style: .plain)
    }

    private var numberColumnWidth: Int { max(2, String(sheet.pupils.count).count) }

    private func drawPupilRow(_ row: Int, into buffer: inout ScreenBuffer) {
        let y = layout.bodyTop + row - topRow
        let pupil = sheet.pupils[row]
        let isCursorRow = row == cursorRow
        let number = TextFitting.fit(String(pupil.number), width: numberColumnWidth, alignment: .right)
        // A pupil who has left the class by the last lesson shown (a departure or a transfer)
        // stays on the list with their entries, dimmed: the cells after the date take nothing.
        var nameStyle: CellStyle = isCursorRow ? .bold : .plain
        if let lastDay = sheet.columns.last?.date, !pupil.isInClass(on: lastDay) { nameStyle.dim = true }
        buffer.putPadded(number + " " + pupil.name.lastAndFirst, row: y, column: 0, width: layout.pupilWidth, style: nameStyle)
        for column in visibleColumnIndices {
            let info = sheet.columns[column]
            var text = sheet.cells[row][column]
            var style = CellStyle.plain
            if text.isEmpty, pupil.isExempt(on: info.date) {
                // An exemption (ОСВ) covers the lesson: said in the cell, dim, as it takes no mark.
                text = sheet.exemptText
                style = .locked
            } else if !info.acceptsEntry || !pupil.isInClass(on: info.date) {
                // A cell that takes no entry now (not the user's lesson, before the lesson, past
                // its deadline, a pupil not in the class that day) is dim, and shows a dash when
                // empty: a glyph, not a colour, and not a dot, which is a mark («точка»).
                style = .locked
                if text.isEmpty { text = "-" }
            }
            if isCursorRow, column == cursorColumn { style = .selection }
            buffer.putPadded(text, row: y, column: layout.cellLeft(visibleIndex: column - leftColumn),
                             width: GridLayout.cellWidth, style: style, alignment: .center)
        }
        var x = layout.summaryLeft
        for summary in sheet.summaries {
            buffer.putPadded(summary.values[row], row: y, column: x + 1, width: summary.width, alignment: .right)
            x += summary.width + 1
        }
    }
}
