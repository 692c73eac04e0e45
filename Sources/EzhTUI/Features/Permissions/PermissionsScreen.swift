import EzhCore
import EzhService

/// Late-entry permissions: a teacher sees their own; the deputy, the director and the
/// administrator see everyone's, and the deputy and the administrator grant new ones and
/// revoke the selected one. Each permission takes two lines: who, where and which days; then
/// the kinds of entry, whether it is still valid, who granted it and why.
final class PermissionsScreen: Screen {
    private let home: TeacherHome?
    private var permissions: [PermissionSummary] = []
    private var list = SelectableList()
    private var itemRows: [Int: Int] = [:]

    init(home: TeacherHome?) {
        self.home = home
    }

    var context: KeyContext { .permissions }

    func load(app: Application) { readList(app: app) }

    /// Reads the list again; the newest first, as the one just granted is the one to check.
    private func readList(app: Application) {
        guard let session = app.session else { return }
        do {
            permissions = try app.backend.permissions(session).sorted { $0.permission.id.rawValue > $1.permission.id.rawValue }
        } catch {
            app.status = .error(app.message(for: error))
        }
        list.count = permissions.count
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.permissionsTitle, right: app.userAndClock(nameStyle: .initials))
        let showTeacher = SchoolAction.viewAllPermissions.isAllowed(for: app.session?.roles ?? [])
        let bodyTop = 2
        let height = buffer.rows - 2 - bodyTop
        let first = list.scroll(toLine: list.selected, lineCount: permissions.count, height: max(1, height / 2))
        itemRows = [:]
        buffer.cursor = nil
        if permissions.isEmpty { buffer.put(strings.noPermissions, row: bodyTop, column: 1) }
        let now = app.backend.now()
        for (offset, index) in permissions.indices.dropFirst(first).prefix(height / 2).enumerated() {
            let row = bodyTop + offset * 2
            let summary = permissions[index]
            let isSelected = index == list.selected
            buffer.putPadded("    " + strings.permissionDetails(summary, zone: app.backend.timeZone, now: now),
                             row: row + 1, column: 1, width: buffer.columns - 2, style: isSelected ? .selection : .plain)
            SelectableList.drawItem(strings.permissionHeadline(summary, showTeacher: showTeacher), into: &buffer, row: row, column: 1,
                                    width: buffer.columns - 2, isSelected: isSelected, style: isSelected ? .selection : .bold)
            itemRows[row] = index
            itemRows[row + 1] = index
        }
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .grantPermission, .revokePermission, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: itemRows, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .grantPermission:
            app.push(PermissionFormScreen(home: home) { [weak self] id, app in
                self?.readList(app: app)
                self?.list.select(0)
                app.status = .info(app.strings.granted(id))
            })
        case .revokePermission:
            askToRevoke(app: app)
        default: return false
        }
        return true
    }

    /// Revoking asks first: a permission revoked by a slip of the finger would refuse a
    /// teacher's entries without warning.
    private func askToRevoke(app: Application) {
        guard permissions.indices.contains(list.selected) else { return }
        let permission = permissions[list.selected].permission
        let now = app.backend.now()
        guard permission.isValid(at: now) else {
            app.status = .error(app.strings.alreadyInactive(permission.id))
            return
        }
        let strings = app.strings
        app.push(PickerScreen(title: strings.revokeQuestion(permission.id), items: [strings.revokeNo, strings.revokeYes]) { [weak self] choice, app in
            guard choice == 1, let session = app.session else { return }
            do {
                try app.backend.revokePermission(session, permission.id)
                self?.readList(app: app)
                app.status = .info(app.strings.revoked(permission.id))
            } catch {
                app.status = .error(app.message(for: error))
            }
        })
    }
}
