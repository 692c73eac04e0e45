import EzhCore
import EzhService

/// The deputy's timetable editor: a week as a grid, weekdays across and lesson numbers down, of a
/// class, a teacher or a room, as the timetable version in force on the chosen day holds it. In a
/// class's week Enter changes a cell, Delete takes a lesson out (each from a chosen day on) and the
/// one-off key cancels, moves or adds a lesson on that one date; a teacher's or room's week opens
/// the class of the chosen cell.
final class TimetableScreen: Screen {
    private(set) var view: TimetableView?
    private(set) var day: LocalDate
    private(set) var week: TimetableGridWeek?
    /// The selected cell: ISO weekday and lesson number.
    private(set) var weekday = 1
    private(set) var number = 1
    /// Where the shown week stands against other terminals' commits.
    private var watch: ChangeWatch?

    /// Opens on `view`, or on the first class of the year when nil.
    init(view: TimetableView? = nil, day: LocalDate) {
        self.view = view
        self.day = day
    }

    var context: KeyContext { .timetable }

    func load(app: Application) {
        guard let session = app.session else { return }
        if view == nil {
            do {
                guard let first = try app.backend.timetableClasses(session).first else {
                    return refuse(.error(app.strings.timetableNoClasses), app: app)
                }
                view = .ofClass(first.id)
            } catch {
                return refuse(.error(app.message(for: error)), app: app)
            }
        }
        read(app: app)
        if week == nil, let status = app.status { refuse(status, app: app) }
    }

    /// Reads the shown week again, keeping the selected cell where it still exists.
    func read(app: Application) {
        guard let session = app.session, let view else { return }
        watch = try? app.backend.changeWatch()
        do {
            let read = try app.backend.timetableWeek(session, view, on: day)
            week = read
            weekday = min(max(1, weekday), read.weekDays)
            number = min(max(read.numbers.lowerBound, number), read.numbers.upperBound)
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    /// Another terminal's commit (a timetable change, a one-off, or anything else: the week is
    /// small) reads the shown week again while this one is idle.
    func refresh(app: Application) {
        guard let watch, let now = try? app.backend.changeWatch(), now.externalCommits != watch.externalCommits else { return }
        read(app: app)
    }

    func show(_ view: TimetableView, app: Application) {
        self.view = view
        read(app: app)
    }

    func show(day: LocalDate, app: Application) {
        self.day = day
        read(app: app)
    }

    // MARK: - Drawing

    private let numberWidth = 3
    private let cellHeight = 2
    private let gridTop = 2

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        buffer.cursor = nil
        guard let week else {
            Chrome.drawTitleBar(&buffer, left: "", right: app.userAndClock(nameStyle: .initials))
            Chrome.drawStatus(&buffer, message: app.status)
            return
        }
        Chrome.drawTitleBar(&buffer, left: strings.timetableTitle(week), right: app.userAndClock(nameStyle: .initials))
        let columnWidth = max(6, (buffer.columns - 1 - numberWidth) / week.weekDays)
        buffer.putPadded(strings.lessonNumberHeader, row: 1, column: 0, width: numberWidth, style: .header, alignment: .right)
        for weekday in 1...week.weekDays {
            let date = week.date(of: weekday)
            let style = date == app.backend.today() ? CellStyle(bold: true, reverse: true, role: .today) : .header
            buffer.putPadded(" \(WeekdayName.short(weekday, in: strings.language)) \(date.dayMonth)", row: 1,
                             column: left(of: weekday, width: columnWidth), width: columnWidth, style: style)
        }
        let detailRows = 2
        let room = buffer.rows - 3 - gridTop - detailRows
        let numbers = Array(week.numbers)
        // Lesson numbers scroll so the selected one stays in view.
        let visible = max(1, room / cellHeight)
        let selectedIndex = numbers.firstIndex(of: number) ?? 0
        let first = max(0, min(selectedIndex - visible + 1, numbers.count - visible))
        for (offset, lessonNumber) in numbers.dropFirst(max(0, first)).prefix(visible).enumerated() {
            let top = gridTop + offset * cellHeight
            buffer.putPadded("\(lessonNumber)", row: top, column: 0, width: numberWidth - 1, style: .bold, alignment: .right)
            for weekday in 1...week.weekDays {
                let selected = weekday == self.weekday && lessonNumber == number
                let text = TimetableCellText.lines(week, weekday: weekday, number: lessonNumber, strings: strings)
                for row in 0..<cellHeight {
                    let line = row < text.count ? text[row] : (text: "", dim: false)
                    let style = selected ? CellStyle.selection : CellStyle(dim: line.dim)
                    buffer.putPadded(line.text, row: top + row, column: left(of: weekday, width: columnWidth),
                                     width: columnWidth - 1, style: style)
                }
            }
        }
        if week.lines.isEmpty && week.lessons.isEmpty {
            buffer.put(strings.timetableEmpty, row: gridTop + visible * cellHeight, column: 1, style: CellStyle(dim: true))
        } else {
            let detail = TimetableCellText.detail(week, weekday: weekday, number: number, strings: strings)
            let wrapped = TextFitting.wrap(detail, width: buffer.columns - 2).prefix(detailRows)
            for (offset, line) in wrapped.enumerated() {
                buffer.put(line, row: buffer.rows - 3 - detailRows + offset, column: 1)
            }
        }
        Chrome.drawStatus(&buffer, message: app.status)
        // Delete and the week keys are in the help (F1): the bar keeps what finds and changes a week.
        var actions: [Action] = [.help]
        if case .ofClass = week.view { actions += [.editCell, .oneOffChange] }
        actions += [.chooseClass, .chooseTeacher, .chooseRoom, .chooseDate, .back]
        Chrome.drawKeyBar(&buffer, actions: actions, context: context, app: app)
    }

    private func left(of weekday: Int, width: Int) -> Int { numberWidth + 1 + (weekday - 1) * width }

    // MARK: - Keys

    func handle(_ key: Key, app: Application) {
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        guard let week else {
            if action == .back || action == .cancel { app.dismiss(self); return true }
            return false
        }
        switch action {
        case .moveUp: number = max(week.numbers.lowerBound, number - 1)
        case .moveDown: number = min(week.numbers.upperBound, number + 1)
        case .moveLeft: weekday = max(1, weekday - 1)
        case .moveRight: weekday = min(week.weekDays, weekday + 1)
        case .prevWeek: show(day: day.adding(days: -7), app: app)
        case .nextWeek: show(day: day.adding(days: 7), app: app)
        case .today: show(day: app.backend.today(), app: app)
        case .chooseClass: chooseClass(app: app)
        case .chooseTeacher: chooseTeacher(app: app)
        case .chooseRoom: chooseRoom(app: app)
        case .chooseDate: chooseDate(app: app)
        case .editCell, .open: editCell(app: app)
        case .clearCell: removeLesson(app: app)
        case .oneOffChange: oneOff(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    // MARK: - Whose week

    private func chooseClass(app: Application) {
        guard let session = app.session else { return }
        do {
            let classes = try app.backend.timetableClasses(session)
            var selected = 0
            if case .ofClass(let id) = view { selected = classes.firstIndex { $0.id == id } ?? 0 }
            app.push(PickerScreen(title: app.strings.chooseClassTitle, items: classes.map(\.name.description), selected: selected) { [weak self] index, app in
                self?.show(.ofClass(classes[index].id), app: app)
            })
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func chooseTeacher(app: Application) {
        guard let session = app.session else { return }
        do {
            let staff = try app.backend.staff(session).sorted { PersonName.alphabetical($0.name, $1.name) }
            var selected = 0
            if let line = week?.lines(weekday: weekday, number: number).first { selected = staff.firstIndex { $0.id == line.teacherID } ?? 0 }
            app.push(PickerScreen(title: app.strings.chooseTeacherTitle, items: staff.map(\.name.full), selected: selected) { [weak self] index, app in
                self?.show(.ofTeacher(staff[index].id), app: app)
            })
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    private func chooseRoom(app: Application) {
        guard let session = app.session else { return }
        do {
            let rooms = try roomsInUse(session, app: app)
            guard !rooms.isEmpty else { return app.status = .info(app.strings.noRooms) }
            var selected = 0
            if let line = week?.lines(weekday: weekday, number: number).first { selected = rooms.firstIndex(of: line.room) ?? 0 }
            app.push(PickerScreen(title: app.strings.chooseRoomTitle, items: rooms, selected: selected) { [weak self] index, app in
                self?.show(.ofRoom(rooms[index]), app: app)
            })
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    /// The rooms the timetable uses: read with the first class's choices (the same for every class).
    private func roomsInUse(_ session: Session, app: Application) throws -> [String] {
        guard let first = try app.backend.timetableClasses(session).first else { return [] }
        return try app.backend.timetableChoices(session, classID: first.id).rooms.sorted {
            (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1)
        }
    }

    private func chooseDate(app: Application) {
        let strings = app.strings
        app.push(FormPromptScreen(title: strings.weekOfDateTitle, body: [strings.dateFormatHint], label: strings.dateLabel,
                                  initial: day.russian) { [weak self] text, app in
            guard let date = DateInput.date(text) else { return .stay(.error(strings.notADate(text))) }
            return .close { app in self?.show(day: date, app: app) }
        })
    }

    /// `:5А` opens a class's week, `:07.12.2026` the week of that date.
    func runCommand(_ words: [String], app: Application) -> Bool {
        guard words.count == 1, let session = app.session else { return false }
        if let date = DateInput.date(words[0]) {
            show(day: date, app: app)
            return true
        }
        guard let found = try? app.backend.timetableClasses(session).first(where: {
            $0.name.description.uppercased() == words[0].uppercased()
        }) else { return false }
        show(.ofClass(found.id), app: app)
        return true
    }

    /// Enter in a teacher's or room's week: the class of the chosen cell, same week and cell.
    func openClassOfCell(app: Application) {
        guard let line = week?.lines(weekday: weekday, number: number).first else { return }
        show(.ofClass(line.classID), app: app)
    }
}
