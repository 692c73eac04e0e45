import EzhCore
import EzhService

/// The year's periods of every scheme with their dates and whether they are closed; Enter gives
/// an open one new first and last days.
final class PeriodsScreen: Screen {
    private var periods: [Period] = []
    private var list = SelectableList()
    private var itemRows: [Int: Int] = [:]

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        guard let session = app.session else { return }
        do {
            periods = try app.backend.yearPeriods(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = periods.count
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        Chrome.drawTitleBar(&buffer, left: app.strings.periodsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        itemRows = list.draw(into: &buffer, row: 2, height: buffer.rows - 4, left: 1, width: buffer.columns - 2,
                             text: { app.strings.periodLine(self.periods[$0]) }, selectedStyle: { _ in .selection })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: itemRows, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .open: edit(app: app)
        default: return false
        }
        return true
    }

    /// The first day, then the last, each offered as it is; a refusal keeps the last form open.
    private func edit(app: Application) {
        guard periods.indices.contains(list.selected) else { return }
        let period = periods[list.selected]
        let strings = app.strings
        let title = period.name(in: strings.language)
        app.push(FormPromptScreen(title: title, body: [strings.dateFormatHint], label: strings.holidayFirstLabel,
                                  initial: period.span.first.russian) { text, _ in
            guard let first = DateInput.date(text) else { return .stay(.error(strings.notADate(text))) }
            return .close { app in
                app.push(FormPromptScreen(title: title, body: [strings.dateFormatHint], label: strings.holidayLastLabel,
                                          initial: period.span.last.russian) { [weak self] text, app in
                    guard let last = DateInput.date(text) else { return .stay(.error(strings.notADate(text))) }
                    guard let session = app.session else { return .close }
                    do {
                        try app.backend.setPeriodSpan(session, id: period.id, span: DateSpan(first, last))
                        return .close { app in
                            self?.read(app: app)
                            app.status = .info(strings.periodSaved)
                        }
                    } catch {
                        return .stay(.error(app.message(for: error)))
                    }
                })
            }
        })
    }
}
