import EzhCore
import EzhService

/// The class teacher's weekly review of absences (rule 10): every absence of the class in a
/// week, pupil by pupil, with single keys to turn an Н into Б, УП, НП or ОСВ (or back), a note,
/// and removing an absence entered in error with a reason. The header counts the Н still left.
final class AbsenceReviewScreen: Screen {
    private let classes: [(id: ClassID, name: ClassName)]
    private var classIndex = 0
    private var week: DateSpan
    private var review: AbsenceReview?
    private var viewport = ListViewport()
    private var entryRows: [Int: Int] = [:]

    private init(classes: [(id: ClassID, name: ClassName)], week: DateSpan) {
        self.classes = classes
        self.week = week
    }

    /// Opens on the week `SchoolWeek.defaultReview` picks, for the first class the person leads.
    static func open(app: Application) {
        guard let session = app.session else { return }
        do {
            let classes = try app.backend.ledClasses(session)
            guard !classes.isEmpty else {
                app.status = .error(app.strings.notAClassTeacher)
                return
            }
            let screen = AbsenceReviewScreen(classes: classes, week: SchoolWeek.defaultReview(today: app.backend.today()))
            screen.load(app: app)
            app.push(screen)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    var context: KeyContext { .absences }

    private var entries: [AbsenceEntry] { review?.entries ?? [] }

    private func load(app: Application) {
        guard let session = app.session else { return }
        do {
            review = try app.backend.absenceReview(session, classID: classes[classIndex].id, week: week)
        } catch {
            review = nil
            app.status = .error(app.message(for: error))
        }
        viewport.select(viewport.selected, count: entries.count)
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.absencesTitle(classes[classIndex].name, week: week),
                            right: app.userAndClock(nameStyle: .initials))
        // The count is bold and first on its row: the number the review is about.
        let countWidth = buffer.put(strings.uncorrected(review?.uncorrectedCount ?? 0), row: 1, column: 1, style: .bold)
        let weekKeys = [Action.earlier, .later].compactMap { app.keymap.effectiveKeys(for: $0, in: context).first.map(KeyName.name) }
        if weekKeys.count == 2 {
            buffer.put(strings.otherWeekHint(weekKeys[0], weekKeys[1]), row: 1, column: countWidth + 4, style: CellStyle(dim: true))
        }
        let lines = self.lines(strings: strings)
        let bodyTop = 3
        let height = buffer.rows - 2 - bodyTop
        let selectedLine = lines.firstIndex { $0.entry == viewport.selected } ?? 0
        // Keep the pupil's name in sight above their first entry.
        let first = viewport.scroll(toLine: max(0, selectedLine - 1), lineCount: lines.count, height: height)
        entryRows = [:]
        buffer.cursor = nil
        if entries.isEmpty { buffer.put(strings.noAbsences, row: bodyTop, column: 1) }
        for (offset, line) in lines.dropFirst(first).prefix(height).enumerated() {
            let row = bodyTop + offset
            guard let index = line.entry else {
                buffer.put(line.text, row: row, column: 1, style: .title, maxWidth: buffer.columns - 2)
                continue
            }
            entryRows[row] = index
            let isSelected = index == viewport.selected
            // «▸» and reverse video mark the selection; an uncorrected Н is bold.
            var style = CellStyle(bold: entries[index].code == .absent)
            if isSelected { style = .selection }
            buffer.putPadded((isSelected ? "▸ " : "  ") + line.text, row: row, column: 1, width: buffer.columns - 2, style: style)
            if isSelected { buffer.cursor = CursorPosition(row: row, column: 1) }
        }
        Chrome.drawStatus(&buffer, message: app.status, fallback: selectedEntry.map { strings.describeAbsence($0) } ?? "")
        Chrome.drawKeyBar(&buffer, actions: [.setIll, .setExcused, .setUnexcused, .setExempt, .setAbsent, .editNote,
                                             .removeAbsence, .back, .help],
                          context: context, app: app)
    }

    /// The list as drawn: each pupil's number and name, then their absences.
    private func lines(strings: Strings) -> [(text: String, entry: Int?)] {
        var lines: [(text: String, entry: Int?)] = []
        var lastPupil: PupilID?
        for (index, entry) in entries.enumerated() {
            if entry.pupil.id != lastPupil {
                lines.append(("\(entry.pupil.number) \(entry.pupil.name.lastAndFirst)", nil))
                lastPupil = entry.pupil.id
            }
            lines.append(("  " + strings.absenceLine(entry), index))
        }
        return lines
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let index = entryRows[row] { viewport.select(index, count: entries.count) }
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .moveUp: viewport.move(by: -1, count: entries.count)
        case .moveDown: viewport.move(by: 1, count: entries.count)
        case .pageUp: viewport.page(down: false, count: entries.count)
        case .pageDown: viewport.page(down: true, count: entries.count)
        case .setIll: setCode(.ill, app: app)
        case .setExcused: setCode(.excused, app: app)
        case .setUnexcused: setCode(.unexcused, app: app)
        case .setExempt: setCode(.exempt, app: app)
        case .setAbsent: setCode(.absent, app: app)
        case .editNote: editNote(app: app)
        case .removeAbsence: remove(app: app)
        case .earlier: moveWeek(by: -7, app: app)
        case .later: moveWeek(by: 7, app: app)
        case .chooseClass: chooseClass(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    // MARK: Corrections

    private var selectedEntry: AbsenceEntry? {
        entries.indices.contains(viewport.selected) ? entries[viewport.selected] : nil
    }

    /// A new code keeps the entry's note; the selection moves on, so a week goes key by key.
    private func setCode(_ code: AttendanceCode, app: Application) {
        guard let entry = selectedEntry else { return }
        if let refusal = correct(entry, code: code, note: entry.note, reason: "", app: app) {
            app.status = refusal
            return
        }
        app.status = .info(app.strings.codeSet(code, pupil: entry.pupil.name.lastAndFirst))
        viewport.move(by: 1, count: entries.count)
    }

    private func editNote(app: Application) {
        guard let entry = selectedEntry else { return }
        app.push(FormPromptScreen(title: app.strings.noteTitle, body: [], label: "", initial: entry.note, limit: .absenceNote) { [weak self] note, app in
            guard let self else { return .close }
            let entry = self.current(entry)
            if let refusal = self.correct(entry, code: entry.code, note: note, reason: "", app: app) { return .stay(refusal) }
            return .close { $0.status = .info($0.strings.noteSaved) }
        })
    }

    /// Removing a fact needs a reason; the service refuses an empty one and says so.
    private func remove(app: Application) {
        guard let entry = selectedEntry else { return }
        app.push(FormPromptScreen(title: app.strings.removeReasonTitle, body: [], label: "", initial: "", limit: .reason) { [weak self] reason, app in
            guard let self else { return .close }
            if let refusal = self.correct(self.current(entry), code: nil, note: "", reason: reason, app: app) { return .stay(refusal) }
            return .close { $0.status = .info($0.strings.absenceRemoved(entry.pupil.name.lastAndFirst)) }
        })
    }

    /// The entry as the week now shows it: a form stays open over a refusal, and once the week
    /// has been read again what the form replaces is what the refusal told.
    private func current(_ entry: AbsenceEntry) -> AbsenceEntry {
        entries.first { $0.lessonID == entry.lessonID && $0.pupil.id == entry.pupil.id } ?? entry
    }

    /// One correction through the service, then the week read again (codes, notes, the count).
    /// Returns the refusal to show, or nil when the correction was made. A code or a note changed
    /// by someone else since the week was read is refused, and the week is read again to show it.
    private func correct(
        _ entry: AbsenceEntry, code: AttendanceCode?, note: String, reason: String, app: Application
    ) -> StatusMessage? {
        guard let session = app.session else { return .error(app.message(for: JournalError.notSignedIn)) }
        do {
            try app.backend.correctAbsence(session, lesson: entry.lessonID, pupil: entry.pupil.id, code: code, replacing: entry.code,
                                           note: note, replacingNote: entry.note, reason: reason)
        } catch {
            if case JournalError.cellChanged = error { load(app: app) }
            return .error(app.message(for: error))
        }
        load(app: app)
        return nil
    }

    private func moveWeek(by days: Int, app: Application) {
        week = DateSpan(week.first.adding(days: days), week.last.adding(days: days))
        viewport.select(0, count: 1)
        load(app: app)
    }

    private func chooseClass(app: Application) {
        guard classes.count > 1 else { return }
        app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.name.description), selected: classIndex) { [weak self] index, app in
            guard let self else { return }
            self.classIndex = index
            self.viewport.select(0, count: 1)
            self.load(app: app)
        })
    }
}
