import EzhCore
import EzhService

/// Late-entry permissions: a teacher sees their own; the deputy, the director and the
/// administrator see everyone's, and the deputy and the administrator grant new ones and
/// revoke the selected one. Each permission takes two lines: who, where and which days; then
/// the kinds of entry, whether it is still valid, who granted it and why.
final class PermissionsScreen: Screen {
    private let home: TeacherHome?
    private var permissions: [PermissionSummary] = []
    private var viewport = ListViewport()
    private var itemRows: [Int: Int] = [:]

    init(home: TeacherHome?, app: Application) {
        self.home = home
        load(app: app)
    }

    var context: KeyContext { .permissions }

    /// Reads the list again; the newest first, as the one just granted is the one to check.
    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            permissions = try app.backend.permissions(session).sorted { $0.permission.id.rawValue > $1.permission.id.rawValue }
        } catch {
            app.status = .error(app.message(for: error))
        }
        viewport.select(viewport.selected, count: permissions.count)
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.permissionsTitle, right: app.userAndClock(nameStyle: .initials))
        let showTeacher = SchoolAction.viewAllPermissions.isAllowed(for: app.session?.roles ?? [])
        let bodyTop = 2
        let height = buffer.rows - 2 - bodyTop
        let first = viewport.scroll(toLine: viewport.selected, lineCount: permissions.count, height: max(1, height / 2))
        itemRows = [:]
        buffer.cursor = nil
        if permissions.isEmpty { buffer.put(strings.noPermissions, row: bodyTop, column: 1) }
        let now = app.backend.now()
        for (offset, index) in permissions.indices.dropFirst(first).prefix(height / 2).enumerated() {
            let row = bodyTop + offset * 2
            let summary = permissions[index]
            let isSelected = index == viewport.selected
            let style: CellStyle = isSelected ? .selection : .plain
            buffer.putPadded((isSelected ? "▸ " : "  ") + strings.permissionHeadline(summary, showTeacher: showTeacher),
                             row: row, column: 1, width: buffer.columns - 2, style: isSelected ? .selection : .bold)
            buffer.putPadded("    " + strings.permissionDetails(summary, zone: app.backend.timeZone, now: now),
                             row: row + 1, column: 1, width: buffer.columns - 2, style: style)
            itemRows[row] = index
            itemRows[row + 1] = index
            if isSelected { buffer.cursor = CursorPosition(row: row, column: 1) }
        }
        Chrome.drawStatus(&buffer, message: app.status)
        Chrome.drawKeyBar(&buffer, actions: [.help, .grantPermission, .revokePermission, .back], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse(let row, _) = key {
            if let index = itemRows[row] { viewport.select(index, count: permissions.count) }
            return
        }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .moveUp: viewport.move(by: -1, count: permissions.count)
        case .moveDown: viewport.move(by: 1, count: permissions.count)
        case .pageUp: viewport.page(down: false, count: permissions.count)
        case .pageDown: viewport.page(down: true, count: permissions.count)
        case .grantPermission:
            app.push(PermissionFormScreen(home: home, app: app) { [weak self] id, app in
                self?.load(app: app)
                self?.viewport.select(0, count: self?.permissions.count ?? 0)
                app.status = .info(app.strings.granted(id))
            })
        case .revokePermission:
            askToRevoke(app: app)
        case .back, .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }

    /// Revoking asks first: a permission revoked by a slip of the finger would refuse a
    /// teacher's entries without warning.
    private func askToRevoke(app: Application) {
        guard permissions.indices.contains(viewport.selected) else { return }
        let permission = permissions[viewport.selected].permission
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
                self?.load(app: app)
                app.status = .info(app.strings.revoked(permission.id))
            } catch {
                app.status = .error(app.message(for: error))
            }
        })
    }
}
