import EzhCore
import EzhService

/// The session's threads, the latest first, with their unread counts: Enter opens one, «Написать»
/// starts a new one. Staff, parents and pupils share it; whom one may write to is the service's.
/// While the terminal is idle it takes in messages other terminals sent.
final class MessagesScreen: Screen {
    private var threads: [MessageThreadSummary] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]
    /// The unread count the list was read at: a change while idle reads the list again.
    private var unreadSeen = 0

    var context: KeyContext { .messages }

    func load(app: Application) {
        reload(app: app, refuseOnError: true)
    }

    func resume(app: Application) {
        reload(app: app, refuseOnError: false)
    }

    func refresh(app: Application) {
        guard let session = app.session, let unread = try? app.backend.unreadMessageCount(session), unread != unreadSeen else { return }
        reload(app: app, refuseOnError: false)
    }

    private func reload(app: Application, refuseOnError: Bool) {
        guard let session = app.session else { return }
        let selectedID = selected?.id
        do {
            threads = try app.backend.messageThreads(session)
            unreadSeen = threads.reduce(0) { $0 + $1.unreadCount }
        } catch {
            if refuseOnError { return refuse(.error(app.message(for: error)), app: app) }
            app.status = .error(app.message(for: error))
        }
        list.count = threads.count
        if let selectedID, let index = threads.firstIndex(where: { $0.id == selectedID }) { list.select(index) }
    }

    private var selected: MessageThreadSummary? { threads.indices.contains(list.selected) ? threads[list.selected] : nil }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        buffer.cursor = nil
        Chrome.drawTitleBar(&buffer, left: strings.messagesTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.put(strings.threadListHeader, row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        if threads.isEmpty { buffer.put(strings.noThreads, row: 3, column: 2, style: CellStyle(dim: true)) }
        let zone = app.backend.timeZone
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            strings.threadLine(self.threads[index], zone: zone)
        }, style: { self.threads[$0].unreadCount > 0 ? .bold : .plain })
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: [.open, .newMessage, .back, .help], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key, let index = rowIndexes[row], index == list.selected { return open(app: app) }
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .open, .confirm: open(app: app)
        case .newMessage: MessageCompose.start(app: app) { [weak self] in self?.reload(app: app, refuseOnError: false) }
        default: return false
        }
        return true
    }

    private func open(app: Application) {
        guard let selected else { return }
        app.push(MessageThreadScreen(thread: selected.id))
    }
}
