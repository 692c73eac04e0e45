import EzhCore
import Foundation
import EzhService

/// A class's curriculum: each subject's hours a week (and a year) and whether the class splits
/// into subgroups for it. Enter changes a line, F2 adds a subject, F7 opens a split subject's groups.
final class CurriculumScreen: Screen {
    private let classID: ClassID
    private let className: String
    private var records = RecordList<ClassCurriculumLine>()
    private var lines: [ClassCurriculumLine] { records.items }

    init(classID: ClassID, className: String) {
        self.classID = classID
        self.className = className
    }

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        records.reload(on: self, app: app) { try app.backend.curriculum($0, classID: self.classID) }
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.curriculumTitle(className), right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        if lines.isEmpty { buffer.put(strings.noCurriculum, row: 2, column: 1, style: CellStyle(dim: true)) }
        records.draw(into: &buffer, text: { "\(TextFitting.fit($0.subject, width: 34)) \(strings.curriculumLine($0))" })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .newItem, .openSubgroups, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: records.itemRows, select: { records.list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &records.list, app: app) { return true }
        switch action {
        case .open:
            if lines.indices.contains(records.list.selected) {
                let line = lines[records.list.selected]
                edit(subjectID: line.subjectID, title: line.subject, hours: line.hoursPerWeek, split: line.split, app: app)
            }
        case .newItem: addSubject(app: app)
        case .openSubgroups: openSubgroups(app: app)
        default: return false
        }
        return true
    }

    private func openSubgroups(app: Application) {
        guard lines.indices.contains(records.list.selected) else { return }
        let line = lines[records.list.selected]
        guard line.split else { return app.status = .info(app.strings.notSplit) }
        app.push(SubgroupsScreen(classID: classID, subjectID: line.subjectID, title: "\(className) \(line.subject)"))
    }

    private func addSubject(app: Application) {
        guard let session = app.session else { return }
        do {
            let taken = Set(lines.map(\.subjectID))
            let subjects = try app.backend.schoolSubjects(session).filter { !taken.contains($0.id) }
            app.push(PickerScreen(title: app.strings.chooseSubjectTitle, items: subjects.map(\.name)) { [weak self] index, app in
                self?.edit(subjectID: subjects[index].id, title: subjects[index].name, hours: nil, split: false, app: app)
            })
        } catch {
            app.status = .error(app.message(for: error))
        }
    }

    /// Hours a week, then the split.
    private func edit(subjectID: SubjectID, title: String, hours: Double?, split: Bool, app: Application) {
        let strings = app.strings
        app.push(FormPromptScreen(title: title, body: [strings.hoursHint], label: strings.hoursLabel,
                                  initial: hours.map(Strings.hours) ?? "") { [weak self] text, _ in
            guard let hours = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")) else {
                return .stay(.error(strings.notHours(text)))
            }
            return .close { app in
                guard hours > 0 else { return self?.save(subjectID, hours: 0, split: false, app: app) ?? () }
                app.push(PickerScreen(title: strings.splitTitle, items: [strings.splitNo, strings.splitYes], selected: split ? 1 : 0) { index, app in
                    self?.save(subjectID, hours: hours, split: index == 1, app: app)
                })
            }
        })
    }

    private func save(_ subjectID: SubjectID, hours: Double, split: Bool, app: Application) {
        guard let session = app.session else { return }
        do {
            try app.backend.setCurriculum(session, classID: classID, subjectID: subjectID, hoursPerWeek: hours, split: split)
            app.status = .info(app.strings.curriculumSaved)
        } catch {
            app.status = .error(app.message(for: error))
        }
        read(app: app)
    }
}
