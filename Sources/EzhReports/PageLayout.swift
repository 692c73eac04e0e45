import EzhCore

/// Where everything of a report goes on its pages: the page head and foot, the table split into
/// pages by measured row heights (header rows on every page), then the closing block.
struct PageLayout {
    /// A table row, the chart or the closing block, in page order.
    enum Piece {
        case row([ReportDocument.Cell], height: Double, isFooter: Bool)
        case chart(height: Double)
        case closing(height: Double)
    }

    let document: ReportDocument
    let width: Double
    let height: Double
    let canvas: Canvas
    /// Where the layout's box starts on the sheet: (0, 0) for a whole page; further down for the
    /// second letter of a sheet of parent letters.
    var originX = 0.0
    var originY = 0.0
    /// Whether the foot carries «стр. N из M» (not on a letter that is cut out).
    var isNumbered = true

    var left: Double { originX + PDFRenderer.margin }
    var top: Double { originY + PDFRenderer.margin }

    var tableSize: Double { document.orientation == .landscape ? 7.5 : 8.5 }
    let textSize = 10.0
    var contentWidth: Double { width - 2 * PDFRenderer.margin }
    var columnWidths: [Double] {
        let total = document.columns.map(\.weight).reduce(0, +)
        return document.columns.map { contentWidth * $0.weight / max(total, 1) }
    }

    /// The page head: school, title, class and period, print date.
    var headHeight: Double { 3 * (textSize * 1.6) + 8 }
    var footHeight: Double { 20 }
    var tableTop: Double { top + headHeight }
    var tableBottom: Double { originY + height - PDFRenderer.margin - footHeight }
    let chartGap = 12.0
    var headerRowsHeight: Double { document.headerRows.map { rowHeight($0, bold: true, isHeader: true) }.reduce(0, +) }

    func rowHeight(_ cells: [ReportDocument.Cell], bold: Bool, isHeader: Bool = false) -> Double {
        let tallest = boxes(cells, isHeader: isHeader).map { box in
            canvas.height(box.text, size: tableSize, bold: bold, width: box.width - 2 * PDFRenderer.cellPadding)
        }.max() ?? 0
        return tallest + 2 * PDFRenderer.cellPadding
    }

    /// The cells of a row as drawn, each with its left edge and width. In a header row a text
    /// cell spans the empty cells after it, so a group's head (a subject over its period columns,
    /// a month over its three) is one box with room for its name.
    func boxes(_ cells: [ReportDocument.Cell], isHeader: Bool) -> [(x: Double, width: Double, column: Int, text: String)] {
        let widths = columnWidths
        var boxes: [(x: Double, width: Double, column: Int, text: String)] = []
        var x = left
        for (column, width) in widths.enumerated() {
            let cell = column < cells.count ? cells[column] : .empty
            if isHeader, cell == .empty, let last = boxes.last, !last.text.isEmpty, column < cells.count {
                boxes[boxes.count - 1].width += width
            } else {
                boxes.append((x: x, width: width, column: column, text: column < cells.count ? cell.text : ""))
            }
            x += width
        }
        return boxes
    }

    var closingLines: [String] {
        document.notes + document.signatures.map { $0.text(blank: 20) } + (document.hasSeal ? ["М.П."] : [])
    }

    var closingHeight: Double {
        12 + closingLines.map { canvas.height($0, size: textSize, width: contentWidth) + 10 }.reduce(0, +)
    }

    /// The pieces of each page: rows fill a page below the repeated header rows; the closing block
    /// goes where it fits whole, or on the next page with the table's last rows.
    func paginate() -> [[Piece]] {
        let pieces = document.bodyRows.map { Piece.row($0, height: rowHeight($0, bold: false), isFooter: false) }
            + document.footerRows.map { Piece.row($0, height: rowHeight($0, bold: true), isFooter: true) }
        var pages: [[Piece]] = [[]]
        var y = tableTop + headerRowsHeight
        for piece in pieces {
            guard case .row(_, let rowHeight, _) = piece else { continue }
            if y + rowHeight > tableBottom, !pages[pages.count - 1].isEmpty {
                pages.append([])
                y = tableTop + headerRowsHeight
            }
            pages[pages.count - 1].append(piece)
            y += rowHeight
        }
        if document.chart != nil {
            // The chart goes whole under the table, or at the top of the next page.
            let chartHeight = ChartDrawing.height + chartGap
            if y + chartHeight > tableBottom {
                pages.append([])
                y = tableTop
            }
            pages[pages.count - 1].append(.chart(height: chartHeight))
            y += chartHeight
        }
        if y + closingHeight > tableBottom {
            // Signatures never stand alone on a page: the table's last rows go with them.
            let carried = Array(pages[pages.count - 1].suffix(min(3, max(pages[pages.count - 1].count - 1, 0))))
            pages[pages.count - 1].removeLast(carried.count)
            pages.append(carried)
        }
        pages[pages.count - 1].append(.closing(height: closingHeight))
        return pages
    }

    func drawPage(rows: [Piece], number: Int, of count: Int) {
        drawHead()
        var y = tableTop
        let hasRows = rows.contains { if case .row = $0 { true } else { false } }
        if hasRows {
            for header in document.headerRows {
                y += drawRow(header, at: y, height: rowHeight(header, bold: true, isHeader: true), bold: true, shade: 0.9, isHeader: true)
            }
        }
        for piece in rows {
            switch piece {
            case .row(let cells, let rowHeight, let isFooter):
                y += drawRow(cells, at: y, height: rowHeight, bold: isFooter, shade: isFooter ? 0.95 : nil)
            case .chart(let chartHeight):
                if let chart = document.chart {
                    ChartDrawing(chart: chart, canvas: canvas).draw(x: left, y: y + chartGap, width: contentWidth)
                }
                y += chartHeight
            case .closing:
                drawClosing(at: y + 12)
            }
        }
        if isNumbered {
            canvas.draw(
                "стр. \(number) из \(count)", x: left, y: originY + height - PDFRenderer.margin - 12,
                width: contentWidth, size: 8, alignment: .trailing
            )
        }
    }

    private func drawHead() {
        let title = document.titleBlock
        let x = left
        let line = textSize * 1.6
        var y = top
        canvas.draw(title.school, x: x, y: y, width: contentWidth * 0.7, size: textSize)
        canvas.draw("Дата печати: \(title.printDate.russian)", x: x, y: y, width: contentWidth, size: textSize, alignment: .trailing)
        y += line
        canvas.draw(title.title, x: x, y: y, width: contentWidth, size: textSize + 2, bold: true, alignment: .center)
        y += line
        let scope = [title.className.isEmpty ? "" : "Класс: \(title.className)", "Период: \(title.period)"].filter { !$0.isEmpty }
        canvas.draw(scope.joined(separator: "    "), x: x, y: y, width: contentWidth, size: textSize, alignment: .center)
    }

    @discardableResult
    private func drawRow(
        _ cells: [ReportDocument.Cell], at y: Double, height rowHeight: Double, bold: Bool, shade: Double?, isHeader: Bool = false
    ) -> Double {
        for box in boxes(cells, isHeader: isHeader) {
            canvas.rectangle(x: box.x, y: y, width: box.width, height: rowHeight, fill: shade)
            let alignment = bold ? .center : document.columns[box.column].alignment
            canvas.draw(
                box.text, x: box.x + PDFRenderer.cellPadding, y: y + PDFRenderer.cellPadding,
                width: box.width - 2 * PDFRenderer.cellPadding, size: tableSize, bold: bold, alignment: alignment
            )
        }
        return rowHeight
    }

    private func drawClosing(at top: Double) {
        var y = top
        for text in closingLines {
            y += canvas.draw(text, x: left, y: y, width: contentWidth, size: textSize) + 10
        }
    }
}
