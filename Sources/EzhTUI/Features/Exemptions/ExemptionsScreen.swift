import EzhCore
import EzhService

/// A pupil's exemptions (ОСВ), for the class teacher and the deputy: each with its days, the
/// subjects it covers and the order or certificate it rests on. «Добавить» records a new one;
/// «Убрать» ends the selected one on a day (before its first day it is cancelled).
final class ExemptionsScreen: Screen {
    private let pupil: PupilID
    private let pupilName: String
    private var exemptions: [Exemption] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    init(pupil: PupilID, name: String) {
        self.pupil = pupil
        pupilName = name
    }

    var context: KeyContext { .exemptions }

    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            exemptions = try app.backend.exemptions(session, pupil: pupil)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = exemptions.count
    }

    private var selected: Exemption? { exemptions.indices.contains(list.selected) ? exemptions[list.selected] : nil }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        buffer.cursor = nil
        Chrome.drawTitleBar(&buffer, left: strings.exemptionsTitle(pupilName), right: app.userAndClock(nameStyle: .initials))
        buffer.put(strings.exemptionsHeader, row: 2, column: 2, style: CellStyle(bold: true, underline: true))
        if exemptions.isEmpty { buffer.put(strings.noExemptions, row: 3, column: 2, style: CellStyle(dim: true)) }
        let today = app.backend.today()
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            strings.exemptionLine(self.exemptions[index])
        }, style: { self.exemptions[$0].days.last < today ? CellStyle(dim: true) : .plain })
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: selected == nil ? [.newItem, .back, .help] : [.newItem, .removeItem, .back, .help],
                          context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .newItem: openForm(app: app)
        case .removeItem: endSelected(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    /// The form: first and last day, the subjects («все» or names with commas), the order.
    private func openForm(app: Application) {
        guard let session = app.session else { return }
        let strings = app.strings
        let subjects: [ExemptionSubject]
        do {
            subjects = try app.backend.exemptionSubjectChoices(session)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        let today = app.backend.today()
        let lines: [FieldsFormScreen.Line] = [
            .init(strings.exemptionFirstDay, today.russian, note: strings.dateNote),
            .init(strings.exemptionLastDay, "", note: strings.dateNote),
            .init(strings.exemptionSubjectsLabel, strings.allSubjects, note: strings.exemptionSubjectsNote),
            .init(strings.exemptionReason, "", limit: .reason),
        ]
        app.push(FieldsFormScreen(title: strings.newExemptionTitle, lines: lines) { [weak self] values, app in
            guard let self else { return .close }
            guard let first = DateInput.date(values[0]) else { return .stay(.error(strings.badDate(values[0]))) }
            guard let last = DateInput.date(values[1]) else { return .stay(.error(strings.badDate(values[1]))) }
            let covered: [SubjectID]?
            switch Self.subjects(values[2], among: subjects, allWord: strings.allSubjects) {
            case .success(let ids): covered = ids
            case .failure(let unknown): return .stay(.error(strings.unknownSubject(unknown.name, known: subjects.map(\.name))))
            }
            do {
                try app.backend.addExemption(session, ExemptionDraft(pupil: pupil, days: DateSpan(first, last), subjects: covered,
                                                                     reason: values[3]))
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            load(app: app)
            app.status = .info(strings.exemptionAdded)
            return .close
        })
    }

    /// Ends the selected exemption on a typed day (today by default).
    private func endSelected(app: Application) {
        guard let session = app.session, let exemption = selected else { return }
        let strings = app.strings
        app.push(FormPromptScreen(
            title: strings.endExemptionTitle, body: [strings.exemptionLine(exemption), strings.endExemptionHint],
            label: strings.exemptionLastDay, initial: app.backend.today().russian
        ) { [weak self] text, app in
            guard let self else { return .close }
            guard let day = DateInput.date(text) else { return .stay(.error(strings.badDate(text))) }
            do {
                try app.backend.endExemption(session, exemption.id, lastDay: day)
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            load(app: app)
            app.status = .info(strings.exemptionEnded)
            return .close
        })
    }

    struct UnknownSubject: Error { let name: String }

    /// The typed subjects: nil for «все» (or empty), else each name matched without regard to case.
    static func subjects(_ text: String, among known: [ExemptionSubject], allWord: String) -> Result<[SubjectID]?, UnknownSubject> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.lowercased() == allWord.lowercased() { return .success(nil) }
        var ids: [SubjectID] = []
        for name in trimmed.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let subject = known.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                return .failure(UnknownSubject(name: name))
            }
            ids.append(subject.id)
        }
        return .success(ids)
    }
}
