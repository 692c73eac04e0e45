import EzhCore
import EzhService

/// The class teacher's weekly review of absences (rule 10): every absence of the class in a
/// week, pupil by pupil, with single keys to turn an Н into Б, УП, НП or ОСВ (or back), a note,
/// and removing an absence entered in error with a reason. The header counts the Н still left.
final class AbsenceReviewScreen: Screen {
    private var classes: [(id: ClassID, name: ClassName)] = []
    private var classIndex = 0
    private var week: DateSpan?
    private var review: AbsenceReview?
    private var list = SelectableList()
    private var entryRows: [Int: Int] = [:]

    /// Opens on the week `SchoolWeek.defaultReview` picks, for the first class the person leads;
    /// someone who leads none is told so, and the screen does not open.
    func load(app: Application) {
        guard let session = app.session else { return app.dismiss(self) }
        do {
            classes = try app.backend.ledClasses(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        guard !classes.isEmpty else { return refuse(.error(app.strings.notAClassTeacher), app: app) }
        week = SchoolWeek.defaultReview(today: app.backend.today())
        readWeek(app: app)
    }

    var context: KeyContext { .absences }

    private var entries: [AbsenceEntry] { review?.entries ?? [] }

    private func readWeek(app: Application) {
        guard let session = app.session, let week, classes.indices.contains(classIndex) else { return }
        do {
            review = try app.backend.absenceReview(session, classID: classes[classIndex].id, week: week)
        } catch {
            review = nil
            app.status = .error(app.message(for: error))
        }
        list.count = entries.count
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        guard let week, classes.indices.contains(classIndex) else { return }
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
        let selectedLine = lines.firstIndex { $0.entry == list.selected } ?? 0
        // Keep the pupil's name in sight above their first entry.
        let first = list.scroll(toLine: selectedLine, lineCount: lines.count, height: height, keepAbove: 1)
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
            let isSelected = index == list.selected
            // An uncorrected Н is bold.
            SelectableList.drawItem(line.text, into: &buffer, row: row, column: 1, width: buffer.columns - 2, isSelected: isSelected,
                                    style: isSelected ? .selection : CellStyle(bold: entries[index].code == .absent))
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
        handleListKey(key, rowAt: entryRows, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
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
        default: return false
        }
        return true
    }

    // MARK: Corrections

    private var selectedEntry: AbsenceEntry? {
        entries.indices.contains(list.selected) ? entries[list.selected] : nil
    }

    /// A new code keeps the entry's note; the selection moves on, so a week goes key by key.
    private func setCode(_ code: AttendanceCode, app: Application) {
        guard let entry = selectedEntry else { return }
        if let refusal = correct(entry, code: code, note: entry.note, reason: "", app: app) {
            app.status = refusal
            return
        }
        app.status = .info(app.strings.codeSet(code, pupil: entry.pupil.name.lastAndFirst))
        list.move(by: 1)
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
            if case JournalError.cellChanged = error { readWeek(app: app) }
            return .error(app.message(for: error))
        }
        readWeek(app: app)
        return nil
    }

    private func moveWeek(by days: Int, app: Application) {
        guard let week else { return }
        self.week = DateSpan(week.first.adding(days: days), week.last.adding(days: days))
        list.select(0)
        readWeek(app: app)
    }

    private func chooseClass(app: Application) {
        guard classes.count > 1 else { return }
        app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.name.description), selected: classIndex) { [weak self] index, app in
            guard let self else { return }
            self.classIndex = index
            self.list.select(0)
            self.readWeek(app: app)
        })
    }
}
