import EzhCore
import EzhService

/// The class teacher's events of the month for their class (instruction 4.2): a line each, by
/// day and time; F2 adds one on a form (date, time, what, where), Enter changes the selected
/// one, Delete removes it after a question; Left and Right go to the other months.
final class ClassEventsScreen: Screen {
    private var classes: [(id: ClassID, name: ClassName)] = []
    private var classIndex = 0
    private var month = LocalDate(year: 2000, month: 1, day: 1)
    private var events: [ClassEvent] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    var context: KeyContext { .classEvents }

    func load(app: Application) {
        guard let session = app.session else { return app.dismiss(self) }
        do {
            classes = try app.backend.ledClasses(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        guard !classes.isEmpty else { return refuse(.error(app.strings.notAClassTeacher), app: app) }
        let today = app.backend.today()
        month = LocalDate(year: today.year, month: today.month, day: 1)
        readMonth(app: app)
    }

    private func readMonth(app: Application) {
        guard let session = app.session, classes.indices.contains(classIndex) else { return }
        do {
            events = try app.backend.classEvents(session, classID: classes[classIndex].id, monthOf: month)
        } catch {
            events = []
            app.status = .error(app.message(for: error))
        }
        list.count = events.count
    }

    private var selected: ClassEvent? { events.indices.contains(list.selected) ? events[list.selected] : nil }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        guard classes.indices.contains(classIndex) else { return }
        Chrome.drawTitleBar(&buffer, left: strings.classEventsTitle(classes[classIndex].name, month: month),
                            right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        if events.isEmpty { buffer.put(strings.noClassEvents, row: 2, column: 1) }
        let today = app.backend.today()
        rowIndexes = list.draw(into: &buffer, row: 2, height: buffer.rows - 5, text: { index in
            strings.eventLine(self.events[index])
        }, style: { index in self.events[index].date < today ? CellStyle(dim: true) : .plain })
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: [.newItem, .open, .removeItem, .earlier, .later, .back, .help], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .newItem: openForm(nil, app: app)
        case .open: if let event = selected { openForm(event, app: app) }
        case .removeItem: remove(app: app)
        case .earlier: moveMonth(by: -1, app: app)
        case .later: moveMonth(by: 1, app: app)
        case .chooseClass: chooseClass(app: app)
        default: return false
        }
        return true
    }

    /// The form of a new event (on the month's first day ahead, or today) or of `event`.
    private func openForm(_ event: ClassEvent?, app: Application) {
        let strings = app.strings
        let today = app.backend.today()
        let day = event?.date ?? (month.month == today.month && month.year == today.year ? today : month)
        let lines = [
            FieldsFormScreen.Line(strings.eventDateLabel, day.russian, note: strings.dateNote),
            FieldsFormScreen.Line(strings.eventTimeLabel, event?.time ?? "", note: strings.eventTimeNote),
            FieldsFormScreen.Line(strings.eventTitleLabel, event?.title ?? "", limit: .eventTitle),
            FieldsFormScreen.Line(strings.eventPlaceLabel, event?.place ?? "", limit: .eventPlace),
        ]
        let classID = classes[classIndex].id
        app.push(FieldsFormScreen(title: event == nil ? strings.newEventTitle : strings.editEventTitle, lines: lines) { [weak self] values, app in
            guard let session = app.session else { return .close }
            guard let date = DateInput.date(values[0]) else { return .stay(.error(app.strings.badDate(app.strings.eventDateLabel, values[0]))) }
            let draft = ClassEventDraft(date: date, time: values[1], title: values[2], place: values[3])
            do {
                if let event {
                    try app.backend.editClassEvent(session, id: event.id, draft)
                } else {
                    _ = try app.backend.addClassEvent(session, classID: classID, draft)
                }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            return .close { app in
                guard let self else { return }
                self.month = LocalDate(year: date.year, month: date.month, day: 1)
                self.readMonth(app: app)
                app.status = .info(app.strings.eventSaved)
            }
        })
    }

    private func remove(app: Application) {
        guard let event = selected else { return }
        app.push(ConfirmScreen(title: app.strings.removeTitle, question: app.strings.removeEventQuestion(event.title)) { [weak self] app in
            guard let session = app.session else { return }
            do {
                try app.backend.removeClassEvent(session, id: event.id)
                app.status = .info(app.strings.eventRemoved)
            } catch {
                app.status = .error(app.message(for: error))
            }
            self?.readMonth(app: app)
        })
    }

    private func moveMonth(by months: Int, app: Application) {
        let index = month.year * 12 + month.month - 1 + months
        month = LocalDate(year: index / 12, month: index % 12 + 1, day: 1)
        list.select(0)
        readMonth(app: app)
    }

    private func chooseClass(app: Application) {
        guard classes.count > 1 else { return }
        app.push(PickerScreen(title: app.strings.chooseClass, items: classes.map(\.name.description), selected: classIndex) { [weak self] index, app in
            guard let self else { return }
            self.classIndex = index
            self.list.select(0)
            self.readMonth(app: app)
        })
    }
}
