import EzhCore

/// staff.csv: «Фамилия; Имя; Отчество; Должность; Логин; Роли; Предметы; Телефон».
public enum StaffSheet: LineSheet {
    public static let columns: [ColumnSpec] = PeopleColumns.name() + [
        ColumnSpec(key: "position", russian: [PeopleColumn.position], english: ["position", "job title"], required: false,
                   help: BilingualText("должность, например «учитель математики»", "position, e.g. maths teacher")),
        ColumnSpec(key: "login", russian: [PeopleColumn.login], english: ["login", "user name", "username"], required: false,
                   help: BilingualText("логин латиницей; пусто — составить по имени", "login in Latin letters; empty: made from the name")),
        ColumnSpec(key: "roles", russian: [PeopleColumn.roles, "Роль"], english: ["roles", "role"], required: true,
                   help: BilingualText(
                       "через запятую: учитель, классный руководитель, завуч, директор, администратор",
                       "comma-separated: “учитель” (teacher), “классный руководитель” (class teacher), “завуч” (deputy), “директор”, “администратор”"
                   )),
        ColumnSpec(key: "subjects", russian: [PeopleColumn.subjects, "Предмет"], english: ["subjects", "subject"], required: false,
                   help: BilingualText("предметы через запятую", "subjects, comma-separated")),
        PeopleColumns.phone,
    ]

    public static let sample = [
        ["Петрова", "Ольга", "Ивановна", "учитель математики", "petrova", "учитель, классный руководитель", "Математика, Алгебра", "+7 900 000-00-00"],
    ]

    public static func line(_ cells: SheetCellReader) -> StaffLine? {
        let name = cells.personName()
        var roles: Set<Role> = []
        for text in PeopleCells.list(cells.text("roles")) {
            if let role = PeopleCells.staffRole(text) {
                roles.insert(role)
            } else {
                cells.problem("roles", BilingualText(
                    "неизвестная роль «\(text)»; роли: учитель, классный руководитель, завуч, директор, администратор",
                    "unknown role “\(text)”; the roles are “учитель”, “классный руководитель”, “завуч”, “директор”, “администратор”"
                ))
            }
        }
        if cells.text("roles").isEmpty {
            cells.problem("roles", BilingualText("не заполнено: роли сотрудника, например «учитель»", "empty: the staff member's roles, e.g. “учитель” (teacher)"))
        }
        guard let name else { return nil }
        return StaffLine(
            place: cells.place, name: name, position: cells.text("position"), login: cells.optional("login"), roles: roles,
            subjects: PeopleCells.list(cells.text("subjects")), phone: cells.optional("phone")
        )
    }
}
