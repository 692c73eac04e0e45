import EzhCore
import EzhService

/// The school's subjects with their short names; Enter renames one, F2 adds one.
final class SubjectsScreen: Screen {
    private var subjects: [SubjectSummary] = []
    private var list = SelectableList()
    private var itemRows: [Int: Int] = [:]

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        guard let session = app.session else { return }
        do {
            subjects = try app.backend.schoolSubjects(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = subjects.count
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        Chrome.drawTitleBar(&buffer, left: app.strings.subjectsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        itemRows = list.draw(into: &buffer, row: 2, height: buffer.rows - 4, left: 1, width: buffer.columns - 2,
                             text: { "\(TextFitting.fit(self.subjects[$0].name, width: 40)) \(self.subjects[$0].shortName)" },
                             selectedStyle: { _ in .selection })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .newItem, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: itemRows, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .open: if subjects.indices.contains(list.selected) { edit(subjects[list.selected], app: app) }
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
