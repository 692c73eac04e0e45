import EzhService

/// The list every school-year screen shows: its rows as the backend read them, the selection,
/// and which item each screen row holds (for mouse clicks).
struct RecordList<Item> {
    private(set) var items: [Item] = []
    var list = SelectableList()
    private(set) var itemRows: [Int: Int] = [:]

    /// Reads the rows again; a refusal leaves `screen` with the reason on the status line.
    mutating func reload(on screen: Screen, app: Application, _ fetch: (Session) throws -> [Item]) {
        guard let session = app.session else { return }
        do {
            items = try fetch(session)
        } catch {
            return screen.refuse(.error(app.message(for: error)), app: app)
        }
        list.count = items.count
    }

    /// Draws one line per item between the title bar and the status line. `text` is given the
    /// item, not its index: it must not read this list back while the list draws itself.
    mutating func draw(into buffer: inout ScreenBuffer, text: (Item) -> String) {
        let items = items
        itemRows = list.draw(into: &buffer, row: 2, height: buffer.rows - 4, left: 1, width: buffer.columns - 2,
                             text: { text(items[$0]) }, selectedStyle: { _ in .selection })
    }
}
