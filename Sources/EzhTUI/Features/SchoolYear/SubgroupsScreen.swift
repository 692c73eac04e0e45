import EzhCore
import EzhService

/// A split subject's subgroups in a class: each pupil with their group in the current period;
/// Enter places a pupil who is in no group yet.
final class SubgroupsScreen: Screen {
    private let classID: ClassID
    private let subjectID: SubjectID
    private let title: String
    private var roster: SubgroupRoster?
    private var list = SelectableList()
    private var itemRows: [Int: Int] = [:]

    init(classID: ClassID, subjectID: SubjectID, title: String) {
        self.classID = classID
        self.subjectID = subjectID
        self.title = title
    }

    var context: KeyContext { .schoolYear }

    func load(app: Application) { read(app: app) }

    private func read(app: Application) {
        guard let session = app.session else { return }
        do {
            roster = try app.backend.subgroupRoster(session, classID: classID, subjectID: subjectID)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = roster?.members.count ?? 0
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let period = roster.map { " · \($0.period.name(in: strings.language))" } ?? ""
        Chrome.drawTitleBar(&buffer, left: "\(title)\(period)", right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let members = roster?.members ?? []
        itemRows = list.draw(into: &buffer, row: 2, height: buffer.rows - 4, left: 1, width: buffer.columns - 2,
                             text: { "\(TextFitting.fit(members[$0].name.full, width: 40)) \(members[$0].group ?? strings.noGroup)" },
                             style: { CellStyle(dim: members[$0].group == nil) }, selectedStyle: { _ in .selection })
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .open, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: itemRows, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        guard action == .open else { return false }
        place(app: app)
        return true
    }

    private func place(app: Application) {
        guard let roster, roster.members.indices.contains(list.selected), let session = app.session else { return }
        let member = roster.members[list.selected]
        let strings = app.strings
        app.push(PickerScreen(title: member.name.withInitials, items: roster.groups,
                              selected: roster.groups.firstIndex { $0 == member.group } ?? 0) { [weak self] index, app in
            guard let self else { return }
            do {
                try app.backend.placeInSubgroup(session, classID: classID, subjectID: subjectID, pupil: member.pupil, group: roster.groups[index])
                app.status = .info(strings.placedInGroup(member.name.withInitials, roster.groups[index]))
            } catch {
                app.status = .error(app.message(for: error))
            }
            read(app: app)
        })
    }
}
