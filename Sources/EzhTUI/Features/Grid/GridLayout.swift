/// Where the parts of a grid go on a screen of a given size: the frozen pupil column at the
/// left, the frozen summary columns at the right, the scrolling lesson columns between, the
/// frozen header rows above. All in display columns.
struct GridLayout {
    static let cellWidth = 5
    /// A cell and the space before it.
    static let slotWidth = cellWidth + 1
    static let headerTop = 2
    static let headerRows = 3

    let bodyTop: Int
    let bodyHeight: Int
    let pupilWidth: Int
    /// Where the first visible lesson column's slot starts (right after the «│» separator).
    let dataLeft: Int
    let visibleColumns: Int
    /// Where the summaries start: each is a space and its value; their «│» is one column to the left.
    let summaryLeft: Int

    init(rows: Int, columns: Int, summaryWidths: [Int]) {
        bodyTop = Self.headerTop + Self.headerRows
        bodyHeight = max(1, rows - bodyTop - 2)
        // About a third of the width for names, within reason: «12 Константинопольская Анна».
        pupilWidth = min(32, max(20, columns * 3 / 10))
        dataLeft = pupilWidth + 1
        let summaryTotal = summaryWidths.reduce(0) { $0 + $1 + 1 }
        summaryLeft = columns - summaryTotal
        visibleColumns = max(1, (summaryLeft - 1 - dataLeft) / Self.slotWidth)
    }

    /// The screen column where a visible lesson column's cell starts.
    func cellLeft(visibleIndex: Int) -> Int { dataLeft + visibleIndex * Self.slotWidth + 1 }

    /// Which visible lesson column a screen column falls in, if any.
    func visibleIndex(atScreenColumn x: Int) -> Int? {
        guard x >= dataLeft, x < dataLeft + visibleColumns * Self.slotWidth else { return nil }
        return (x - dataLeft) / Self.slotWidth
    }
}
