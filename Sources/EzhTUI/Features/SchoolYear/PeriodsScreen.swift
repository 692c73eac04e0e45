import EzhCore
import EzhService

/// The year's periods of every scheme with their dates, the order date of their finals and
/// whether they are closed; Enter gives an open one new first and last days, the finals-due key
/// its order date, the close key closes it for a class or all (PeriodsScreen+Closing.swift).
final class PeriodsScreen: Screen {
    private var records = RecordList<Period>()
    private var periods: [Period] { records.items }
    /// The order dates of the periods' finals (rule 4).
    var dueDates: [PeriodID: LocalDate] = [:]

    var selectedPeriod: Period? { periods.indices.contains(records.list.selected) ? periods[records.list.selected] : nil }

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    func read(app: Application) {
        records.reload(on: self, app: app) { try app.backend.yearPeriods($0) }
        if let session = app.session, app.isOffered(.finalsDue) { dueDates = (try? app.backend.finalsDueDates(session)) ?? [:] }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        Chrome.drawTitleBar(&buffer, left: app.strings.periodsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        records.draw(into: &buffer, text: { [dueDates] in app.strings.periodLine($0) + app.strings.dueSuffix(dueDates[$0.id]) })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .finalsDue, .closePeriod, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: records.itemRows, select: { records.list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &records.list, app: app) { return true }
        switch action {
        case .open: edit(app: app)
        case .finalsDue: editDueDate(app: app)
        case .closePeriod: chooseWhatToClose(app: app)
        default: return false
        }
        return true
    }

    /// The first day, then the last, each offered as it is; a refusal keeps the last form open.
    private func edit(app: Application) {
        guard periods.indices.contains(records.list.selected) else { return }
        let period = periods[records.list.selected]
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
