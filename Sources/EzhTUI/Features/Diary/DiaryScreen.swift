import EzhCore
import EzhService

/// The electronic diary (электронный дневник) of one pupil, read-only: the start screen of
/// parents and pupils. Three parts, one at a time: marks by subject with weights, averages and
/// the period's final; the week's lessons with topics, homework and attendance; the period's
/// absences. A parent with several children picks one first.
final class DiaryScreen: Screen {
    private var pupils: [DiaryPupil] = []
    private var pupil: DiaryPupil?
    private var diary: Diary?
    private var section = DiaryText.Section.marks
    private var top = 0
    private var pageHeight = 10
    private var tabColumns: [(range: Range<Int>, section: DiaryText.Section)] = []
    /// Messages from the school waiting to be read.
    private var unread = UnreadMessages()

    var context: KeyContext { .diary }

    /// Loads the children the session may see: one opens at once; several ask which first.
    func load(app: Application) {
        guard let session = app.session else { return }
        unread.load(app: app)
        do {
            pupils = try app.backend.diaryPupils(session)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        if pupils.count == 1 {
            open(pupils[0], app: app)
        } else if pupils.isEmpty {
            app.status = .error(app.strings.noDiaryPupils)
        } else {
            choosePupil(app: app)
        }
    }

    func resume(app: Application) {
        unread.load(app: app)
    }

    func refresh(app: Application) {
        unread.load(app: app)
    }

    // MARK: Drawing

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let title = pupil.map { strings.diaryTitle(name: $0.name.lastAndFirst, className: $0.className.description) } ?? strings.diary
        Chrome.drawTitleBar(&buffer, left: title, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        drawTabs(into: &buffer, app: app)
        unread.draw(into: &buffer, row: 2, context: context, app: app)
        let width = buffer.columns - 2
        var bodyTop = 3
        let body: (header: String?, lines: [DiaryText.Line])
        if let diary {
            body = DiaryText.section(section, of: diary, strings: strings, width: width)
        } else {
            let key = app.keymap.effectiveKeys(for: .choosePupil, in: context).first.map(KeyName.name) ?? ":choose-pupil"
            body = (nil, [DiaryText.Line(text: pupils.count > 1 ? strings.choosePupilFirst(key: key) : "")])
        }
        if let header = body.header {
            buffer.put(header, row: bodyTop, column: 1, style: CellStyle(bold: true, underline: true), maxWidth: width)
            bodyTop += 1
        }
        pageHeight = max(1, buffer.rows - 2 - bodyTop)
        top = max(0, min(top, body.lines.count - pageHeight))
        for (offset, line) in body.lines.dropFirst(top).prefix(pageHeight).enumerated() {
            buffer.put(line.text, row: bodyTop + offset, column: 1, style: line.style, maxWidth: width)
        }
        let more = top + pageHeight < body.lines.count
        Chrome.drawStatus(&buffer, message: app.status, fallback: hint(more: more, app: app))
        // The week's keys are told in the status line while the week is shown.
        var keys: [Action] = [.nextSection, .choosePeriod]
        if pupils.count > 1 { keys.append(.choosePupil) }
        keys += [.messages, .help, .lock, .quit, .changePassword]
        Chrome.drawKeyBar(&buffer, actions: keys, context: context, app: app)
    }

    /// What the keys of the shown part do: the week's keys in the week, and that more is below.
    private func hint(more: Bool, app: Application) -> String {
        var parts: [String] = []
        if section == .week, diary != nil {
            let keys = [Action.prevWeek, .nextWeek].compactMap { app.keymap.effectiveKeys(for: $0, in: context).first.map(KeyName.name) }
            parts.append(app.strings.otherWeekHint(keys.joined(separator: "/")))
        }
        if more {
            let key = app.keymap.effectiveKeys(for: .pageDown, in: context).first.map(KeyName.name) ?? ""
            parts.append(app.strings.moreBelow(key: key))
        }
        return parts.joined(separator: " · ")
    }

    /// «[Отметки]  Неделя  Пропуски» on the left (the current part in brackets and reverse
    /// video), the period on the right.
    private func drawTabs(into buffer: inout ScreenBuffer, app: Application) {
        tabColumns = []
        var x = 1
        for candidate in DiaryText.Section.allCases {
            let name = app.strings.diarySectionName(candidate)
            let isCurrent = candidate == section
            let text = isCurrent ? "[\(name)]" : " \(name) "
            let written = buffer.put(text, row: 1, column: x, style: isCurrent ? CellStyle(bold: true, reverse: true) : .plain)
            tabColumns.append((x..<(x + written), candidate))
            x += written + 1
        }
        if let period = diary?.period {
            let text = "\(period.name(in: app.strings.language)) · \(period.span.first.dayMonth)–\(period.span.last.dayMonth)"
            buffer.put(text, row: 1, column: max(x + 1, buffer.columns - 1 - text.displayWidth), style: .bold)
        }
    }

    // MARK: Keys

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, let column) = key {
            if row == 1, let tab = tabColumns.first(where: { $0.range.contains(column) }) { show(tab.section) }
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .moveUp: top = max(0, top - 1)
        case .moveDown: top += 1
        case .pageUp: top = max(0, top - pageHeight)
        case .pageDown: top += pageHeight
        case .nextSection: show(DiaryText.Section(rawValue: (section.rawValue + 1) % 3)!)
        case .prevSection: show(DiaryText.Section(rawValue: (section.rawValue + 2) % 3)!)
        case .prevWeek: moveWeek(by: -7, app: app)
        case .nextWeek: moveWeek(by: 7, app: app)
        case .choosePeriod: choosePeriod(app: app)
        case .choosePupil: choosePupil(app: app)
        case .changePassword: app.push(PasswordScreen(isFirstSignIn: false))
        case .messages: app.push(MessagesScreen())
        default: return false
        }
        return true
    }

    private func show(_ section: DiaryText.Section) {
        self.section = section
        top = 0
    }

    // MARK: Loading

    private func open(_ pupil: DiaryPupil, app: Application) {
        self.pupil = pupil
        diary = nil
        load(period: nil, week: nil, app: app)
    }

    private func load(period: PeriodID?, week: DateSpan?, app: Application) {
        guard let session = app.session, let pupil else { return }
        do {
            diary = try app.backend.diary(session, pupil: pupil.id, period: period, week: week)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    /// Another week: the week's part is shown, so the change is seen.
    private func moveWeek(by days: Int, app: Application) {
        guard let diary else { return }
        let week = DateSpan(diary.week.first.adding(days: days), diary.week.last.adding(days: days))
        load(period: diary.period.id, week: week, app: app)
        show(.week)
    }

    private func choosePeriod(app: Application) {
        guard let session = app.session, let pupil, let diary else { return }
        do {
            let periods = try app.backend.diaryPeriods(session, pupil: pupil.id)
            let names = periods.map { "\($0.name(in: app.strings.language))  \($0.span.first.dayMonth)–\($0.span.last.dayMonth)" }
            app.push(PickerScreen(title: app.strings.choosePeriod, items: names,
                                  selected: periods.firstIndex { $0.id == diary.period.id } ?? 0) { [weak self] index, app in
                guard let self else { return }
                // The week follows the period, so the two never disagree.
                let period = periods[index]
                let week = period.span.contains(app.backend.today()) ? nil : SchoolWeek.containing(period.span.first)
                self.load(period: period.id, week: week, app: app)
                self.top = 0
            })
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func choosePupil(app: Application) {
        guard pupils.count > 1 else { return }
        let names = pupils.map { "\($0.name.full), \($0.className)" }
        app.push(PickerScreen(title: app.strings.choosePupil, items: names,
                              selected: pupils.firstIndex { $0.id == pupil?.id } ?? 0) { [weak self] index, app in
            guard let self else { return }
            self.open(self.pupils[index], app: app)
        })
    }
}
