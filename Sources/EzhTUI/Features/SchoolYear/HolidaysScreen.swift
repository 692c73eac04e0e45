import EzhCore
import EzhService

/// The year's holidays: F2 adds one (name, first and last day), Delete removes one that has not
/// begun; the lessons of every class are made again from its first day.
final class HolidaysScreen: Screen {
    private var records = RecordList<HolidaySummary>()
    private var holidays: [HolidaySummary] { records.items }

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        records.reload(on: self, app: app) { try app.backend.holidays($0) }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        Chrome.drawTitleBar(&buffer, left: app.strings.holidaysTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        records.draw(into: &buffer, text: { self.line($0) })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .newItem, .removeItem, .back], context: context, app: app)
    }

    /// «28.12.2026–10.01.2027  Зимние каникулы».
    private func line(_ holiday: HolidaySummary) -> String {
        let span = holiday.span.first == holiday.span.last ? holiday.span.first.russian
            : "\(holiday.span.first.russian)–\(holiday.span.last.russian)"
        return "\(TextFitting.fit(span, width: 23)) \(holiday.name)"
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: records.itemRows, select: { records.list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &records.list, app: app) { return true }
        switch action {
        case .newItem: add(app: app)
        case .removeItem: remove(app: app)
        default: return false
        }
        return true
    }

    /// The name, then the first day, then the last; a refusal keeps the last form open.
    private func add(app: Application) {
        let strings = app.strings
        app.push(FormPromptScreen(title: strings.newHolidayTitle, body: [], label: strings.holidayNameLabel, initial: "") { name, _ in
            .close { app in
                app.push(FormPromptScreen(title: name, body: [strings.dateFormatHint], label: strings.holidayFirstLabel,
                                          initial: "") { text, _ in
                    guard let first = DateInput.date(text) else { return .stay(.error(strings.notADate(text))) }
                    return .close { app in
                        app.push(FormPromptScreen(title: name, body: [strings.dateFormatHint], label: strings.holidayLastLabel,
                                                  initial: first.russian) { [weak self] text, app in
                            guard let last = DateInput.date(text) else { return .stay(.error(strings.notADate(text))) }
                            guard let session = app.session else { return .close }
                            do {
                                let lessons = try app.backend.addHoliday(session, span: DateSpan(first, last), name: name)
                                return .close { app in
                                    self?.read(app: app)
                                    app.status = .info(strings.holidaySaved(lessons))
                                }
                            } catch {
                                return .stay(.error(app.message(for: error)))
                            }
                        })
                    }
                })
            }
        })
    }

    private func remove(app: Application) {
        guard holidays.indices.contains(records.list.selected), let session = app.session else { return }
        let holiday = holidays[records.list.selected]
        let strings = app.strings
        app.push(ConfirmScreen(title: strings.holidaysTitle, question: strings.removeHolidayQuestion(line(holiday))) { [weak self] app in
            do {
                let lessons = try app.backend.removeHoliday(session, id: holiday.id)
                app.status = .info(strings.holidayRemoved(lessons))
            } catch {
                app.status = .error(app.message(for: error))
            }
            self?.read(app: app)
        })
    }
}
