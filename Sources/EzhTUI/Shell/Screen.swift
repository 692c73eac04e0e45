/// One screen or overlay of the application. A screen draws itself into the buffer, receives the
/// keys while it is on top, and handles the actions of its key context. Its lifecycle is the
/// `Navigator`'s: made without reading anything, loaded once when it is put on the stack, drawn
/// (from what it holds: no reads while drawing), resumed when the screens above it close,
/// refreshed while the terminal is idle.
protocol Screen: AnyObject {
    var context: KeyContext { get }
    /// Overlays are drawn over the screens below them instead of replacing them.
    var isOverlay: Bool { get }
    func draw(into buffer: inout ScreenBuffer, app: Application)
    func handle(_ key: Key, app: Application)
    /// Handles an action of this screen; false leaves it to the application (help, quit, lock...).
    func perform(_ action: Action, app: Application) -> Bool
    /// Handles a command line command the actions do not cover (such as a pupil's number).
    func runCommand(_ words: [String], app: Application) -> Bool
    /// Reads what the screen shows; the navigator calls it once, right after putting the screen on
    /// the stack. A screen that cannot be shown (a refused read, nothing to show) says why in the
    /// status line and dismisses itself.
    func load(app: Application)
    /// Called when the screens above this one have closed and it is on top again.
    func resume(app: Application)
    /// Called while the terminal is idle, so a screen can take in what other terminals changed.
    func refresh(app: Application)
}

extension Screen {
    var isOverlay: Bool { false }

    func runCommand(_ words: [String], app: Application) -> Bool { false }

    func load(app: Application) {}

    func resume(app: Application) {}

    func refresh(app: Application) {}

    /// Leaves the stack because it cannot be shown, saying why: the status is set after the
    /// screen below has resumed, so the reason is what the user reads.
    func refuse(_ message: StatusMessage, app: Application) {
        app.dismiss(self)
        app.status = message
    }

    /// The usual path of a command key: keymap lookup (with the Russian layout translated),
    /// then this screen, then the application.
    func handleCommandKey(_ key: Key, app: Application) {
        guard let action = app.keymap.commandAction(for: key, in: context) else { return }
        app.dispatch(action, to: self)
    }

    /// A list screen's keys: a click selects the row drawn at the clicked screen line (`rowAt`
    /// maps screen lines to list rows), every other key goes the usual command path.
    func handleListKey(_ key: Key, rowAt: [Int: Int], select: (Int) -> Void, app: Application) {
        if case .mouse(let row, _) = key {
            if let index = rowAt[row] { select(index) }
            return
        }
        handleCommandKey(key, app: app)
    }

    /// A list screen's own actions: the selection moves, and back or cancel close the screen.
    /// False for any other action.
    func performListAction(_ action: Action, list: inout SelectableList, app: Application) -> Bool {
        if list.move(action) { return true }
        guard action == .back || action == .cancel else { return false }
        app.dismiss(self)
        return true
    }
}
