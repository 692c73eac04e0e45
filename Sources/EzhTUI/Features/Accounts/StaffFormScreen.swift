import EzhCore

/// A box over the accounts screen to add a member of staff: name, position, login (empty: made
/// from the name) and roles. The confirm key hands them to `onSubmit`, which adds the person as
/// one row of a staff import would.
final class StaffFormScreen: Screen {
    struct Entry {
        let name: PersonName
        let position: String
        let login: String?
        let roles: Set<Role>
    }

    private let roles = Role.allCases.filter(\.isStaff)
    private var checked: Set<Role> = [.teacher]
    /// Фамилия, Имя, Отчество, Должность, Логин; then one row per role.
    private var fields = [TextField(), TextField(), TextField(), TextField(), TextField(limit: .login)]
    private var focus = 0
    private let onSubmit: (Entry, Application) -> FormOutcome

    init(onSubmit: @escaping (Entry, Application) -> FormOutcome) {
        self.onSubmit = onSubmit
    }

    var context: KeyContext { .form }
    var isOverlay: Bool { true }

    private var rowCount: Int { fields.count + roles.count }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        let labels = strings.staffFormLabels
        let width = min(buffer.columns - 4, 66)
        let height = fields.count + roles.count + 7
        let top = max(1, (buffer.rows - 2 - height) / 2)
        let left = (buffer.columns - width) / 2
        Chrome.drawBox(&buffer, top: top, left: left, height: height, width: width, title: strings.newStaffMemberTitle)
        var row = top + 1
        let labelWidth = labels.map(\.displayWidth).max()! + 2
        for (index, field) in fields.enumerated() {
            let cursor = FormDrawing.field(&buffer, label: labels[index], field: field, row: row, left: left + 2,
                                           labelWidth: labelWidth, fieldWidth: width - 4 - labelWidth, focused: focus == index)
            if focus == index { buffer.cursor = cursor }
            row += 1
        }
        buffer.put(strings.loginOptional, row: row, column: left + 2 + labelWidth, style: CellStyle(dim: true), maxWidth: width - 4 - labelWidth)
        row += 2
        buffer.put(strings.rolesLabel, row: row, column: left + 2, style: .bold)
        row += 1
        for (index, role) in roles.enumerated() {
            let cursor = FormDrawing.checkbox(&buffer, label: strings.roleName(role), checked: checked.contains(role),
                                              row: row, left: left + 4, focused: focus == fields.count + index)
            if focus == fields.count + index { buffer.cursor = cursor }
            row += 1
        }
        buffer.put(FormDrawing.hint([.nextField, .toggle, .confirm, .cancel], app: app), row: top + height - 2, column: left + 2,
                   style: CellStyle(dim: true), maxWidth: width - 4)
    }

    func handle(_ key: Key, app: Application) {
        if case .mouse = key { return }
        if focus < fields.count, fields[focus].edit(with: key) { return }
        handleCommandKey(key, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .nextField: focus = (focus + 1) % rowCount
        case .prevField: focus = (focus + rowCount - 1) % rowCount
        case .toggle:
            guard focus >= fields.count else { return true }
            let role = roles[focus - fields.count]
            if checked.contains(role) { checked.remove(role) } else { checked.insert(role) }
        case .confirm:
            guard !checked.isEmpty else {
                app.status = .error(app.strings.chooseAtLeastOneRole)
                return true
            }
            let text = fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
            let entry = Entry(
                name: PersonName(last: text[0], first: text[1], patronymic: text[2]), position: text[3],
                login: text[4].isEmpty ? nil : text[4], roles: checked
            )
            onSubmit(entry, app).apply(to: self, app: app)
        case .cancel: app.dismiss(self)
        default: return false
        }
        return true
    }
}
