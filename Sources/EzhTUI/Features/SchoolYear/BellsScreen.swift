import EzhCore
import EzhService
import Foundation

/// The bell schedules: each lesson's times by schedule and shift. Enter changes a lesson's times
/// (empty takes it out), F2 adds the next lesson of the selected schedule and shift.
final class BellsScreen: Screen {
    private var records = RecordList<BellSummary>()
    private var bells: [BellSummary] { records.items }

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        records.reload(on: self, app: app) { try app.backend.bellSchedules($0) }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.bellsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        if bells.isEmpty { buffer.put(strings.noBells, row: 2, column: 1, style: CellStyle(dim: true)) }
        records.draw(into: &buffer, text: { self.line($0, strings) })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .newItem, .back], context: context, app: app)
    }

    /// «Основное       1 смена   3 урок   10:30–11:15».
    private func line(_ bell: BellSummary, _ strings: Strings) -> String {
        "\(TextFitting.fit(bell.schedule, width: 16)) \(TextFitting.fit(strings.shiftText(bell.shift), width: 9)) "
            + "\(TextFitting.fit(strings.lessonNumberItem(bell.number), width: 8)) \(Self.text(bell.times))"
    }

    static func text(_ times: LessonTimes) -> String { "\(times.startsAt.text)–\(times.endsAt.text)" }

    /// «08:30–09:15», «8:30-9:15»: nil when it is not two times.
    static func times(_ text: String) -> LessonTimes? {
        let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = DateInput.time(parts[0]), let end = DateInput.time(parts[1]) else { return nil }
        return LessonTimes(start, end)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: records.itemRows, select: { records.list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &records.list, app: app) { return true }
        guard bells.indices.contains(records.list.selected) else { return action == .open || action == .newItem }
        let bell = bells[records.list.selected]
        switch action {
        case .open: edit(schedule: bell.schedule, shift: bell.shift, number: bell.number, times: bell.times, app: app)
        case .newItem:
            let next = (bells.filter { $0.schedule == bell.schedule && $0.shift == bell.shift }.map(\.number).max() ?? 0) + 1
            edit(schedule: bell.schedule, shift: bell.shift, number: next, times: nil, app: app)
        default: return false
        }
        return true
    }

    private func edit(schedule: String, shift: Int, number: Int, times: LessonTimes?, app: Application) {
        let strings = app.strings
        app.push(FormPromptScreen(title: "\(schedule), \(strings.shiftText(shift)), \(strings.lessonNumberItem(number))",
                                  body: [strings.bellHint], label: strings.bellLabel, initial: times.map(Self.text) ?? "") { [weak self] text, app in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let wanted = Self.times(trimmed)
            guard wanted != nil || trimmed.isEmpty else { return .stay(.error(strings.notTimes(text))) }
            guard let session = app.session else { return .close }
            do {
                let lessons = try app.backend.setBell(session, schedule: schedule, shift: shift, number: number, times: wanted)
                return .close { app in
                    self?.read(app: app)
                    app.status = .info(strings.bellSaved(lessons))
                }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
    }
}
