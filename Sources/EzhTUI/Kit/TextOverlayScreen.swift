/// A framed, scrollable text over the current screen: the help, a cell's history, an access-log
/// entry, what is due for every teacher.
final class TextOverlayScreen: Screen {
    private let title: String
    private var lines: [HelpText.Line]
    /// Reads the lines when the overlay is loaded; nil for a text known when it is made.
    private let read: ((Application) throws -> [HelpText.Line])?
    private var top = 0
    private var pageHeight = 10
    /// The lines wrapped to the box so far (a refusal or a rule's message is read whole, never
    /// cut), from the first as far as has been shown or scrolled to: a long text (every
    /// teacher's missing entries) is not wrapped whole to draw its first page.
    private var shown: [HelpText.Line] = []
    /// How many of `lines` are in `shown`.
    private var wrapped = 0
    /// The box width `shown` was wrapped for.
    private var shownWidth = 0

    init(title: String, lines: [HelpText.Line]) {
        self.title = title
        self.lines = lines
        read = nil
    }

    /// An overlay whose lines `read` reads from the journal when it opens; a refused read is said
    /// in the status line and the overlay does not open.
    init(title: String, read: @escaping (Application) throws -> [HelpText.Line]) {
        self.title = title
        lines = []
        self.read = read
    }

    func load(app: Application) {
        guard let read else { return }
        do {
            lines = try read(app)
        } catch {
            refuse(.error(app.message(for: error)), app: app)
        }
    }

    var context: KeyContext { .help }
    var isOverlay: Bool { true }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let height = buffer.rows - 2
        let width = buffer.columns - 4
        Chrome.drawBox(&buffer, top: 1, left: 2, height: height, width: width, title: title)
        pageHeight = height - 3
        if shownWidth != width {
            shown = []
            wrapped = 0
            shownWidth = width
        }
        wrap(through: top + pageHeight + 1)
        top = min(top, max(0, shown.count - pageHeight))
        for (offset, line) in shown.dropFirst(top).prefix(pageHeight).enumerated() {
            buffer.put(line.text, row: 2 + offset, column: 4, style: line.isTitle ? .title : .plain, maxWidth: width - 4)
        }
        let more = top + pageHeight < shown.count ? " ▾" : ""
        let close = app.keymap.effectiveKeys(for: .cancel, in: context).first.map(KeyName.name) ?? "Esc"
        buffer.put(app.strings.closeHint(close) + more, row: height - 1, column: 4, style: CellStyle(dim: true), maxWidth: width - 4)
        buffer.cursor = nil
    }

    /// Wraps further lines until `shown` holds `count` of them or every line.
    private func wrap(through count: Int) {
        guard shownWidth > 0 else { return } // not drawn yet: no width to wrap to
        let room = shownWidth - 4
        while shown.count < count, wrapped < lines.count {
            let line = lines[wrapped]
            wrapped += 1
            guard line.text.displayWidth > room else {
                shown.append(line)
                continue
            }
            for (index, part) in TextFitting.wrap(line.text, width: room - 2).enumerated() {
                shown.append(HelpText.Line(text: (index == 0 ? "" : "  ") + part, isTitle: line.isTitle))
            }
        }
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .moveUp: top = max(0, top - 1)
        case .moveDown:
            wrap(through: top + 1 + pageHeight)
            top = min(max(0, shown.count - pageHeight), top + 1)
        case .pageUp: top = max(0, top - pageHeight)
        case .pageDown:
            wrap(through: top + 2 * pageHeight)
            top = min(max(0, shown.count - pageHeight), top + pageHeight)
        case .cancel, .confirm, .help: app.dismiss(self)
        default: return false
        }
        return true
    }
}

/// The help overlay for the live keymap.
enum HelpScreen {
    static func make(keymap: Keymap, strings: Strings, calledFrom context: KeyContext?) -> TextOverlayScreen {
        TextOverlayScreen(title: strings.helpTitle(keymap.name), lines: HelpText.lines(for: keymap, strings: strings, first: context))
    }
}
