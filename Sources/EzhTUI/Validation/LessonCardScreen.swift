import EzhCore
import EzhService

/// The card of one lesson over the grid or the start screen: when it is, its topic and homework
/// as fields to type into (Cyrillic and all), each with its own deadline, and whether
/// attendance is taken. Enter saves what changed through the service; F5 says everyone was there.
final class LessonCardScreen: Screen {
    private enum Field: Int, CaseIterable { case topic, homework }

    private let lessonID: LessonID
    private var card: LessonCard
    private var topic = TextField(limit: .topic)
    private var homework = TextField(limit: .homework)
    private var focus = Field.topic
    /// Esc was pressed once with unsaved text: a second Esc closes without saving.
    private var warnedUnsaved = false
    private var fieldRows: [Int: Field] = [:]

    private init(card: LessonCard) {
        lessonID = card.lesson.lessonID
        self.card = card
        topic.set(card.lesson.topic)
        homework.set(card.homework)
    }

    /// Reads the lesson and shows its card; a refusal to read goes to the status line.
    static func open(lesson: LessonID, app: Application) {
        guard let session = app.session else { return }
        do {
            app.push(LessonCardScreen(card: try app.backend.lessonCard(session, lesson: lesson)))
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    var context: KeyContext { .card }
    var isOverlay: Bool { true }

    private var hasChanges: Bool { topic.text != card.lesson.topic || homework.text != card.homework }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let width = min(buffer.columns - 4, 76)
        let height = 14
        let top = max(1, (buffer.rows - 2 - height) / 2)
        let left = (buffer.columns - width) / 2
        let inner = width - 4
        let x = left + 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: strings.lessonCardTitle(card.lesson.page.title))
        let lesson = card.lesson
        buffer.put(strings.lessonCardWhen(lesson.date, number: lesson.lessonNumber, start: lesson.start, end: lesson.end, room: lesson.room),
                   row: top + 1, column: x, style: .bold, maxWidth: inner)
        fieldRows = [:]
        let fields: [(Field, String, TextField, LessonCard.Terms, Int)] = [
            (.topic, strings.topicLabel, topic, card.topicTerms, top + 3),
            (.homework, strings.homeworkLabel, homework, card.homeworkTerms, top + 6),
        ]
        for (field, label, value, terms, row) in fields {
            let focused = field == focus
            // «▸» and bold mark the field being typed in, so it reads without colour.
            let labelWidth = buffer.put((focused ? "▸ " : "  ") + label, row: row, column: x, style: focused ? .bold : .plain, maxWidth: inner)
            drawDeadline(terms, row: row, from: x + labelWidth, to: x + inner, into: &buffer, app: app)
            buffer.putPadded(value.visible(width: inner - 2, secret: false), row: row + 1, column: x + 2, width: inner - 2,
                             style: CellStyle(underline: true))
            fieldRows[row] = field
            fieldRows[row + 1] = field
            if focused {
                buffer.cursor = CursorPosition(row: row + 1, column: x + 2 + value.visible(width: inner - 2, secret: false).displayWidth)
            }
        }
        let attendanceWidth = buffer.put("  " + strings.attendanceLabel, row: top + 9, column: x, maxWidth: inner)
        drawDeadline(card.attendanceTerms, row: top + 9, from: x + attendanceWidth, to: x + inner, into: &buffer, app: app)
        buffer.put("    " + (card.attendanceTaken ? strings.attendanceTaken : strings.attendanceNotTaken), row: top + 10, column: x,
                   maxWidth: inner)
        let key = { (action: Action, fallback: String) in
            app.keymap.effectiveKeys(for: action, in: self.context).first.map(KeyName.name) ?? fallback
        }
        buffer.put(strings.cardHint(save: key(.confirm, "Enter"), allPresent: key(.allPresent, "F5"), close: key(.cancel, "Esc")),
                   row: top + height - 2, column: x, style: CellStyle(dim: true), maxWidth: inner)
    }

    /// The field's deadline at the right end of its label row; bold when it no longer takes
    /// an entry, so the reason a save would fail is in sight.
    private func drawDeadline(
        _ terms: LessonCard.Terms, row: Int, from left: Int, to right: Int, into buffer: inout ScreenBuffer, app: Application
    ) {
        let now = app.backend.now()
        let status = CellEntryStatus(isEditable: card.isEditable, window: terms.window, permission: terms.permission, at: now)
        guard let text = app.strings.entryStatus(status, zone: app.backend.timeZone, now: now) else { return }
        let shown = TextFitting.truncate(text, to: right - left - 2)
        buffer.put(shown, row: row, column: right - shown.displayWidth, style: status.acceptsEntry ? .plain : .bold)
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let field = fieldRows[row] { focus = field }
            return
        }
        if key.typedCharacter != nil || key == .backspace {
            guard card.isEditable else {
                app.status = .error(app.strings.cardReadOnly)
                return
            }
            warnedUnsaved = false
            switch focus {
            case .topic: _ = topic.edit(with: key)
            case .homework: _ = homework.edit(with: key)
            }
            return
        }
        guard let action = app.keymap.action(for: key, in: context) else { return }
        app.dispatch(action, to: self)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm: save(app: app)
        case .nextField, .moveDown: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
        case .prevField, .moveUp: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case .allPresent: confirmAttendance(app: app)
        case .cancel, .back:
            if hasChanges, !warnedUnsaved {
                warnedUnsaved = true
                app.status = .info(app.strings.unsavedChanges)
            } else {
                app.dismiss(self)
            }
        default: return false
        }
        return true
    }

    // MARK: Writing

    /// Saves the changed fields one by one. A refusal keeps the card open on that field with
    /// the reason in the status line; when all went through the card closes and says what was
    /// saved (and any warning about the text).
    private func save(app: Application) {
        guard let session = app.session else { return }
        guard hasChanges else {
            app.dismiss(self)
            app.status = .info(app.strings.nothingChanged)
            return
        }
        var saved: [String] = []
        var warnings: [String] = []
        let writes: [(Field, String, String, (String) throws -> String?)] = [
            (.topic, app.strings.topicLabel, card.lesson.topic,
             { try app.backend.setTopic(session, lesson: self.lessonID, topic: $0) }),
            (.homework, app.strings.homeworkLabel, card.homework,
             { try app.backend.setHomework(session, lesson: self.lessonID, homework: $0) }),
        ]
        for (field, name, old, write) in writes {
            let text = field == .topic ? topic.text : homework.text
            guard text != old else { continue }
            do {
                if let warning = try write(text) { warnings.append(warning) }
                saved.append(name)
            } catch {
                focus = field
                reload(app: app, keeping: true)
                let done = saved.isEmpty ? "" : app.strings.savedFields(saved) + ". "
                app.status = .error(done + app.message(for: error))
                return
            }
        }
        app.dismiss(self)
        let message = ([app.strings.savedFields(saved)] + warnings).joined(separator: ". ")
        app.status = warnings.isEmpty ? .info(message) : .error(message)
    }

    private func confirmAttendance(app: Application) {
        guard let session = app.session else { return }
        do {
            try app.backend.confirmAttendance(session, lesson: lessonID)
            reload(app: app, keeping: true)
            app.status = .info(app.strings.allPresentDone)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    /// Reads the card again (what was saved, the attendance flag, fresh terms); the text being
    /// typed stays when `keeping`.
    private func reload(app: Application, keeping: Bool) {
        guard let session = app.session, let fresh = try? app.backend.lessonCard(session, lesson: lessonID) else { return }
        let (typedTopic, typedHomework) = (topic.text, homework.text)
        card = fresh
        topic.set(keeping ? typedTopic : fresh.lesson.topic)
        homework.set(keeping ? typedHomework : fresh.homework)
    }
}
