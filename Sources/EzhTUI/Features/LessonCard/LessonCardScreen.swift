import EzhCore
import EzhService

/// The card of one lesson over the grid or the start screen: when it is, its topic and homework
/// as fields to type into (Cyrillic and all), each with its own deadline, and whether
/// attendance is taken. Enter saves what changed through the service; F5 says everyone was there.
///
/// Another terminal may save the same lesson meanwhile. A save carries the text the card showed,
/// so it is refused when the journal holds another; the card then shows the journal's text
/// under the field and keeps what was typed, and a second Enter writes it over what was seen.
/// While idle, fields not being edited follow other terminals, and a field being edited shows
/// the journal's new text under it.
final class LessonCardScreen: Screen {
    private enum Field: Int, CaseIterable { case topic, homework }

    private let lessonID: LessonID
    /// The lesson as last read: what the journal holds now, as far as this terminal knows.
    private var card: LessonCard?
    private var topic = TextField(limit: .topic)
    private var homework = TextField(limit: .homework)
    /// Each field's journal text as the user was shown it: a save replaces only that.
    private var seen: [Field: String] = [:]
    /// Fields whose save was refused because another terminal had changed them.
    private var changedElsewhere: Set<Field> = []
    private var watch: ChangeWatch?
    private var focus = Field.topic
    /// Esc was pressed once with unsaved text: a second Esc closes without saving.
    private var warnedUnsaved = false
    private var fieldRows: [Int: Field] = [:]

    init(lesson: LessonID) {
        lessonID = lesson
    }

    /// Reads the lesson; a refusal to read goes to the status line, and no card is shown.
    func load(app: Application) {
        guard let session = app.session else { return app.dismiss(self) }
        do {
            watch = try app.backend.changeWatch()
            card = try app.backend.lessonCard(session, lesson: lessonID)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        for field in Field.allCases {
            seen[field] = stored(field)
            self[field].set(stored(field))
        }
    }

    var context: KeyContext { .card }
    var isOverlay: Bool { true }

    private subscript(field: Field) -> TextField {
        get { field == .topic ? topic : homework }
        set { if field == .topic { topic = newValue } else { homework = newValue } }
    }

    /// The field's text in the journal as last read.
    private func stored(_ field: Field) -> String { (field == .topic ? card?.lesson.topic : card?.homework) ?? "" }

    private func isEdited(_ field: Field) -> Bool { self[field].text != seen[field] }

    private var hasChanges: Bool { Field.allCases.contains(where: isEdited) }

    /// Whether the journal's text goes under the field: another terminal changed what is being
    /// typed over, before a save (seen on an idle refresh) or after one (its refusal).
    private func showsJournalText(_ field: Field) -> Bool {
        self[field].text != stored(field) && (changedElsewhere.contains(field) || stored(field) != seen[field])
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        guard let card else { return }
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
        if let substitution = card.substitution {
            buffer.put(strings.cardNotice(substitution), row: top + 2, column: x, style: .bold, maxWidth: inner)
        }
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
            if showsJournalText(field) {
                buffer.put(strings.nowInJournal(stored(field)), row: row + 2, column: x + 2, style: .bold, maxWidth: inner - 2)
            }
            if focused {
                buffer.cursor = CursorPosition(row: row + 1, column: x + 2 + value.visible(width: inner - 2, secret: false).displayWidth)
            }
        }
        let attendanceWidth = buffer.put("  " + strings.attendanceLabel, row: top + 9, column: x, maxWidth: inner)
        drawDeadline(card.attendanceTerms, row: top + 9, from: x + attendanceWidth, to: x + inner, into: &buffer, app: app)
        buffer.put("    " + (card.attendanceTaken ? strings.attendanceTaken : strings.attendanceNotTaken), row: top + 10, column: x,
                   maxWidth: inner)
        buffer.put(strings.cardHint(save: confirmKey(app), allPresent: key(.allPresent, "F5", app), close: key(.cancel, "Esc", app)),
                   row: top + height - 2, column: x, style: CellStyle(dim: true), maxWidth: inner)
    }

    private func key(_ action: Action, _ fallback: String, _ app: Application) -> String {
        app.keymap.effectiveKeys(for: action, in: context).first.map(KeyName.name) ?? fallback
    }

    private func confirmKey(_ app: Application) -> String { key(.confirm, "Enter", app) }

    /// The field's deadline at the right end of its label row; bold when it no longer takes
    /// an entry, so the reason a save would fail is in sight.
    private func drawDeadline(
        _ terms: LessonCard.Terms, row: Int, from left: Int, to right: Int, into buffer: inout ScreenBuffer, app: Application
    ) {
        let now = app.backend.now()
        let status = CellEntryStatus(isEditable: card?.isEditable ?? false, window: terms.window, permission: terms.permission, at: now)
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
            guard card?.isEditable == true else {
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
        let writes: [(Field, String, (String, String) throws -> BilingualText?)] = [
            (.topic, app.strings.topicLabel,
             { try app.backend.setTopic(session, lesson: self.lessonID, topic: $0, replacing: $1) }),
            (.homework, app.strings.homeworkLabel,
             { try app.backend.setHomework(session, lesson: self.lessonID, homework: $0, replacing: $1) }),
        ]
        for (field, name, write) in writes where isEdited(field) {
            let text = self[field].text
            do {
                if let warning = try write(text, seen[field] ?? "") { warnings.append(warning.text(in: app.strings.language)) }
                seen[field] = text
                saved.append(name)
            } catch {
                focus = field
                reload(app: app)
                var reason = app.message(for: error)
                if case JournalError.cellChanged(let change) = error {
                    // The user is now shown the journal's text: saving again replaces that.
                    seen[field] = stored(field)
                    changedElsewhere.insert(field)
                    reason = app.strings.fieldChangedOnCard(change, save: confirmKey(app))
                }
                let done = saved.isEmpty ? "" : app.strings.savedFields(saved) + ". "
                app.status = .error(done + reason)
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
            reload(app: app)
            app.status = .info(app.strings.allPresentDone)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    /// Called while the terminal is idle: when another terminal has changed this lesson's page,
    /// reads the card again.
    func refresh(app: Application) {
        guard let session = app.session, let card, var watch else { return }
        let changed = (try? app.backend.pageChanged(session, page: card.lesson.page, since: &watch)) ?? false
        self.watch = watch
        if changed { reload(app: app) }
    }

    /// Reads the card again (what was saved, the attendance flag, fresh terms). A field not
    /// being edited shows the journal's text; one being edited keeps what was typed and what
    /// was seen, so saving it is still refused if another terminal has changed it since.
    private func reload(app: Application) {
        guard let session = app.session else { return }
        let watch = try? app.backend.changeWatch()
        guard let fresh = try? app.backend.lessonCard(session, lesson: lessonID) else { return }
        self.watch = watch ?? self.watch
        card = fresh
        for field in Field.allCases where !isEdited(field) {
            seen[field] = stored(field)
            self[field].set(stored(field))
        }
    }
}
