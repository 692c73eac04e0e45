import EzhCore
import EzhTUI
import Foundation

/// The package's own Keymaps/ folder, found from this file's path.
let keymapFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Keymaps").path

/// An application on the fake journal, driven key by key and rendered on demand.
final class TestApp {
    let journal = FakeJournal()
    let app: Application
    var size = TerminalSize(rows: 24, columns: 80)

    init(userKeymap: String? = nil) {
        app = Application(backend: journal, keymaps: KeymapLoader(directories: [keymapFolder], userFile: userKeymap), language: .ru)
    }

    func press(_ keys: Key...) { keys.forEach(app.handle) }
    func type(_ text: String) { Key.typing(text).forEach(app.handle) }

    var screen: ScreenBuffer { app.render(size: size) }
    var text: String { screen.text() }
    /// The status line, second from the bottom.
    var status: String { screen.line(size.rows - 2).trimmingCharacters(in: .whitespaces) }

    func signIn() {
        type("teacher")
        press(.enter)
        type("demo")
        press(.enter)
    }

    /// Signs in and opens 5А mathematics from today's lesson: cursor on 27.11, first pupil.
    func openMathGrid() {
        signIn()
        press(.enter)
    }
}
