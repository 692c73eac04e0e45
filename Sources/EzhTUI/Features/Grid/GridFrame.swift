import EzhCore

/// The grid's last frame as `GridView` drew it, kept so that the frame after a key draws again
/// only the rows whose text or cursor changed: typing a mark changes one row and moves the cursor
/// to the next, and drawing every pupil's row for it cost more than the checks of the mark.
/// Everything else a frame shows is compared by value, so nothing can go stale: any other
/// difference (size, scroll, headers, pupils, language) draws the frame anew.
struct GridFrame {
    /// What every row of the frame depends on besides its own cells and the cursor.
    struct Key: Equatable {
        let rows: Int
        let columns: Int
        let language: Language
        let topRow: Int
        let leftColumn: Int
        let cursorColumn: Int
        let pupilHeader: String
        let pupils: [GridPupil]
        let headers: [GridSheet.Column]
        let summaryTitles: [String]
        let summaryWidths: [Int]

        init(buffer: ScreenBuffer, language: Language, view: GridView) {
            rows = buffer.rows
            columns = buffer.columns
            self.language = language
            topRow = view.topRow
            leftColumn = view.leftColumn
            cursorColumn = view.cursorColumn
            pupilHeader = view.pupilHeader
            pupils = view.sheet.pupils
            headers = view.sheet.columns
            summaryTitles = view.sheet.summaries.map(\.title)
            summaryWidths = view.sheet.summaries.map(\.width)
        }
    }

    let key: Key
    let sheet: GridSheet
    let cursorRow: Int
    /// The whole frame as the grid drew it, title, status and key bars included (they are drawn
    /// again over it; the status line's second line may cover a pupil's row, drawn again too).
    let buffer: ScreenBuffer

    /// The rows to draw again for `view` over this frame: the cursor's old and new rows and
    /// every row whose cells or summaries differ.
    func changedRows(for view: GridView) -> Set<Int> {
        var rows: Set<Int> = []
        if view.cursorRow != cursorRow { rows = [cursorRow, view.cursorRow] }
        for row in view.sheet.pupils.indices where view.sheet.cells[row] != sheet.cells[row]
            || zip(view.sheet.summaries, sheet.summaries).contains(where: { $0.values[row] != $1.values[row] }) {
            rows.insert(row)
        }
        return rows
    }
}
