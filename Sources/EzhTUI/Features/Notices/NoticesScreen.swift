import EzhCore
import EzhService

/// The class teacher's notices to parents (instruction 4.2): those the school's schedule
/// prepared for pupils failing a subject or missing lessons without a reason, waiting ones first.
/// The selected notice's whole text is shown under the list; Enter edits it, the send key shows
/// it once more in full and sends only on confirmation, the set-aside key asks why. Nothing is
/// sent that the class teacher has not seen.
final class NoticesScreen: Screen {
    private var classes: [(id: ClassID, name: ClassName)] = []
    private var classIndex = 0
    private var notices: ClassNotices?
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    var context: KeyContext { .notices }

    func load(app: Application) {
        guard let session = app.session else { return app.dismiss(self) }
        do {
            classes = try app.backend.ledClasses(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        guard !classes.isEmpty else { return refuse(.error(app.strings.notAClassTeacher), app: app) }
        readNotices(app: app)
    }

    private var items: [ParentNotice] { notices?.notices ?? [] }

    private var selected: ParentNotice? { items.indices.contains(list.selected) ? items[list.selected] : nil }

    /// Reads the class's notices (preparing the round's when it is due) and keeps the selection
    /// on the same notice where it is still listed.
    private func readNotices(app: Application) {
        guard let session = app.session, classes.indices.contains(classIndex) else { return }
        let keep = selected?.id
        do {
            notices = try app.backend.classNotices(session, classID: classes[classIndex].id)
        } catch {
            notices = nil
            app.status = .error(app.message(for: error))
        }
        list.count = items.count
        if let keep, let index = items.firstIndex(where: { $0.id == keep }) { list.select(index) }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        guard classes.indices.contains(classIndex) else { return }
        Chrome.drawTitleBar(&buffer, left: strings.noticesTitle(classes[classIndex].name), right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        if let notices { buffer.put(strings.noticesHeader(notices), row: 1, column: 1, style: .bold, maxWidth: buffer.columns - 2) }
        let room = buffer.rows - 6
        let listHeight = max(3, min(items.count, room / 2))
        if items.isEmpty, notices?.round != nil { buffer.put(strings.noNotices, row: 3, column: 1, maxWidth: buffer.columns - 2) }
        rowIndexes = list.draw(into: &buffer, row: 3, height: listHeight, text: { index in
            let notice = self.items[index]
            return strings.noticeLine(notice, sentOn: notice.sentAt.map { app.backend.timeZone.localDate(of: $0) })
        }, style: { index in
            self.items[index].state == .draft ? CellStyle(bold: true) : CellStyle(dim: true)
        })
        if let notice = selected {
            let top = 3 + listHeight + 1
            buffer.put(String(repeating: "─", count: buffer.columns - 2), row: top, column: 1, style: CellStyle(dim: true))
            let text = TextFitting.wrapParagraphs(notice.text, width: buffer.columns - 4)
            for (offset, line) in text.prefix(max(0, buffer.rows - 3 - top - 1)).enumerated() {
                buffer.put(line, row: top + 1 + offset, column: 2, maxWidth: buffer.columns - 4)
            }
        }
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: [.open, .sendNotice, .dismissNotice, .chooseClass, .back, .help], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .open: edit(app: app)
        case .sendNotice: send(app: app)
        case .dismissNotice: dismiss(app: app)
        case .chooseClass: chooseClass(app: app)
        default: return false
        }
        return true
    }

    /// The selected notice if it still waits; otherwise the status says so.
    private func waiting(app: Application) -> ParentNotice? {
        guard let notice = selected else { return nil }
        guard notice.state == .draft else {
            app.status = .error(app.strings.noticeNotWaiting)
            return nil
        }
        return notice
    }

    /// The whole text to edit, its paragraphs as they are.
    private func edit(app: Application) {
        guard let notice = waiting(app: app) else { return }
        let form = TextAreaScreen(title: app.strings.noticeTextTitle(notice.pupilName), lead: [notice.reasons],
                                  textLabel: app.strings.messageBodyLabel, text: notice.text, limit: .noticeText,
                                  confirmLabel: app.strings.saveTextLabel) { [weak self] _, text, app in
            guard let session = app.session else { return .close }
            do {
                try app.backend.editNotice(session, notice: notice.id, text: text)
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            return .close { app in
                self?.readNotices(app: app)
                app.status = .info(app.strings.noticeSaved)
            }
        }
        app.push(form)
    }

    /// Shows the whole text as the parents will read it; only the confirm key sends it.
    private func send(app: Application) {
        guard let notice = waiting(app: app) else { return }
        app.push(ConfirmScreen(title: app.strings.sendNoticeTitle(notice.pupilName), question: notice.text,
                               lead: app.strings.sendNoticeHint, width: 78) { [weak self] app in
            guard let session = app.session else { return }
            do {
                try app.backend.sendNotice(session, notice: notice.id, text: notice.text)
                app.status = .info(app.strings.noticeSent(notice.pupilName))
            } catch {
                app.status = .error(app.message(for: error))
            }
            self?.readNotices(app: app)
        })
    }

    private func dismiss(app: Application) {
        guard let notice = waiting(app: app) else { return }
        app.push(FormPromptScreen(title: app.strings.dismissReasonTitle, body: [notice.pupilName.lastAndFirst + ": " + notice.reasons],
                                  label: "", initial: "", limit: .reason) { [weak self] reason, app in
            guard let session = app.session else { return .close }
            do {
                try app.backend.dismissNotice(session, notice: notice.id, reason: reason)
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            return .close { app in
                self?.readNotices(app: app)
                app.status = .info(app.strings.noticeDismissed(notice.pupilName))
            }
        })
    }

    private func chooseClass(app: Application) {
        guard classes.count > 1 else { return }
        app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.name.description), selected: classIndex) { [weak self] index, app in
            guard let self else { return }
            self.classIndex = index
            self.list.select(0)
            self.readNotices(app: app)
        })
    }
}
