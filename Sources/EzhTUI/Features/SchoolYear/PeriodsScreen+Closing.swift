import EzhCore
import EzhService

/// The deputy's part of a period's end: the date of the school's order by which its finals are
/// due (rule 4), and closing it (rule 5) for one class or all, after seeing what is missing.
extension PeriodsScreen {
    func editDueDate(app: Application) {
        guard let period = selectedPeriod else { return }
        let strings = app.strings
        app.push(FormPromptScreen(title: period.name(in: strings.language), body: [strings.finalsDueHint, strings.dateFormatHint],
                                  label: strings.orderDateLabel, initial: dueDates[period.id]?.russian ?? "") { [weak self] text, app in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let day = DateInput.date(trimmed)
            guard trimmed.isEmpty || day != nil else { return .stay(.error(strings.notADate(text))) }
            guard let session = app.session else { return .close }
            do {
                try app.backend.setFinalsDue(session, period: period.id, on: day)
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            return .close { app in
                self?.read(app: app)
                app.status = .info(strings.finalsDueSaved(day))
            }
        })
    }

    /// All classes of the period's scheme or one of them; then what is missing, then closing.
    func chooseWhatToClose(app: Application) {
        guard let period = selectedPeriod, let session = app.session else { return }
        let strings = app.strings
        guard !period.isClosed else {
            app.status = .error(strings.alreadyClosed(period.name(in: strings.language)))
            return
        }
        let report: ClosingReport
        do {
            report = try app.backend.closingReport(session, period: period.id, classID: nil)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        let open = report.classes.filter { !$0.isClosed }
        let items = [strings.allClasses(open.count)] + open.map(\.className.description)
        app.push(PickerScreen(title: strings.closeWhichTitle(period.name(in: strings.language)), items: items) { [weak self] index, app in
            let chosen = index == 0 ? nil : open[index - 1].classID
            let shown = ClosingReport(period: report.period, classes: index == 0 ? open : [open[index - 1]])
            app.push(ClosingReportScreen(report: shown) { app in
                do {
                    try app.backend.closePeriod(session, period.id, forClass: chosen)
                } catch {
                    app.status = .error(app.message(for: error))
                    return
                }
                self?.read(app: app)
                app.status = .info(strings.periodClosedFor(period.name(in: strings.language), classes: shown.classes.map(\.className.description)))
            })
        })
    }
}

/// What closing a period leaves undone, class by class, over the screen: the confirm key closes,
/// the cancel key leaves it open.
final class ClosingReportScreen: Screen {
    private let report: ClosingReport
    private let onConfirm: (Application) -> Void
    private var top = 0

    init(report: ClosingReport, onConfirm: @escaping (Application) -> Void) {
        self.report = report
        self.onConfirm = onConfirm
    }

    var context: KeyContext { .form }

    func lines(_ strings: Strings) -> [String] {
        var lines: [String] = []
        for gaps in report.classes {
            guard !gaps.subjects.isEmpty else {
                lines.append(strings.classComplete(gaps.className.description))
                continue
            }
            for subject in gaps.subjects {
                lines.append(subject.page)
                if !subject.pupilsWithoutFinal.isEmpty {
                    lines.append("  " + strings.withoutFinal(subject.pupilsWithoutFinal))
                }
                if subject.lessonsWithoutTopic > 0 { lines.append("  " + strings.withoutTopic(subject.lessonsWithoutTopic)) }
            }
        }
        return lines
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.closingTitle(report.period.name(in: strings.language)),
                            right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        buffer.put(report.isComplete ? strings.nothingMissing : strings.missingIntro, row: 2, column: 1, style: .bold,
                   maxWidth: buffer.columns - 2)
        let body = lines(strings)
        let question = TextFitting.wrap(strings.closeQuestion, width: buffer.columns - 2)
        let height = max(1, buffer.rows - 6 - question.count)
        top = max(0, min(top, body.count - height))
        for (offset, line) in body.dropFirst(top).prefix(height).enumerated() {
            buffer.put(line, row: 4 + offset, column: 1, maxWidth: buffer.columns - 2)
        }
        for (offset, line) in question.enumerated() {
            buffer.put(line, row: buffer.rows - 2 - question.count + offset, column: 1, style: .bold, maxWidth: buffer.columns - 2)
        }
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.confirm, .cancel], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .confirm:
            app.dismiss(self)
            onConfirm(app)
        case .cancel, .back: app.dismiss(self)
        case .nextField: top += 1
        case .prevField: top = max(0, top - 1)
        default: return false
        }
        return true
    }
}
