/// A small list over the current screen to choose one thing: a period, a class, a subject, a
/// cell's value. Enter or a click chooses, Esc closes without a change.
final class PickerScreen: Screen {
    private let title: String
    private let items: [String]
    private var selected: Int
    private let onChoose: (Int, Application) -> Void
    private var top = 0
    private var rowItems: [Int: Int] = [:]
    private var pageHeight = 5

    init(title: String, items: [String], selected: Int = 0, onChoose: @escaping (Int, Application) -> Void) {
        self.title = title
        self.items = items
        self.selected = items.indices.contains(selected) ? selected : 0
        self.onChoose = onChoose
    }

    var context: KeyContext { .picker }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let widest = max(title.displayWidth + 4, items.map(\.displayWidth).max() ?? 0)
        let width = min(buffer.columns - 4, max(24, widest + 6))
        let height = min(buffer.rows - 4, items.count + 2)
        let boxTop = max(1, (buffer.rows - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: boxTop, left: left, height: height, width: width, title: title)
        pageHeight = height - 2
        if selected < top { top = selected }
        if selected >= top + pageHeight { top = selected - pageHeight + 1 }
        rowItems = [:]
        for (offset, item) in items.enumerated().dropFirst(top).prefix(pageHeight) {
            let row = boxTop + 1 + offset - top
            rowItems[row] = offset
            let isSelected = offset == selected
            buffer.putPadded((isSelected ? "▸ " : "  ") + item, row: row, column: left + 1, width: width - 2,
                             style: isSelected ? .selection : .plain)
            if isSelected { buffer.cursor = CursorPosition(row: row, column: left + 1) }
        }
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let item = rowItems[row] {
                selected = item
                choose(app: app)
            } else {
                app.dismiss(self)
            }
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .moveUp: selected = max(0, selected - 1)
        case .moveDown: selected = min(items.count - 1, selected + 1)
        case .pageUp: selected = max(0, selected - pageHeight)
        case .pageDown: selected = min(items.count - 1, selected + pageHeight)
        case .confirm, .open: choose(app: app)
        case .cancel, .back: app.dismiss(self)
        default: return false
        }
        return true
    }

    private func choose(app: Application) {
        guard items.indices.contains(selected) else { return }
        app.dismiss(self)
        onChoose(selected, app)
    }
}
