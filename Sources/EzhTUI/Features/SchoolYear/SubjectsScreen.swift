import EzhCore
import EzhService

/// The school's subjects with their short names; Enter renames one, F2 adds one.
final class SubjectsScreen: Screen {
    private var records = RecordList<SubjectSummary>()
    private var subjects: [SubjectSummary] { records.items }

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        records.reload(on: self, app: app) { try app.backend.schoolSubjects($0) }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        Chrome.drawTitleBar(&buffer, left: app.strings.subjectsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        records.draw(into: &buffer, text: { "\(TextFitting.fit($0.name, width: 40)) \($0.shortName)" })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .newItem, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: records.itemRows, select: { records.list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &records.list, app: app) { return true }
        switch action {
        case .open: if subjects.indices.contains(records.list.selected) { edit(subjects[records.list.selected], app: app) }
        case .newItem: edit(nil, app: app)
        default: return false
        }
        return true
    }

    /// The name, then the short name; a refusal keeps the second form open.
    private func edit(_ subject: SubjectSummary?, app: Application) {
        let strings = app.strings
        let title = subject?.name ?? strings.newSubjectTitle
        app.push(FormPromptScreen(title: title, body: [], label: strings.subjectNameLabel, initial: subject?.name ?? "") { name, _ in
            .close { app in
                app.push(FormPromptScreen(title: title, body: [strings.subjectShortHint], label: strings.subjectShortLabel,
                                          initial: subject?.shortName ?? String(name.prefix(4))) { [weak self] short, app in
                    guard let session = app.session else { return .close }
                    do {
                        try app.backend.saveSubject(session, id: subject?.id, name: name, shortName: short)
                    } catch {
                        return .stay(.error(app.message(for: error)))
                    }
                    return .close { app in
                        self?.read(app: app)
                        app.status = .info(strings.subjectSaved)
                    }
                })
            }
        })
    }
}
