/// A small list over the current screen to choose one thing: a period, a class, a subject, a
/// cell's value. Enter or a click chooses, Esc closes without a change.
final class PickerScreen: Screen {
    private let title: String
    private let items: [String]
    private var list = SelectableList()
    private let onChoose: (Int, Application) -> Void
    /// A key the list does not take (a mark typed ahead), for the caller to answer.
    private let onOtherKey: ((Key, Application) -> Void)?
    private var rowItems: [Int: Int] = [:]

    init(title: String, items: [String], selected: Int = 0, onOtherKey: ((Key, Application) -> Void)? = nil,
         onChoose: @escaping (Int, Application) -> Void) {
        self.title = title
        self.items = items
        self.onChoose = onChoose
        self.onOtherKey = onOtherKey
        list.count = items.count
        list.select(items.indices.contains(selected) ? selected : 0)
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
        rowItems = list.draw(into: &buffer, row: boxTop + 1, height: height - 2, left: left + 1, width: width - 2,
                             text: { self.items[$0] }, selectedStyle: { _ in .selection })
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let item = rowItems[row] {
                list.select(item)
                choose(app: app)
            } else {
                app.dismiss(self)
            }
            return
        }
        if let onOtherKey, app.keymap.commandAction(for: key, in: context) == nil { return onOtherKey(key, app) }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if list.move(action) { return true }
        switch action {
        case .confirm, .open: choose(app: app)
        case .cancel, .back: app.dismiss(self)
        default: return false
        }
        return true
    }

    private func choose(app: Application) {
        guard items.indices.contains(list.selected) else { return }
        app.dismiss(self)
        onChoose(list.selected, app)
    }
}
