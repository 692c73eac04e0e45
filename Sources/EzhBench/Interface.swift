import EzhService
import EzhTUI
import Foundation

/// The real interface in this process: keys go to the `Application` as a terminal would give
/// them, and each measured step ends with the frame drawn at 100×30, as the person sees it.
final class Interface {
    struct Unexpected: Error, CustomStringConvertible {
        let description: String
    }

    static let size = TerminalSize(rows: 30, columns: 100)
    private let app: Application

    init(service: JournalService, keymaps: KeymapLoader) {
        app = Application(backend: service, keymaps: keymaps, language: .ru)
    }

    /// Presses `keys`, waits for what they started (a report reads on a thread of its own) and
    /// draws the frame that follows; its text.
    @discardableResult
    func act(_ keys: [Key]) -> String {
        keys.forEach(app.handle)
        app.finishWork()
        return app.render(size: Self.size).text()
    }

    /// Presses `keys` and checks that the frame shows `text`: a benchmark that measured a
    /// refusal or the wrong screen would report a figure of nothing.
    func act(_ keys: [Key], expecting text: String, what: String) throws {
        let frame = act(keys)
        guard frame.contains(text) else {
            throw Unexpected(description: "\(what): the screen does not show «\(text)»:\n\(frame)")
        }
    }
}
