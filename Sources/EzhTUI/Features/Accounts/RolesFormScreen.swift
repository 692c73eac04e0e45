import EzhCore

/// A box over the accounts screen to choose roles by checkboxes, and for a new account an
/// optional login (empty: the journal makes one from the name). The confirm key hands both to
/// `onSubmit`.
final class RolesFormScreen: Screen {
    private let title: String
    private let hasLoginField: Bool
    private let roles: [Role]
    private var checked: Set<Role>
    private var login = TextField(limit: .login)
    /// 0 is the login field when there is one; then one row per role.
    private var focus = 0
    private let onSubmit: (String?, Set<Role>, Application) -> FormOutcome

    init(title: String, hasLoginField: Bool, roles: [Role], checked: Set<Role>,
         onSubmit: @escaping (String?, Set<Role>, Application) -> FormOutcome) {
        self.title = title
        self.hasLoginField = hasLoginField
        self.roles = roles
        self.checked = checked
        self.onSubmit = onSubmit
        focus = hasLoginField ? 0 : 1
    }

    var context: KeyContext { .form }
    var isOverlay: Bool { true }

    private var rowCount: Int { roles.count + 1 }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let width = min(buffer.columns - 4, 66)
        let height = roles.count + (hasLoginField ? 7 : 5)
        let top = max(1, (buffer.rows - 2 - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: title)
        var row = top + 1
        if hasLoginField {
            let cursor = FormDrawing.field(&buffer, label: strings.loginLabel, field: login, row: row, left: left + 2,
                                           labelWidth: 10, fieldWidth: 24, focused: focus == 0)
            if focus == 0 { buffer.cursor = cursor }
            buffer.put(strings.loginOptional, row: row + 1, column: left + 12, style: CellStyle(dim: true), maxWidth: width - 14)
            row += 3
        }
        buffer.put(strings.rolesLabel, row: row, column: left + 2, style: .bold)
        row += 1
        for (index, role) in roles.enumerated() {
            let cursor = FormDrawing.checkbox(&buffer, label: strings.roleName(role), checked: checked.contains(role),
                                              row: row, left: left + 4, focused: focus == index + 1)
            if focus == index + 1 { buffer.cursor = cursor }
            row += 1
        }
        buffer.put(FormDrawing.hint([.toggle, .confirm, .cancel], app: app), row: top + height - 2, column: left + 2,
                   style: CellStyle(dim: true), maxWidth: width - 4)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        if focus == 0, login.edit(with: key) { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        let first = hasLoginField ? 0 : 1
        switch action {
        case .nextField: focus = focus + 1 < rowCount ? focus + 1 : first
        case .prevField: focus = focus > first ? focus - 1 : rowCount - 1
        case .toggle:
            guard focus > 0 else { return true }
            let role = roles[focus - 1]
            if checked.contains(role) { checked.remove(role) } else { checked.insert(role) }
        case .confirm:
            guard !checked.isEmpty else {
                app.status = .error(app.strings.chooseAtLeastOneRole)
                return true
            }
            let typed = login.text.trimmingCharacters(in: .whitespaces)
            onSubmit(hasLoginField && !typed.isEmpty ? typed : nil, checked, app).apply(to: self, app: app)
        case .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }
}
