/// The selection and scroll position of a list that is taller than its window: the lists of
/// the validation screens (due items, absences, permissions, substitutions) share it so they
/// all move and scroll the same way.
struct ListViewport {
    private(set) var selected = 0
    private(set) var top = 0
    /// The height last drawn, for paging.
    private(set) var height = 1

    mutating func move(by offset: Int, count: Int) {
        selected = max(0, min(count - 1, selected + offset))
    }

    mutating func select(_ index: Int, count: Int) {
        selected = max(0, min(count - 1, index))
    }

    mutating func page(down: Bool, count: Int) { move(by: down ? height : -height, count: count) }

    /// Keeps `line` (the selected item's row in the list's lines) inside a window of `height`
    /// rows; returns the first line to draw.
    mutating func scroll(toLine line: Int, lineCount: Int, height: Int) -> Int {
        self.height = max(1, height)
        if line < top { top = line }
        if line >= top + self.height { top = line - self.height + 1 }
        top = max(0, min(top, max(0, lineCount - self.height)))
        return top
    }
}
