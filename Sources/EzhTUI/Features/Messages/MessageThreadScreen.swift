import EzhCore
import EzhService

/// One thread: each message with its author and time, its earlier texts when it was corrected,
/// and who read its current text when (and who has not yet). Opening it is the reader's receipt.
/// «Ответить» writes in the thread; «Исправить» corrects one's own last message (a new version:
/// the old text stays shown).
final class MessageThreadScreen: Screen {
    private let threadID: MessageThreadID
    private var thread: MessageThread?
    private var top = 0
    private var pageHeight = 1
    /// Scroll to the newest message on the next draw.
    private var toBottom = true
    private var unreadSeen = 0

    init(thread: MessageThreadID) {
        threadID = thread
    }

    var context: KeyContext { .messages }

    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            thread = try app.backend.openMessageThread(session, threadID)
            unreadSeen = (try? app.backend.unreadMessageCount(session)) ?? 0
        } catch {
            refuse(.error(app.message(for: error)), app: app)
        }
    }

    /// A new message anywhere changes the unread count; only then is the thread read again, so
    /// an idle terminal does not fill the access log.
    func refresh(app: Application) {
        guard let session = app.session, let unread = try? app.backend.unreadMessageCount(session), unread != unreadSeen else { return }
        reopen(app: app)
    }

    private func reopen(app: Application) {
        guard let session = app.session else { return }
        do {
            thread = try app.backend.openMessageThread(session, threadID)
            unreadSeen = (try? app.backend.unreadMessageCount(session)) ?? 0
            toBottom = true
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        buffer.cursor = nil
        Chrome.drawTitleBar(&buffer, left: thread.map(strings.threadTitle) ?? strings.messagesTitle, right: app.userAndClock(nameStyle: .initials))
        let width = buffer.columns - 2
        if let thread {
            buffer.put(strings.threadMembers(thread.members), row: 1, column: 1, style: CellStyle(dim: true), maxWidth: width)
        }
        let lines = self.lines(width: width, app: app)
        let bodyTop = 3
        pageHeight = max(1, buffer.rows - 2 - bodyTop)
        if toBottom {
            top = max(0, lines.count - pageHeight)
            toBottom = false
        }
        top = max(0, min(top, lines.count - pageHeight))
        for (offset, line) in lines.dropFirst(top).prefix(pageHeight).enumerated() {
            buffer.put(line.text, row: bodyTop + offset, column: 1, style: line.style, maxWidth: width)
        }
        let fallback = top + pageHeight < lines.count ? strings.moreBelow(key: key(.pageDown, app)) : ""
        Chrome.drawStatus(&buffer, message: app.status, fallback: fallback)
        Chrome.drawKeyBar(&buffer, actions: [.reply, .correctMessage, .back, .help], context: context, app: app)
    }

    private func key(_ action: Action, _ app: Application) -> String {
        app.keymap.effectiveKeys(for: action, in: context).first.map(KeyName.name) ?? ""
    }

    private struct Line {
        let text: String
        let style: CellStyle
    }

    private func lines(width: Int, app: Application) -> [Line] {
        guard let thread else { return [] }
        let strings = app.strings
        let zone = app.backend.timeZone
        let me = app.session?.accountID
        var lines: [Line] = []
        for message in thread.messages {
            lines.append(Line(text: strings.messageHeading(message, zone: zone), style: message.author.account == me ? .bold : .title))
            for line in TextFitting.wrapParagraphs(message.body, width: width - 2) { lines.append(Line(text: "  " + line, style: .plain)) }
            if message.isCorrected, let current = message.versions.last {
                lines.append(Line(text: "  " + strings.correctedAt(current, zone: zone), style: CellStyle(dim: true)))
                for version in message.versions.dropLast().reversed() {
                    for line in TextFitting.wrapParagraphs(version.body, width: width - 4) {
                        lines.append(Line(text: "    " + line, style: CellStyle(dim: true)))
                    }
                }
            }
            let read = message.currentReceipts.filter { $0.reader.account != message.author.account }
            let unread = thread.members.filter { member in
                member.account != message.author.account && !read.contains { $0.reader.account == member.account }
            }
            let receipts = strings.receiptsLine(read: read, unread: unread, zone: zone)
            if !receipts.isEmpty {
                for line in TextFitting.wrap(receipts, width: width - 2) { lines.append(Line(text: "  " + line, style: CellStyle(dim: true))) }
            }
            lines.append(Line(text: "", style: .plain))
        }
        return lines
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .moveUp: top = max(0, top - 1)
        case .moveDown: top += 1
        case .pageUp: top = max(0, top - pageHeight)
        case .pageDown: top += pageHeight
        case .reply: reply(app: app)
        case .correctMessage: correct(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    private func reply(app: Application) {
        guard let session = app.session else { return }
        let strings = app.strings
        app.push(TextAreaScreen(title: strings.replyTitle, lead: [thread?.subject ?? ""], textLabel: strings.messageBodyLabel,
                                limit: .messageBody, confirmLabel: strings.sendTextLabel) { [weak self] _, body, app in
            guard let self else { return .close }
            do {
                try app.backend.replyToMessageThread(session, self.threadID, body: body)
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            self.reopen(app: app)
            return .close { $0.status = .info(strings.replySent) }
        })
    }

    /// Corrects the session's own newest message in the thread.
    private func correct(app: Application) {
        guard let session = app.session else { return }
        let mine = thread?.messages.filter { $0.author.account == session.accountID } ?? []
        guard let own = mine.last else {
            app.status = .error(app.strings.noOwnMessageToCorrect)
            return
        }
        let strings = app.strings
        app.push(TextAreaScreen(title: strings.correctTitle, textLabel: strings.messageBodyLabel, text: own.body,
                                limit: .messageBody, confirmLabel: strings.saveTextLabel) { [weak self] _, body, app in
            guard let self else { return .close }
            do {
                try app.backend.correctMessage(session, own.id, body: body)
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            self.reopen(app: app)
            return .close { $0.status = .info(strings.messageCorrected) }
        })
    }
}
