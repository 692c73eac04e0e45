import EzhCore

/// The unread count a home screen shows («✉ 2 новых сообщения — C-w»), right-aligned on its
/// line; nothing when all is read. Reading it is a count, not anybody's data, so it may be read
/// again whenever the terminal is idle.
struct UnreadMessages {
    private(set) var count = 0

    mutating func load(app: Application) {
        guard let session = app.session else { return }
        count = (try? app.backend.unreadMessageCount(session)) ?? count
    }

    func draw(into buffer: inout ScreenBuffer, row: Int, context: KeyContext, app: Application) {
        guard count > 0 else { return }
        let key = app.keymap.effectiveKeys(for: .messages, in: context).first.map(KeyName.name) ?? ""
        let text = app.strings.unreadMessages(count, key: key)
        buffer.put(text, row: row, column: max(1, buffer.columns - 1 - text.displayWidth), style: .bold)
    }
}
